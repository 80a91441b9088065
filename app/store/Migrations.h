#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

// Numbered schema migrations from resources/sql (":/sql/NNN_name.sql"), applied in order, each in
// its own transaction together with the new PRAGMA user_version.
namespace Migrations {
int latestVersion();
// Applies every migration above the current user_version up to target (default: latest).
// A database newer than this build knows fails with store.migration and is left untouched.
Status apply(QSqlDatabase& db, int targetVersion = -1);

// The same from another directory of NNN_name.sql files; lets tests run broken migrations.
Status applyFrom(QSqlDatabase& db, const QString& directory, int targetVersion = -1);

// Splits a migration file into single statements (QSqlQuery runs only the first statement of a
// text). Splits at ';' outside quotes and comments; a CREATE TRIGGER ends at the ';' after its
// closing END. Comments are dropped.
QStringList splitStatements(const QString& sql);
} // namespace Migrations
