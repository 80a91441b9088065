#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The store's name and address as receipts print them at the top, from the stores cache (the
// configured store name when the store is not cached yet).
class StoreHeader {
public:
    static QStringList lines(QSqlDatabase db, const QString& storeId);
};
