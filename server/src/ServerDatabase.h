#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

// Owns the server's database file: applies the schema migrations at start and hands every thread its own
// Qt Sql connection (a QSqlDatabase may only be used by the thread that opened it, and httplib serves
// from a thread pool). A thread's connection is closed when the thread ends.
class ServerDatabase {
public:
    explicit ServerDatabase(QString filePath);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // Creates the file if needed, switches it to WAL and migrates it to the newest schema.
    Status initialize();

    // The calling thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    // Closes the calling thread's connection now instead of at thread exit (the main thread, before serving).
    void releaseThreadConnection();

    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }

    // A 500 error for a failed statement; the detail (SQLite's message, no values) is for the log only.
    static Error queryError(const QSqlError& error, QStringView context);

private:
    Status migrate(QSqlDatabase& db);

    QString m_filePath;
    quint64 m_instanceId;
    int m_schemaVersion = 0;
};
