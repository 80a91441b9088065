#pragma once

#include "Result.h"

#include <QSqlDatabase>

// Numbered schema migrations from resources/sql (":/sql/NNN_name.sql"), applied in order, each in
// its own transaction together with the new PRAGMA user_version.
namespace Migrations {
int latestVersion();
// Applies every migration above the current user_version up to target (default: latest).
Status apply(QSqlDatabase& db, int targetVersion = -1);
} // namespace Migrations
