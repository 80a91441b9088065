#pragma once

#include "FeedPage.h"
#include "Result.h"

#include <utility>

// Applies one decoded feed page to the cache. Called inside the transaction that also stores the cursor.
class FeedApplier {
public:
    virtual ~FeedApplier() = default;
    virtual QString feed() const = 0;
    // Decodes the page's items ahead of apply(), on the sync's decoding thread while apply() writes the
    // page before on the writing thread: so it must not touch the database nor change any state of
    // the applier. Keeps the rows in page.decoded and drops the items (their memory is freed there,
    // too). When an item is bad it leaves the page as it was, and apply() fails it with the same
    // error in the page's transaction. The default does nothing: apply() decodes.
    virtual void decode(FeedPage& page) const { Q_UNUSED(page) }
    // Whether decode() and apply() read a page's items from its FeedDocument too, so the sync asks
    // ApiClient::fetchFeed for FeedItems::Document; else items come as a QJsonArray. Both kinds of page
    // must decode to the same rows and fail with the same errors.
    virtual bool decodesDocuments() const { return false; }
    // Decodes every item first (unless decode() did); a single bad item fails the whole page
    // (nothing is written).
    virtual Status apply(const FeedPage& page) = 0;

protected:
    // For decode(): rows replace the items they came from.
    template <typename Rows> static void keepDecoded(FeedPage& page, Rows rows) {
        page.decodedItems = page.itemCount();
        page.decoded = std::move(rows);
        page.items = {};
        page.document.reset();
    }
    // For apply(): the rows decode() kept, else decodeItems(page).
    template <typename Rows, typename DecodeItems>
    static Result<Rows> rowsOf(const FeedPage& page, const DecodeItems& decodeItems) {
        if (!page.decoded.has_value())
            return decodeItems(page);
        if (const Rows* rows = std::any_cast<Rows>(&page.decoded))
            return *rows;
        return makeError(ErrorCode::kStoreQuery, QStringLiteral("feed page decoded for another feed"));
    }
};
