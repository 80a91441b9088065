#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

// Inserts many rows into one table with multi-row INSERT statements (one prepared statement of
// kRowsPerStatement rows, reused; a shorter one for the rest). Qt Sql costs about as much per statement
// as per bound value, so this is what makes a million demo rows affordable. Runs inside the caller's
// write transaction.
class BulkInserter {
public:
    BulkInserter(QSqlDatabase db, const QString& table, const QStringList& columns);

    // One row, values in the order of columns.
    Status add(std::vector<QVariant> row);
    // Writes what is buffered; call before the transaction commits.
    Status flush();

    qint64 rowsWritten() const { return m_written; }

private:
    static constexpr int kRowsPerStatement = 100;

    Status execute(QSqlQuery& query, int rows);
    QString statementFor(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    QString m_rowPlaceholders;
    int m_columnCount = 0;
    QSqlQuery m_full;
    bool m_prepared = false;
    std::vector<QVariant> m_buffer;
    qint64 m_written = 0;
};
