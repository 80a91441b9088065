#pragma once

#include "FeedApplier.h"
#include "Pickup.h"
#include "PickupRepository.h"
#include "RecordFeedApplier.h"

#include <QSqlDatabase>

// The pickups feed: stores the server's pickups, then puts this device's changes still waiting in
// the outbox back on top (PickupActions::overlayWaiting), so a pull never shows a handed-over
// pickup as ready again while its handover waits to go out.
class PickupFeedApplier final : public FeedApplier {
public:
    explicit PickupFeedApplier(QSqlDatabase db);

    QString feed() const override;
    // The pickups' codec, on the decoding thread (RecordFeedApplier::decode).
    void decode(FeedPage& page) const override;
    Status apply(const FeedPage& page) override;

private:
    QSqlDatabase m_db;
    RecordFeedApplier<Pickup, PickupRepository> m_records;
};
