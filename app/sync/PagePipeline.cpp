#include "PagePipeline.h"

PagePipeline::PagePipeline(Fetch fetch, const FeedApplier& applier, QString cursor, int maxPages)
    : m_fetch(std::move(fetch))
    , m_applier(applier) {
    m_fetching = std::thread(
        [this, cursor = std::move(cursor), maxPages]() mutable { fetchPages(std::move(cursor), maxPages); });
    m_decoding = std::thread([this] { decodePages(); });
}

PagePipeline::~PagePipeline() {
    m_stopping = true;
    m_fetched.close();
    m_decoded.close();
    m_spent.close();
    m_fetching.join();
    m_decoding.join();
}

std::optional<Result<FeedPage>> PagePipeline::next() {
    return m_decoded.pop();
}

void PagePipeline::recycle(FeedPage page) {
    // Full only when the decoding thread is behind; then the page is freed here, as it goes.
    m_spent.tryPush(page);
}

void PagePipeline::fetchPages(QString cursor, int maxPages) {
    for (int fetched = 0; maxPages < 0 || fetched < maxPages; ++fetched) {
        if (m_stopping)
            break;
        Result<FeedPage> page = m_fetch(cursor);
        const bool last = !page || !page->hasMore;
        if (page)
            cursor = page->nextCursor;
        if (!m_fetched.push(std::move(page)) || last)
            break;
    }
    m_fetched.close();
}

void PagePipeline::decodePages() {
    while (std::optional<Result<FeedPage>> page = m_fetched.pop()) {
        if (*page)
            m_applier.decode(page->value());
        if (!m_decoded.push(std::move(*page)))
            break;
        // Pages written meanwhile: freeing a page's thousands of decoded texts took ~8 % of the writing
        // thread's time (perf of a 100k first sync); here it overlaps the fetch.
        while (std::optional<FeedPage> spent = m_spent.tryPop())
            spent.reset();
    }
    m_decoded.close();
}
