#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QSqlDatabase>

// Brings a database to the newest schema: applies the numbered files :/server/sql/NNN_name.sql in
// order, each in one write transaction together with the new version number. The files are portable
// SQL; where an engine needs its own SQL, :/server/sql/<engine>/NNN_name.sql replaces the file of that
// number for that engine (e.g. postgresql/007_audit_append_only.sql). SQLite keeps the version in
// PRAGMA user_version, PostgreSQL in the one-row table schema_version.
class SchemaMigrator {
public:
    SchemaMigrator(QSqlDatabase db, DatabaseUrl::Engine engine);

    // The version the database has afterwards.
    Result<int> migrate();

private:
    Result<int> currentVersion();
    Status setVersion(int version);
    QString fileFor(const QString& portableName) const;

    QSqlDatabase m_db;
    DatabaseUrl::Engine m_engine;
};
