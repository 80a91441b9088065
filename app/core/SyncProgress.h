#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One feed in a running sync.
struct FeedProgress {
    QString feed;
    qint64 rows = 0;          // rows and tombstones applied in this run
    qint64 expected = -1;     // the server's count of changes after the cursor at the start; -1 unknown
    double rowsPerSecond = 0; // smoothed (RateMeter)
    bool started = false;
    bool finished = false;

    // 0–100 when expected is known, else -1; 100 only once the feed has finished.
    int percent() const;
};

// Where a sync run stands, feed by feed, and overall. The server's counts are an estimate (rows that
// change during the pull come on top), so the overall percentage stays below 100 until every feed has
// reached its end, and a feed that brings more than expected counts with what it brought.
class SyncProgress {
public:
    SyncProgress() = default;
    // initial: some feed had never been pulled to its end when the run started (the first sync, or
    // one that was cancelled and is being resumed).
    SyncProgress(const QStringList& feeds, bool initial);

    void setExpected(const QMap<QString, qint64>& remaining);
    void update(const QString& feed, qint64 rows, double rowsPerSecond, bool finished);

    const QList<FeedProgress>& feeds() const { return m_feeds; }
    const FeedProgress* feed(const QString& name) const;
    bool isInitial() const { return m_initial; }
    QString currentFeed() const { return m_current; }
    qint64 rows() const;
    qint64 expected() const;      // -1 when a feed's count is unknown
    int percent() const;          // 0–100, -1 when the expected total is unknown
    double rowsPerSecond() const; // of the feed being pulled

private:
    FeedProgress* find(const QString& name);

    QList<FeedProgress> m_feeds;
    QString m_current;
    bool m_initial = false;
};

Q_DECLARE_METATYPE(SyncProgress)
