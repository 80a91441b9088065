#pragma once

#include "BoundedQueue.h"
#include "FeedApplier.h"
#include "FeedPage.h"
#include "Result.h"

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

// Fetches and decodes the pages of one feed ahead of the thread that writes them, each on a thread of
// its own: the fetching thread asks the server for page n+2 while the decoding thread turns page n+1
// into rows and the caller writes page n. Bounded queues between them (kPagesAhead pages each) keep
// the memory small and let each stage run on while another is briefly slower (a checkpoint of the
// WAL, a slow server answer) instead of all three moving in lockstep.
//
// Only the fetching thread calls fetch, one request after the other. An error ends the pages: it
// comes out of next() after every page fetched before it. The destructor stops both threads and waits
// for them, including for a request in flight.
class PagePipeline {
public:
    using Fetch = std::function<Result<FeedPage>(const QString& cursor)>;
    // Pages each queue holds. 4 was no faster than 2 in a 100k first sync but held 140-170 MB at its
    // peak instead of 90 MB: a fetched page keeps its parsed body (several MB for 1000 customers).
    static constexpr std::size_t kPagesAhead = 2;

    // Starts at cursor and stops after maxPages pages (-1: until the feed has no more).
    PagePipeline(Fetch fetch, const FeedApplier& applier, QString cursor, int maxPages);
    ~PagePipeline();
    PagePipeline(const PagePipeline&) = delete;
    PagePipeline& operator=(const PagePipeline&) = delete;

    // The next page in feed order, decoded when it could be; nullopt when there are no more.
    std::optional<Result<FeedPage>> next();
    // A page the caller is done with: its rows are freed on the decoding thread, which has time for it.
    void recycle(FeedPage page);

private:
    void fetchPages(QString cursor, int maxPages);
    void decodePages();

    Fetch m_fetch;
    const FeedApplier& m_applier;
    BoundedQueue<Result<FeedPage>> m_fetched{kPagesAhead};
    BoundedQueue<Result<FeedPage>> m_decoded{kPagesAhead};
    BoundedQueue<FeedPage> m_spent{kPagesAhead + 1};
    std::atomic_bool m_stopping{false};
    std::thread m_fetching;
    std::thread m_decoding;
};
