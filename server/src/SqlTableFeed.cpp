#include "SqlTableFeed.h"

#include "ServerDatabase.h"

#include <QSqlError>

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
    while (query.next())
        rows.push_back({query.value(m_seqColumn).toLongLong(), m_definition.write(query)});
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
