#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

// Where theke-server keeps its data: a SQLite file (the embedded default) or a PostgreSQL database
// given as postgresql://user[:password]@host[:port]/dbname[?libpq parameters, e.g. sslmode=require].
// A missing password is left to libpq (PGPASSWORD, ~/.pgpass), which keeps it off the command line.
struct DatabaseUrl {
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString filePath; // SQLite
    QString host;     // PostgreSQL from here on
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QStringList parameters; // key=value, from the URL's query

    static DatabaseUrl sqliteFile(const QString& filePath);
    // Accepts postgresql:// and postgres://; a usage error names what is missing.
    static Result<DatabaseUrl> parsePostgres(const QString& url);

    // For logs: the file, or the URL without the password.
    QString displayText() const;
};
