#include "PickupFeedApplier.h"

#include "PickupActions.h"
#include "PickupJson.h"
#include "PickupRepository.h"
#include "RecordFeedApplier.h"

using namespace Qt::StringLiterals;

PickupFeedApplier::PickupFeedApplier(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString PickupFeedApplier::feed() const {
    return u"pickups"_s;
}

Status PickupFeedApplier::apply(const FeedPage& page) {
    RecordFeedApplier<Pickup, PickupRepository> records(feed(), m_db, &PickupJson::fromJson);
    if (Status s = records.apply(page); !s)
        return s;
    QStringList ids;
    for (const QJsonValue& item : page.items)
        ids.append(item.toObject().value(u"id").toString());
    return PickupActions::overlayWaiting(m_db, ids);
}
