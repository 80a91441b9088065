#include "ChangeLog.h"

#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ChangeLog::ChangeLog(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> ChangeLog::next() {
    return reserve(1);
}

Result<qint64> ChangeLog::reserve(qint64 count) {
    if (count < 1)
        return makeError(u"internal_error", u"reserve needs a positive count"_s, 500);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE change_seq SET value = value + ? WHERE id = 1"_s);
    query.addBindValue(count);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"advance change sequence");
    if (!query.exec(u"SELECT value FROM change_seq WHERE id = 1"_s) || !query.next())
        return ServerDatabase::queryError(query.lastError(), u"read change sequence");
    return query.value(0).toLongLong() - count + 1;
}

Status ChangeLog::addTombstone(const QString& feed, const QString& id, qint64 seq,
                               const QDateTime& deletedAt) {
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO tombstones (feed, id, seq, deleted_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (feed, id) DO UPDATE SET seq = excluded.seq, deleted_at = excluded.deleted_at"_s);
    query.addBindValue(feed);
    query.addBindValue(id);
    query.addBindValue(seq);
    query.addBindValue(deletedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"write tombstone");
    return {};
}

Status ChangeLog::removeTombstone(const QString& feed, const QString& id) {
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM tombstones WHERE feed = ? AND id = ?"_s);
    query.addBindValue(feed);
    query.addBindValue(id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"remove tombstone");
    return {};
}

Result<std::vector<ChangeLog::Tombstone>> ChangeLog::tombstonesAfter(const QString& feed, qint64 afterSeq,
                                                                     int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, seq FROM tombstones WHERE feed = ? AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(feed);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read tombstones");
    std::vector<Tombstone> tombstones;
    while (query.next())
        tombstones.push_back({query.value(0).toString(), query.value(1).toLongLong()});
    return tombstones;
}

Result<qint64> ChangeLog::countTombstonesAfter(const QString& feed, qint64 afterSeq) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT COUNT(*) FROM tombstones WHERE feed = ? AND seq > ?"_s);
    query.addBindValue(feed);
    query.addBindValue(afterSeq);
    if (!query.exec() || !query.next())
        return ServerDatabase::queryError(query.lastError(), u"count tombstones");
    return query.value(0).toLongLong();
}

Result<int> ChangeLog::removeCustomerRows(const QString& table, const QString& feed,
                                          const QString& customerId, const QDateTime& deletedAt) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM %1 WHERE customer_id = ?"_s.arg(table));
    query.addBindValue(customerId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"find the customer's rows in "_s + table);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    query.finish();

    for (const QString& id : std::as_const(ids)) {
        const Result<qint64> seq = next();
        if (!seq)
            return seq.error();
        if (Status tombed = addTombstone(feed, id, seq.value(), deletedAt); !tombed)
            return tombed.error();
    }
    query.prepare(u"DELETE FROM %1 WHERE customer_id = ?"_s.arg(table));
    query.addBindValue(customerId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"delete the customer's rows in "_s + table);
    return int(ids.size());
}
