#include "SqlTableFeed.h"

#include "QueryFeedColumns.h"
#include "ServerDatabase.h"
#include "SqliteFeedColumns.h"

#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

SqlTableFeed::SqlTableFeed(Definition definition)
    : m_definition(std::move(definition)) {
    m_seqColumn = int(m_definition.columns.count(u',')); // seq is last
    QString where = u" WHERE "_s;
    if (!m_definition.scopeColumn.isEmpty())
        where += m_definition.scopeColumn + u" = ? AND "_s;
    where += u"seq > ?"_s;
    m_sql = u"SELECT "_s + m_definition.columns + u" FROM "_s + m_definition.table + where +
            u" ORDER BY seq LIMIT ?"_s;
    // Answered from the seq index (or the scope column's (store, seq) index) without reading rows.
    m_countSql = u"SELECT COUNT(*) FROM "_s + m_definition.table + where;
}

QString SqlTableFeed::name() const {
    return m_definition.name;
}

Result<std::vector<SyncFeed::Row>> SqlTableFeed::rowsAfter(const QSqlDatabase& db, const Scope& scope,
                                                           qint64 afterSeq, int limit) const {
    if (sqlite3* handle = ServerDatabase::sqliteHandle(db))
        return sqliteRowsAfter(handle, scope, afterSeq, limit);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(m_sql);
    if (!m_definition.scopeColumn.isEmpty())
        query.addBindValue(scope.storeId);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read "_s + m_definition.name + u" feed"_s);
    std::vector<Row> rows;
    rows.reserve(size_t(std::min(limit, 4096)));
    const QueryFeedColumns columns(query);
    while (query.next())
        rows.push_back({query.value(m_seqColumn).toLongLong(), m_definition.write(columns)});
    return rows;
}

// The same page through a bare statement on the connection's handle, inside the caller's read
// transaction: on SQLite this is most of a feed page's time, and Qt Sql's per-value QVariant and its
// UTF-16 round trip of every text cost more than the query itself.
Result<std::vector<SyncFeed::Row>> SqlTableFeed::sqliteRowsAfter(sqlite3* db, const Scope& scope,
                                                                 qint64 afterSeq, int limit) const {
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = m_sql.toUtf8();
    auto failed = [&](const char* what) -> Error {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return makeError(u"internal_error",
                         u"%1 %2 feed: %3"_s.arg(QLatin1String(what), m_definition.name, message), 500);
    };
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return failed("prepare");
    int index = 1;
    const QByteArray storeId = scope.storeId.toUtf8();
    if (!m_definition.scopeColumn.isEmpty())
        sqlite3_bind_text(statement, index++, storeId.constData(), int(storeId.size()), SQLITE_STATIC);
    sqlite3_bind_int64(statement, index++, afterSeq);
    sqlite3_bind_int(statement, index, limit);

    std::vector<Row> rows;
    rows.reserve(size_t(std::min(limit, 4096)));
    const SqliteFeedColumns columns(statement);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        rows.push_back({sqlite3_column_int64(statement, m_seqColumn), m_definition.write(columns)});
    if (step != SQLITE_DONE)
        return failed("read");
    sqlite3_finalize(statement);
    return rows;
}

Result<qint64> SqlTableFeed::countAfter(const QSqlDatabase& db, const Scope& scope, qint64 afterSeq) const {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(m_countSql);
    if (!m_definition.scopeColumn.isEmpty())
        query.addBindValue(scope.storeId);
    query.addBindValue(afterSeq);
    if (!query.exec() || !query.next())
        return ServerDatabase::queryError(query.lastError(), u"count "_s + m_definition.name + u" backlog"_s);
    return query.value(0).toLongLong();
}
