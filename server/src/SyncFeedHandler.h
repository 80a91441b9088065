#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <string>

class FeedRegistry;
class ServerDatabase;

// GET /v1/sync/{feed}: one page of a feed after a cursor, rows and tombstones merged in change order.
class SyncFeedHandler {
public:
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 2000;

    SyncFeedHandler(ServerDatabase& database, const FeedRegistry& feeds);

    // limitText empty: the default. Errors: 404 unknown_feed, 400 invalid_cursor, 400 invalid_parameter,
    // 401 unauthorized (deviceId names no device). Per-store feeds serve the device's store only.
    // The page is the JSON text of {"deleted", "has_more", "items", "next_cursor"}.
    Result<std::string> page(const QString& feedName, const QString& deviceId, const QString& cursor,
                             const QString& limitText);

    // GET /v1/sync-backlog: per asked feed (name, cursor; an empty cursor is the beginning) the rows and
    // tombstones after the cursor, counted in one snapshot: {"remaining": {feed: n}, "counted_at": …}.
    // Errors: 404 unknown_feed, 400 invalid_cursor, 401 unauthorized.
    Result<QJsonObject> backlog(const QString& deviceId, const QList<QPair<QString, QString>>& cursors,
                                const QString& countedAt);

private:
    ServerDatabase& m_database;
    const FeedRegistry& m_feeds;
};
