#pragma once

#include "AuditEntry.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>

// The local, append-only audit trail. There is deliberately no update or delete here; the table's
// triggers refuse them too, except marking rows as sent to the server.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db);

    // Stores entry (atUtc is required) and returns its id.
    Result<qint64> append(const AuditEntry& entry);
    // Newest first.
    Result<QList<AuditEntry>> list(const AuditFilter& filter = {}) const;
    Result<QStringList> actions() const; // distinct actions present, for the view's filter
    // Entries not yet on the server, oldest first.
    Result<QList<AuditEntry>> unsynced(int limit) const;
    Result<qint64> unsyncedCount() const;
    Status markSynced(const QList<qint64>& ids);

private:
    QSqlDatabase m_db;
};
