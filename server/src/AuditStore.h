#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The devices' audit trails on the server (table audit_entries): validates uploaded entries and
// inserts them; an entry a device sends again (same device, same entry id) is ignored, so an upload
// whose answer was lost can simply be repeated. There is no update or delete.
class AuditStore {
public:
    struct Entry {
        QString entryId; // the device's UUID for the entry
        qint64 localId = 0;
        QString staffId; // empty: nobody was signed in
        QDateTime at;
        QString action;
        QString subjectType;
        QString subjectId;
        QJsonObject detail;
    };
    struct Outcome {
        int stored = 0;
        int alreadyStored = 0;
    };

    static constexpr int kMaxBatch = 200;

    explicit AuditStore(QSqlDatabase db);

    // 422 invalid_value naming the entry (by position) and the field when something is wrong.
    static Result<QList<Entry>> parseBatch(const QJsonObject& body);
    // Inside the caller's write transaction; storeId is the uploading device's store.
    Result<Outcome> insert(const QString& deviceId, const QString& storeId, const QList<Entry>& entries,
                           const QDateTime& now);
    // Every stored entry, oldest upload first (test mode): the wire form plus device_id, store_id and
    // received_at.
    Result<QJsonArray> all() const;

private:
    QSqlDatabase m_db;
};
