#include "BulkInserter.h"

#include "ServerDatabase.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

BulkInserter::BulkInserter(QSqlDatabase db, const QString& table, const QStringList& columns)
    : m_db(db)
    , m_head(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES "_s)
    , m_columnCount(int(columns.size()))
    , m_full(db) {
    QStringList marks;
    for (int i = 0; i < m_columnCount; ++i)
        marks.append(u"?"_s);
    m_rowPlaceholders = u"("_s + marks.join(u", "_s) + u")"_s;
    m_buffer.reserve(size_t(kRowsPerStatement * m_columnCount));
}

QString BulkInserter::statementFor(int rows) const {
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(m_rowPlaceholders);
    return m_head + values.join(u", "_s);
}

Status BulkInserter::add(std::vector<QVariant> row) {
    Q_ASSERT(int(row.size()) == m_columnCount);
    for (QVariant& value : row)
        m_buffer.push_back(std::move(value));
    if (m_buffer.size() < size_t(kRowsPerStatement * m_columnCount))
        return {};
    if (!m_prepared) {
        if (!m_full.prepare(statementFor(kRowsPerStatement)))
            return ServerDatabase::queryError(m_full.lastError(), u"prepare bulk insert");
        m_prepared = true;
    }
    return execute(m_full, kRowsPerStatement);
}

Status BulkInserter::flush() {
    if (m_buffer.empty())
        return {};
    const int rows = int(m_buffer.size()) / m_columnCount;
    QSqlQuery partial(m_db);
    if (!partial.prepare(statementFor(rows)))
        return ServerDatabase::queryError(partial.lastError(), u"prepare bulk insert");
    return execute(partial, rows);
}

Status BulkInserter::execute(QSqlQuery& query, int rows) {
    for (int i = 0; i < int(m_buffer.size()); ++i)
        query.bindValue(i, m_buffer[size_t(i)]);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"bulk insert");
    m_buffer.clear();
    m_written += rows;
    return {};
}
