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
    Result<QList<AuditEntry>> unsynced(int limit) const;
    // Entries not yet on the server, oldest first, leaving out those the server refused.
    // (unsyncedCount and list(unsentOnly) include the refused ones: they are not on the server either.)
    Result<qint64> unsyncedCount() const;
    Result<qint64> refusedCount() const; // unsent entries the server refused
    Status markSynced(const QList<qint64>& ids);
    // The server refused the entry (a 4xx for it alone): it stays unsent, later entries go on.
    Status markRefused(qint64 id, const QString& code, int httpStatus, const QDateTime& atUtc);

private:
    QSqlDatabase m_db;
};
