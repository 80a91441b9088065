#pragma once

#include "NoteRecord.h"
#include "Result.h"

#include <QSqlDatabase>

// Writes notes inside the caller's write transaction (a command's, or a customer erasure's): checks the
// text and the customer, takes the change sequence number, keeps the notes feed's tombstones right.
class NoteService {
public:
    static inline const QString kFeed = QStringLiteral("notes");
    static constexpr qsizetype kMaxTextLength = 2000; // characters (code points) after trimming

    explicit NoteService(QSqlDatabase db);

    // 422 invalid_value for an empty, too long or control-character text, 404 customer_not_found.
    Result<NoteRecord> add(const QString& customerId, const QString& text, const QString& staffId,
                           const QString& deviceId, const QDateTime& now);
    // Erasure: deletes the customer's notes, each leaving a tombstone; returns how many.
    Result<int> removeForCustomer(const QString& customerId, const QDateTime& now);
    Result<qint64> count() const;

private:
    QSqlDatabase m_db;
};
