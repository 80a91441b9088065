#pragma once

#include "CommandAnswer.h"
#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The idempotency_keys table: the first answer to each command per device and Idempotency-Key.
// save() runs inside the command's own write transaction, so the answer exists exactly when the
// effect does.
class IdempotencyStore {
public:
    struct Entry {
        QString requestHash; // SHA-256 of method, path and body: the same key with another body is refused
        CommandAnswer answer;
    };

    explicit IdempotencyStore(QSqlDatabase db);

    // The unexpired entry for deviceId and key, if any.
    Result<std::optional<Entry>> find(const QString& deviceId, const QString& key,
                                      const QDateTime& now) const;
    // Inserts, or replaces an expired entry of the same key.
    Status save(const QString& deviceId, const QString& key, const Entry& entry, const QDateTime& now,
                const QDateTime& expiresAt);
    // Deletes expired entries; returns how many.
    Result<int> purgeExpired(const QDateTime& now);
    Result<qint64> count() const;

private:
    QSqlDatabase m_db;
};
