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
//
// It also lets the WAL grow to kWalAutocheckpointPages pages (about 40 MB) before a commit copies it
// into the database, instead of SQLite's 1000: a page the pull changes again and again (an index's
// rightmost leaf, the cursor row) is then copied once per 10000 frames, not once per 1000, and the
// writing thread waits for the checkpoint's fsync a tenth as often (bench_feedapply, back to back:
// orders written 5-19 % faster by the clock, about the same CPU). The WAL stays bounded and crash-safe;
// the setting goes back when the writer is gone.
class FeedPageWriter {
public:
    // The setting pages are committed with (bench_feedapply's bare insert uses it too).
    static constexpr QStringView kSynchronous = u"NORMAL";
    static constexpr int kWalAutocheckpointPages = 10000;

    explicit FeedPageWriter(Database& database);
    ~FeedPageWriter();
    FeedPageWriter(const FeedPageWriter&) = delete;
    FeedPageWriter& operator=(const FeedPageWriter&) = delete;

    Status write(FeedApplier& applier, const FeedPage& page);

private:
    Database& m_database;
    SyncStateRepository m_state;
    QString m_previousSynchronous;        // restored by the destructor; empty when unchanged
    int m_previousWalAutocheckpoint = -1; // the same; -1 when unchanged
};
