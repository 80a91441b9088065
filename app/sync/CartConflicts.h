#pragma once

#include "CartChanges.h"

#include <optional>

// A cart whose change came back 412 (version_mismatch): the customer changed the online cart (or
// another desk changed the cart) after this device's change was made. The 412 names only the
// server's version; the server's cart itself arrives with the carts feed on the next pull, so the
// choice waits until the cache holds that version. Every way out goes through the outbox: this
// device's standing changes of the cart are discarded, and "keep mine" or "merge" write the chosen
// lines as a new cart.put on top of the server's version — never over it blindly.
class CartConflicts {
public:
    enum class Resolution {
        TakeTheirs, // the customer's version stays; this device's changes are dropped
        KeepMine,   // this device's lines replace the customer's, sent on top of their version
        Merge,      // every article of both, each with the larger quantity (CartMerge)
    };
    struct Conflict {
        OutboxEntry row;            // the refused cart.put
        QList<CartLine> mine;       // the cart as this device wants it: the newest standing change
        std::optional<Cart> theirs; // the server's cart once a pull has brought the version named
        qint64 serverVersion = 0;   // the version the server named (current_version); 0 when unnamed
        bool theirsKnown() const { return theirs.has_value(); }
    };

    explicit CartConflicts(Database& database, const Clock& clock = Clock::system());

    // The cart's open 412 conflict, if it has one.
    static Result<std::optional<Conflict>> find(QSqlDatabase db, const QString& cartId);
    // The lines each resolution would leave in the cart.
    static QList<CartLine> resultLines(const Conflict& conflict, Resolution resolution);

    // local.cart_no_conflict, local.cart_server_version_missing (pull first). Returns the new
    // cart.put, or nothing when no change has to go out (their version stands as it is).
    Result<std::optional<CartChanges::Changed>> resolve(const QString& cartId, Resolution resolution,
                                                        const QString& staffId, const QString& storeId);

private:
    Database& m_database;
    const Clock& m_clock;
};
