#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// One page of a sync feed (GET /v1/sync/{feed}): changed rows, tombstones and where to go on.
struct FeedPage {
    QJsonArray items;    // feed rows as JSON objects; decoded by the feed's codec
    QStringList deleted; // ids removed on the server since the cursor
    QString nextCursor;  // opaque; store it with the page in one transaction
    bool hasMore = false;

    // Validates the envelope; items are checked by the feed's codec.
    static Result<FeedPage> fromJson(const QJsonObject& object);
};
