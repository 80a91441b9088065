#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// Inserts many rows into one table with multi-row INSERT statements (one prepared statement of
// kRowsPerStatement rows, reused; a shorter one for the rest). On SQLite it binds through the
// connection's own sqlite3 handle: Qt Sql's per-value cost (QVariant copies, UTF-16 text that SQLite
// converts back to UTF-8) was most of the time of a million-customer demo. Runs inside the caller's
// write transaction.
class BulkInserter {
public:
    BulkInserter(QSqlDatabase db, const QString& table, const QStringList& columns);
    ~BulkInserter();
    BulkInserter(const BulkInserter&) = delete;
    BulkInserter& operator=(const BulkInserter&) = delete;

    // One row, values in the order of columns: integers, QString or UTF-8 QByteArray text, or null.
    Status add(std::vector<QVariant> row);
    // Writes what is buffered; call before the transaction commits.
    Status flush();

    qint64 rowsWritten() const { return m_written; }

private:
    static constexpr int kRowsPerStatement = 100;

    Status execute(QSqlQuery& query, int rows);
    Status executeNative(sqlite3_stmt* statement, int rows);
    QString statementFor(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    QString m_rowPlaceholders;
    int m_columnCount = 0;
    QSqlQuery m_full;
    bool m_prepared = false;
    sqlite3* m_sqlite = nullptr; // the connection's handle when the driver is SQLite
    sqlite3_stmt* m_native = nullptr;
    std::vector<QVariant> m_buffer;
    qint64 m_written = 0;
};
