#pragma once

#include "Cart.h"
#include "CartRepository.h"
#include "FeedApplier.h"
#include "RecordFeedApplier.h"

#include <QSqlDatabase>

// The carts feed: stores the server's carts, then puts this device's changes still waiting in the
// outbox back on top (CartChanges::overlayWaiting). Without it a pull would show a cart without the
// piece just scanned offline, and the next change — built on what the cache shows — would send the
// cart without it.
class CartFeedApplier final : public FeedApplier {
public:
    explicit CartFeedApplier(QSqlDatabase db);

    QString feed() const override;
    // The carts' codec, on the decoding thread (RecordFeedApplier::decode).
    void decode(FeedPage& page) const override;
    Status apply(const FeedPage& page) override;

private:
    QSqlDatabase m_db;
    RecordFeedApplier<Cart, CartRepository> m_records;
};
