#include "SyncProgress.h"

namespace {

// What a feed will have brought by its end: its count, or more once it brought more.
qint64 expectedOf(const FeedProgress& feed) {
    return feed.finished ? feed.rows : qMax(feed.expected, feed.rows);
}

int percentOf(qint64 done, qint64 total, bool finished) {
    if (finished)
        return 100;
    if (total <= 0)
        return 0;
    return int(qMin<qint64>(99, done * 100 / total));
}

} // namespace

int FeedProgress::percent() const {
    if (expected < 0 && !finished)
        return -1;
    return percentOf(rows, expectedOf(*this), finished);
}

SyncProgress::SyncProgress(const QStringList& feeds, bool initial)
    : m_initial(initial) {
    for (const QString& name : feeds)
        m_feeds.append(FeedProgress{name});
}

FeedProgress* SyncProgress::find(const QString& name) {
    for (FeedProgress& feed : m_feeds) {
        if (feed.feed == name)
            return &feed;
    }
    return nullptr;
}

const FeedProgress* SyncProgress::feed(const QString& name) const {
    return const_cast<SyncProgress*>(this)->find(name);
}

void SyncProgress::setExpected(const QMap<QString, qint64>& remaining) {
    for (FeedProgress& feed : m_feeds)
        feed.expected = remaining.value(feed.feed, -1);
}

void SyncProgress::update(const QString& name, qint64 rows, double rowsPerSecond, bool finished) {
    FeedProgress* feed = find(name);
    if (!feed) {
        m_feeds.append(FeedProgress{name});
        feed = &m_feeds.last();
    }
    feed->rows = rows;
    feed->rowsPerSecond = rowsPerSecond;
    feed->started = true;
    feed->finished = finished;
    m_current = name;
}

qint64 SyncProgress::rows() const {
    qint64 total = 0;
    for (const FeedProgress& feed : m_feeds)
        total += feed.rows;
    return total;
}

qint64 SyncProgress::expected() const {
    qint64 total = 0;
    for (const FeedProgress& feed : m_feeds) {
        if (feed.expected < 0 && !feed.finished)
            return -1;
        total += expectedOf(feed);
    }
    return total;
}

int SyncProgress::percent() const {
    const qint64 total = expected();
    if (total < 0)
        return -1;
    bool allFinished = !m_feeds.isEmpty();
    for (const FeedProgress& feed : m_feeds)
        allFinished = allFinished && feed.finished;
    return percentOf(rows(), total, allFinished);
}

double SyncProgress::rowsPerSecond() const {
    const FeedProgress* current = feed(m_current);
    return current ? current->rowsPerSecond : 0;
}
