#include "BulkInserter.h"

#include "ServerDatabase.h"

#include <QSqlError>

#include <sqlite3.h>

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
    m_sqlite = ServerDatabase::sqliteHandle(db);
}

BulkInserter::~BulkInserter() {
    if (m_native)
        sqlite3_finalize(m_native);
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
    if (m_sqlite) {
        if (!m_native) {
            const QByteArray sql = statementFor(kRowsPerStatement).toUtf8();
            if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &m_native, nullptr) !=
                SQLITE_OK)
                return makeError(u"internal_error",
                                 u"prepare bulk insert: "_s + QString::fromUtf8(sqlite3_errmsg(m_sqlite)),
                                 500);
        }
        return executeNative(m_native, kRowsPerStatement);
    }
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
    if (m_sqlite) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray sql = statementFor(rows).toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
            return makeError(u"internal_error",
                             u"prepare bulk insert: "_s + QString::fromUtf8(sqlite3_errmsg(m_sqlite)), 500);
        const Status done = executeNative(statement, rows);
        sqlite3_finalize(statement);
        return done;
    }
    QSqlQuery partial(m_db);
    if (!partial.prepare(statementFor(rows)))
        return ServerDatabase::queryError(partial.lastError(), u"prepare bulk insert");
    return execute(partial, rows);
}

Status BulkInserter::execute(QSqlQuery& query, int rows) {
    for (int i = 0; i < int(m_buffer.size()); ++i) {
        const QVariant& value = m_buffer[size_t(i)];
        // Qt Sql would bind a byte array as a blob.
        query.bindValue(i, value.typeId() == QMetaType::QByteArray
                               ? QVariant(QString::fromUtf8(value.toByteArray()))
                               : value);
    }
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"bulk insert");
    m_buffer.clear();
    m_written += rows;
    return {};
}

Status BulkInserter::executeNative(sqlite3_stmt* statement, int rows) {
    for (int i = 0; i < int(m_buffer.size()); ++i) {
        const QVariant& value = m_buffer[size_t(i)];
        int result = SQLITE_OK;
        if (value.isNull()) {
            result = sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::QByteArray) {
            // Stays alive in m_buffer until the statement has run.
            const QByteArray& text = *static_cast<const QByteArray*>(value.constData());
            result = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_STATIC);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            result =
                sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            result = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
        if (result != SQLITE_OK)
            return makeError(u"internal_error",
                             u"bind bulk insert: "_s + QString::fromUtf8(sqlite3_errmsg(m_sqlite)), 500);
    }
    const int stepped = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (stepped != SQLITE_DONE)
        return makeError(u"internal_error", u"bulk insert: "_s + QString::fromUtf8(sqlite3_errmsg(m_sqlite)),
                         500);
    m_buffer.clear();
    m_written += rows;
    return {};
}
