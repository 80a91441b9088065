#pragma once

#include "Database.h"
#include "FeedApplier.h"
#include "SyncStateRepository.h"

// Writes pulled feed pages into the cache: each page with its new cursor (and, on the last page,
// the time of the complete pull) in one transaction, so a pull resumes without gaps or repeats.
//
// While a writer lives, its connection commits with synchronous=NORMAL instead of FULL. In WAL mode
// a commit stays atomic either way; NORMAL only skips the fsync per commit, so a power cut (not a
// crash of the process) may lose the newest pages, and with them their cursors, which the next pull
// fetches again. That fsync per page was a large share of an initial sync. Local changes and their
// outbox rows keep synchronous=FULL (DESIGN §4): they are written on other connections, or on this
// one after the writer is gone, and a FULL commit also makes every earlier WAL frame durable.
class FeedPageWriter {
public:
    // The setting pages are committed with (bench_feedapply's bare insert uses it too).
    static constexpr QStringView kSynchronous = u"NORMAL";

    explicit FeedPageWriter(Database& database);
    ~FeedPageWriter();
    FeedPageWriter(const FeedPageWriter&) = delete;
    FeedPageWriter& operator=(const FeedPageWriter&) = delete;

    Status write(FeedApplier& applier, const FeedPage& page);

private:
    Database& m_database;
    SyncStateRepository m_state;
    QString m_previousSynchronous; // restored by the destructor; empty when unchanged
};
