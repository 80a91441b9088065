#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Raises the stock of an article at a location (a store id or ONLINE) inside the caller's write
// transaction: a new version and change sequence number, so the stock feed delivers it. A location
// without a row for the article gets one.
class StockLedger {
public:
    explicit StockLedger(QSqlDatabase db);

    Status raise(const QString& sku, const QString& location, qint64 quantity, const QDateTime& now);

private:
    QSqlDatabase m_db;
};
