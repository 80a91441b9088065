#include "ReturnRepository.h"

#include "CacheSql.h"
#include "ReturnColumns.h"
#include "ReturnJson.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

const auto kColumns = u"r.id, r.order_no, r.store_id, r.channel, r.requester_staff_id, r.lines_json, "
                      u"r.refund_method, r.refund_cents, r.refund_currency, r.approvals_json, r.state, "
                      u"r.created_at, r.version, r.updated_at"_s;

Result<ReturnRecord> readReturn(const QSqlQuery& q) {
    ReturnRecord r;
    r.id = q.value(0).toString();
    r.orderNo = q.value(1).toString();
    r.storeId = q.value(2).toString();
    r.channel = q.value(3).toString();
    r.requesterStaffId = q.value(4).toString();
    r.refund.method = q.value(6).toString();
    r.refund.amount = Money{q.value(7).toLongLong(), q.value(8).toString()};
    r.state = q.value(10).toString();
    r.createdAt = CacheSql::time(q.value(11));
    r.version = q.value(12).toLongLong();
    r.updatedAt = CacheSql::time(q.value(13));
    const Result<QJsonArray> lines = CacheSql::jsonArray(q.value(5), u"return lines"_s);
    const Result<QJsonArray> approvals = CacheSql::jsonArray(q.value(9), u"return approvals"_s);
    Result<QList<ReturnLine>> decodedLines =
        lines ? ReturnJson::linesFromJson(lines.value()) : Result<QList<ReturnLine>>(lines.error());
    Result<QList<ReturnApproval>> decodedApprovals = approvals
                                                         ? ReturnJson::approvalsFromJson(approvals.value())
                                                         : Result<QList<ReturnApproval>>(approvals.error());
    if (!decodedLines || !decodedApprovals)
        return makeError(ErrorCode::kStoreQuery, u"cached return %1 cannot be decoded"_s.arg(r.id));
    r.lines = std::move(decodedLines).value();
    r.approvals = std::move(decodedApprovals).value();
    return r;
}

Result<QList<ReturnRecord>> readAll(QSqlQuery& query) {
    return CacheSql::readAll<ReturnRecord>(query, u"reading returns"_s, readReturn);
}

} // namespace

ReturnRepository::ReturnRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status ReturnRepository::upsert(const QList<ReturnRecord>& returns) {
    if (returns.isEmpty())
        return {};
    // Straight on the sqlite3 handle, like orders: QSqlQuery's QVariant binding and the QJson route
    // for lines and approvals cost ~4x an order's write per return (perf of a 100k sync).
    SqliteStatement insert(
        m_db,
        u"INSERT INTO returns (id, order_no, store_id, channel, requester_staff_id, lines_json, "
        u"refund_method, refund_cents, refund_currency, approvals_json, state, created_at, version, "
        u"updated_at, pieces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (id) DO UPDATE SET order_no = excluded.order_no, store_id = excluded.store_id, "
        u"channel = excluded.channel, requester_staff_id = excluded.requester_staff_id, "
        u"lines_json = excluded.lines_json, refund_method = excluded.refund_method, "
        u"refund_cents = excluded.refund_cents, refund_currency = excluded.refund_currency, "
        u"approvals_json = excluded.approvals_json, state = excluded.state, "
        u"created_at = excluded.created_at, version = excluded.version, updated_at = excluded.updated_at, "
        u"pieces = excluded.pieces "
        u"WHERE excluded.version >= returns.version"_s);
    if (Status s = insert.prepared(); !s)
        return s;
    for (const ReturnRecord& r : returns) {
        insert.bindText(0, r.id);
        insert.bindText(1, r.orderNo);
        insert.bindTextOrNull(2, r.storeId);
        insert.bindText(3, r.channel);
        insert.bindTextOrNull(4, r.requesterStaffId);
        insert.bindText(5, ReturnColumns::linesText(r.lines));
        insert.bindText(6, r.refund.method);
        insert.bindInteger(7, r.refund.amount.cents);
        insert.bindText(8, r.refund.amount.currency);
        insert.bindText(9, ReturnColumns::approvalsText(r.approvals));
        insert.bindText(10, r.state);
        insert.bindTextOrNull(11, CacheSql::timeText(r.createdAt));
        insert.bindInteger(12, r.version);
        insert.bindTextOrNull(13, CacheSql::timeText(r.updatedAt));
        insert.bindInteger(14, ReturnFacts::of(r).pieces);
        if (Status s = insert.run(u"writing return", r.id); !s)
            return s;
    }
    return {};
}

Status ReturnRepository::remove(const QStringList& ids) {
    return CacheSql::removeEach(m_db, u"DELETE FROM returns WHERE id = ?"_s, ids, u"removing a return"_s);
}

std::optional<ReturnRecord> ReturnRepository::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM returns AS r WHERE r.id = ?"_s.arg(kColumns));
    query.addBindValue(id);
    Result<QList<ReturnRecord>> returns = readAll(query);
    if (!returns || returns->isEmpty())
        return std::nullopt;
    return returns.value().first();
}

Result<QList<ReturnRecord>> ReturnRepository::forOrderNo(const QString& orderNo) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query,
            u"SELECT %1 FROM returns AS r WHERE r.order_no = ? ORDER BY r.created_at, r.id"_s.arg(kColumns));
        !s)
        return s.error();
    query.addBindValue(orderNo);
    return readAll(query);
}

Result<QList<ReturnRecord>> ReturnRepository::forCustomer(const QString& customerId, int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(query, u"SELECT %1 FROM returns AS r WHERE r.order_no IN "
                                            u"(SELECT order_no FROM orders WHERE customer_id = ?) "
                                            u"ORDER BY r.created_at DESC, r.id LIMIT ?"_s.arg(kColumns));
        !s)
        return s.error();
    query.addBindValue(customerId);
    query.addBindValue(limit);
    return readAll(query);
}

Result<QList<ReturnRecord>> ReturnRepository::recent(int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query, u"SELECT %1 FROM returns AS r ORDER BY r.created_at DESC, r.id LIMIT ?"_s.arg(kColumns));
        !s)
        return s.error();
    query.addBindValue(limit);
    return readAll(query);
}

namespace {

Result<QList<ReturnFacts>> readFacts(QSqlQuery& query) {
    if (Status s = CacheSql::exec(query, u"reading return facts"_s); !s)
        return s.error();
    QList<ReturnFacts> facts;
    while (query.next())
        facts.append(ReturnFacts{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), CacheSql::timeFromEpochMs(query.value(6)),
            Money{query.value(4).toLongLong(), query.value(5).toString()}, query.value(7).toInt()});
    return facts;
}

QString factsSql(const QString& condition) {
    return u"SELECT r.id, r.order_no, r.channel, r.state, r.refund_cents, r.refund_currency, %1, "
           u"COALESCE(r.pieces, (SELECT SUM(json_extract(value, '$.quantity')) FROM "
           u"json_each(r.lines_json)), 0) "
           u"FROM returns AS r WHERE %2 ORDER BY r.created_at DESC, r.id LIMIT ?"_s.arg(
               CacheSql::epochMsExpression(u"r.created_at"_s), condition);
}

} // namespace

Result<QList<ReturnFacts>> ReturnRepository::factsForCustomer(const QString& customerId, int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query, factsSql(u"r.order_no IN (SELECT order_no FROM orders WHERE customer_id = ?)"_s));
        !s)
        return s.error();
    query.addBindValue(customerId);
    query.addBindValue(limit);
    return readFacts(query);
}

Result<QList<ReturnFacts>> ReturnRepository::factsForOrderNos(const QStringList& orderNos, int limit) const {
    if (orderNos.isEmpty())
        return QList<ReturnFacts>();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // One bound JSON array instead of thousands of placeholders.
    if (Status s = CacheSql::prepare(query, factsSql(u"r.order_no IN (SELECT value FROM json_each(?))"_s));
        !s)
        return s.error();
    query.addBindValue(CacheSql::json(QJsonArray::fromStringList(orderNos)));
    query.addBindValue(limit);
    return readFacts(query);
}
