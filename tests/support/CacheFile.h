#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A read-only look into a profile's cache file from a test, beside (or after) the process that
// writes it: integrity, cursors and the ids and versions of cached rows.
class CacheFile {
public:
    using Versions = QMap<QString, qint64>; // row id → version

    explicit CacheFile(const QString& path);
    ~CacheFile();
    CacheFile(const CacheFile&) = delete;
    CacheFile& operator=(const CacheFile&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }

    // "ok" when PRAGMA integrity_check finds nothing; else what it found (or why it could not run).
    QString integrityCheck();
    // The stored cursor of a feed; empty before its first page.
    QString cursor(const QString& feed);
    // Rows of table that carry a server id (the staff, customers and notes tables have id and version).
    Versions versions(const QString& table);
    // The first column of the first row of a query, -1 when it fails.
    qint64 scalar(const QString& sql);
    // The first column of every row of a query.
    QStringList column(const QString& sql);

    QSqlDatabase& sql() { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_error;
};
