#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Raises or lowers the stock of an article at a location (a store id or ONLINE) inside the caller's
// write transaction: a new version and change sequence number, so the stock feed delivers it. A
// location without a row for the article gets one when stock is raised.
class StockLedger {
public:
    explicit StockLedger(QSqlDatabase db);

    Status raise(const QString& sku, const QString& location, qint64 quantity, const QDateTime& now);
    // Takes quantity pieces off (sold or reserved); 422 insufficient_stock when fewer are there, and
    // then nothing changes.
    Status take(const QString& sku, const QString& location, qint64 quantity, const QDateTime& now);

private:
    QSqlDatabase m_db;
};
