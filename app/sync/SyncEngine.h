#pragma once

#include "ApiClient.h"
#include "Database.h"
#include "FeedApplier.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

struct PullOptions {
    // Rows per page asked of the server (its default is 500, its maximum 2000). A page and its cursor
    // are one transaction, so a local change made meanwhile may wait for one page's write; 1000 keeps
    // that short (~25 ms for customers on a two-core machine) and makes a first sync ~10 % faster
    // than 500 (bench_initialsync, 100k customers: 8.6 s vs 9.6 s).
    int pageLimit = 1000;
    int maxPages = -1; // stop after this many pages (tests use it to cut a sync short); -1 = to the end
};

struct PullProgress {
    QString feed;
    qint64 rows = 0;          // items + tombstones applied in this run
    double rowsPerSecond = 0; // smoothed over the last seconds (RateMeter)
    bool finished = false;    // the feed reached has_more = false
};

// Pulls feeds from the Store API into the cache, page by page from the stored cursor. Each page and
// its new cursor are applied in one transaction, so an interrupted pull resumes without gaps or
// repeats. Runs on a worker thread with its own Database connection.
class SyncEngine {
public:
    using ProgressFn = std::function<void(const PullProgress&)>;

    SyncEngine(Database& database, ApiClient& api);
    ~SyncEngine();

    QStringList feeds() const;
    // The server's count of changes after each feed's stored cursor (GET /v1/sync-backlog).
    Result<QMap<QString, qint64>> backlog();
    // Some feed has never been pulled to its end: the first sync, or a resumed one.
    bool isInitialSync() const;

    // Stops before the next page once cancel is set (sync.cancelled); the pages before are applied.
    Result<PullProgress> pull(const QString& feed, const PullOptions& options = {},
                              const ProgressFn& progress = {}, const std::atomic_bool* cancel = nullptr);
    // Pulls every feed to the end; stops at the first error.
    Result<qint64> pullAll(const PullOptions& options = {}, const ProgressFn& progress = {},
                           const std::atomic_bool* cancel = nullptr);

private:
    FeedApplier* applierFor(const QString& feed);

    Database& m_database;
    ApiClient& m_api;
    std::vector<std::unique_ptr<FeedApplier>> m_appliers;
};
