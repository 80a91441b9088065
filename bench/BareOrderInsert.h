#pragma once

#include "Order.h"
#include "Stopwatch.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The yardstick of DESIGN §7 "apply rate vs a bare SQLite bulk insert of the same rows": the same
// orders, already turned into the cache's column values, inserted through the sqlite3 C API with one
// prepared statement into a fresh file with the cache's orders table and indexes, in transactions of
// the same page size and with the same synchronous setting as the feed apply. No decoding, no Qt.
class BareOrderInsert {
public:
    // schema: the CREATE TABLE and CREATE INDEX statements of the cache's orders table.
    BareOrderInsert(QString path, QStringList schema, int pageSize, QString synchronous);

    // Rows per second for inserting orders (only the inserts and commits are timed); nullopt on error.
    std::optional<Stopwatch::Rate> run(const QList<Order>& orders) const;

private:
    QString m_path;
    QStringList m_schema;
    int m_pageSize;
    QString m_synchronous;
};
