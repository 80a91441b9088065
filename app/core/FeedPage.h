#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <any>
#include <memory>

class FeedDocument;

// How ApiClient::fetchFeed hands over a page's items: as a QJsonArray (items), or as the parsed
// body itself (document) for an applier that decodes straight from it (FeedApplier::decodesDocuments).
enum class FeedItems { Json, Document };

// One page of a sync feed (GET /v1/sync/{feed}): changed rows, tombstones and where to go on.
struct FeedPage {
    QJsonArray items; // feed rows as JSON objects; decoded by the feed's codec
    // Or, for FeedItems::Document, the parsed body holding them (items is then empty).
    std::shared_ptr<const FeedDocument> document;
    QStringList deleted; // ids removed on the server since the cursor
    QString nextCursor;  // opaque; store it with the page in one transaction
    bool hasMore = false;
    // The items already decoded into the rows the feed's applier writes (FeedApplier::decode, on the
    // sync's decoding thread); items is then empty and decodedItems says how many there were. Empty
    // otherwise: apply() decodes the items itself.
    std::any decoded;
    qsizetype decodedItems = 0;

    // Changed rows on this page, decoded or not.
    qsizetype itemCount() const;

    // Validates the envelope; items are checked by the feed's codec.
    static Result<FeedPage> fromJson(const QJsonObject& object);
};
