#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

// A connection of its own to the cache file, for one read on a pool thread: a QSqlDatabase serves
// only the thread that opened it. Opened where it is made, closed and removed when it goes; it only
// reads (query_only), and WAL mode lets it do so beside the GUI's and the sync thread's writers.
class CacheReadConnection {
public:
    explicit CacheReadConnection(const QString& path);
    ~CacheReadConnection();
    CacheReadConnection(const CacheReadConnection&) = delete;
    CacheReadConnection& operator=(const CacheReadConnection&) = delete;

    // The open connection, or store.open when the file cannot be read.
    Result<QSqlDatabase> database() const;

private:
    QString m_name;
    QSqlDatabase m_db;
    Error m_error;
};
