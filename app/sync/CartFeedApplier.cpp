#include "CartFeedApplier.h"

#include "CartChanges.h"
#include "CartJson.h"
#include "CartRepository.h"
#include "RecordFeedApplier.h"

using namespace Qt::StringLiterals;

CartFeedApplier::CartFeedApplier(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString CartFeedApplier::feed() const {
    return u"carts"_s;
}

Status CartFeedApplier::apply(const FeedPage& page) {
    RecordFeedApplier<Cart, CartRepository> records(feed(), m_db, &CartJson::fromJson);
    if (Status s = records.apply(page); !s)
        return s;
    QStringList ids;
    for (const QJsonValue& item : page.items)
        ids.append(item.toObject().value(u"id").toString());
    return CartChanges::overlayWaiting(m_db, ids);
}
