#include "CartFeedApplier.h"

#include "CartChanges.h"
#include "CartJson.h"
#include "OutboxRepository.h"

using namespace Qt::StringLiterals;

CartFeedApplier::CartFeedApplier(QSqlDatabase db)
    : m_db(db)
    , m_records(u"carts"_s, db, &CartJson::fromJson) {}

QString CartFeedApplier::feed() const {
    return u"carts"_s;
}

void CartFeedApplier::decode(FeedPage& page) const {
    m_records.decode(page);
}

Status CartFeedApplier::apply(const FeedPage& page) {
    if (Status s = m_records.apply(page); !s)
        return s;
    // One outbox query per page; only carts with a change still standing need the overlay.
    const Result<QSet<QString>> waiting = OutboxRepository(m_db).entitiesWithStandingRows(u"cart"_s);
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return {};
    QStringList ids;
    if (const auto* carts = std::any_cast<QList<Cart>>(&page.decoded)) {
        for (const Cart& cart : *carts)
            ids.append(cart.id);
    } else {
        for (const QJsonValue& item : page.items)
            ids.append(item.toObject().value(u"id").toString());
    }
    ids.removeIf([&waiting](const QString& id) { return !waiting->contains(id); });
    return CartChanges::overlayWaiting(m_db, ids);
}
