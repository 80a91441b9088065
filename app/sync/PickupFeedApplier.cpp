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
    const Result<QStringList> waiting =
        OutboxRepository(m_db).withStandingRows(u"pickup"_s, m_records.idsOf(page));
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return {};
    return PickupActions::overlayWaiting(m_db, waiting.value());
}
