#include "PickupFeedApplier.h"

#include "OutboxRepository.h"
#include "PickupActions.h"
#include "PickupJson.h"

using namespace Qt::StringLiterals;

PickupFeedApplier::PickupFeedApplier(QSqlDatabase db)
    : m_db(db)
    , m_records(u"pickups"_s, db, &PickupJson::fromJson) {}

QString PickupFeedApplier::feed() const {
    return u"pickups"_s;
}

void PickupFeedApplier::decode(FeedPage& page) const {
    m_records.decode(page);
}

Status PickupFeedApplier::apply(const FeedPage& page) {
    if (Status s = m_records.apply(page); !s)
        return s;
    // One outbox query per page; only pickups with a change still standing need the overlay.
    const Result<QSet<QString>> waiting = OutboxRepository(m_db).entitiesWithStandingRows(u"pickup"_s);
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return {};
    QStringList ids;
    if (const auto* pickups = std::any_cast<QList<Pickup>>(&page.decoded)) {
        for (const Pickup& pickup : *pickups)
            ids.append(pickup.id);
    } else {
        for (const QJsonValue& item : page.items)
            ids.append(item.toObject().value(u"id").toString());
    }
    ids.removeIf([&waiting](const QString& id) { return !waiting->contains(id); });
    return PickupActions::overlayWaiting(m_db, ids);
}
