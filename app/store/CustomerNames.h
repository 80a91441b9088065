#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// The display names of a few cached customers in one query, for lists that show whose something is
// (the pickup queue): no consents, no other columns, and no query per row.
namespace CustomerNames {

// id -> Customer::displayName() for the ids that are cached; missing ids are left out.
Result<QHash<QString, QString>> of(QSqlDatabase db, const QStringList& customerIds);

} // namespace CustomerNames
