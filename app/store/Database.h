#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

// One connection to the local cache file. Each thread that touches the cache opens its own Database;
// the file runs in WAL mode so a reader never waits for the sync writer.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) the cache at path, sets WAL, synchronous=FULL, foreign keys and
    // secure_delete, and applies pending migrations. Fails with store.open or store.migration.
    static Result<std::unique_ptr<Database>> open(const QString& path);

    QSqlDatabase& sql() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work fails or the commit fails.
    // A transaction() inside work becomes a savepoint, so its failure undoes only its own part.
    Status transaction(const std::function<Status()>& work);

private:
    Database(QSqlDatabase db, QString connectionName, QString path);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_depth = 0; // nesting of transaction() calls
};

// Maps a failed QSqlQuery / QSqlDatabase error to an Error (disk full and read-only get their own codes).
Error sqlError(const class QSqlError& error, const QString& what);
