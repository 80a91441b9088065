#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

// Per-feed sync position: the opaque cursor and the time of the last complete pull.
class SyncStateRepository {
public:
    explicit SyncStateRepository(QSqlDatabase db);

    QString cursor(const QString& feed) const;
    Status setCursor(const QString& feed, const QString& cursor);
    QDateTime lastSync(const QString& feed) const; // invalid when never completed
    Status setLastSync(const QString& feed, const QDateTime& utc);
    QDateTime lastSyncOfAll() const; // latest completed pull of any feed
    Result<qint64> pendingOutboxCount() const;
    Status resetFeed(const QString& feed);

    // Every feed the client caches, in the order a sync pulls them.
    static const QStringList& feeds();
    // How many rows the cache holds for feed (a name from feeds(); anything else is store.query).
    Result<qint64> cachedRows(const QString& feed) const;
    // After a switch to another server: every feed starts again from the beginning, and cached rows
    // forget their versions (the other server counts its own), so the new server's rows replace them.
    // Run it in the caller's transaction.
    Status resetAllFeeds();

private:
    QSqlDatabase m_db;
};
