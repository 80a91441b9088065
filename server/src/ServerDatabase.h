#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;
struct sqlite3;

// Owns the server's database, a SQLite file (QSQLITE, WAL) or a PostgreSQL database (QPSQL): applies
// the schema migrations at start and hands every thread its own Qt Sql connection (a QSqlDatabase may
// only be used by the thread that opened it, and httplib serves from a thread pool). A thread's
// connection is closed when the thread ends.
class ServerDatabase {
public:
    explicit ServerDatabase(DatabaseUrl url);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // SQLite: creates the file if needed and switches it to WAL. Both: migrates to the newest schema.
    Status initialize();

    // The calling thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    // Closes the calling thread's connection now instead of at thread exit (the main thread, before serving).
    void releaseThreadConnection();

    const DatabaseUrl& url() const { return m_url; }
    DatabaseUrl::Engine engine() const { return m_url.engine; }
    int schemaVersion() const { return m_schemaVersion; }

    // A 500 error for a failed statement; the detail (the driver's message, no values) is for the log only.
    static Error queryError(const QSqlError& error, QStringView context);
    // The connection's own sqlite3 handle (the system library QSQLITE uses) for bulk work without Qt
    // Sql's per-value cost; null on PostgreSQL.
    static sqlite3* sqliteHandle(const QSqlDatabase& db);

private:
    QSqlDatabase addConnection(const QString& name) const;
    Status configure(QSqlDatabase& db) const;

    DatabaseUrl m_url;
    quint64 m_instanceId;
    int m_schemaVersion = 0;
};
