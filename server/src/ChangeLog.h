#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <vector>

// The global change sequence that orders every sync feed, and the tombstones deletions leave behind.
// Use only inside a write Transaction: numbers are then taken and committed one writer after another,
// so a reader that sees change N+1 also sees every change up to N and a cursor never skips one.
class ChangeLog {
public:
    struct Tombstone {
        QString id;
        qint64 seq = 0;
    };

    explicit ChangeLog(QSqlDatabase db);

    Result<qint64> next();
    // Takes count consecutive numbers at once (bulk inserts); returns the first.
    Result<qint64> reserve(qint64 count);

    // Records that a row of feed is gone; replaces an older tombstone of the same row.
    Status addTombstone(const QString& feed, const QString& id, qint64 seq, const QDateTime& deletedAt);
    // Deletes the rows of table whose customer_id is customerId and leaves a tombstone of feed for
    // each (customer erasure); table is one of ours, never input. Returns how many rows went.
    Result<int> removeCustomerRows(const QString& table, const QString& feed, const QString& customerId,
                                   const QDateTime& deletedAt);
    // A row that comes back must not also be reported deleted.
    Status removeTombstone(const QString& feed, const QString& id);

    // Tombstones of feed with seq > afterSeq in seq order, at most limit.
    Result<std::vector<Tombstone>> tombstonesAfter(const QString& feed, qint64 afterSeq, int limit) const;
    Result<qint64> countTombstonesAfter(const QString& feed, qint64 afterSeq) const;

private:
    QSqlDatabase m_db;
};
