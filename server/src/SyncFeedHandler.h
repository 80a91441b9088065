#pragma once

#include "Result.h"

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

private:
    ServerDatabase& m_database;
    const FeedRegistry& m_feeds;
};
