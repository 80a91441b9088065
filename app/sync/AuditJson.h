#pragma once

#include "AuditEntry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// The wire form of local audit entries for POST /v1/audit (schema AuditEntry). Only what the server
// needs to know who did what: ids, the action, and detail members from a fixed list whose values are
// numbers, booleans or short ids. Anything else in a detail stays on the device, so a free-text
// field added to an entry later cannot carry a name, a PIN or a token to the server.
namespace AuditJson {
QJsonObject toJson(const AuditEntry& entry);
// {"entries": [...]} for one upload.
QJsonObject batch(const QList<AuditEntry>& entries);
// The detail members that may leave the device.
const QStringList& allowedDetailKeys();
} // namespace AuditJson
