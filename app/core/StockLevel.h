#pragma once

#include <QDateTime>
#include <QString>

// Pieces of one SKU available at one location (a store id or "ONLINE"), from the stock feed.
struct StockLevel {
    static constexpr QStringView kOnline = u"ONLINE";

    QString id; // "<sku>@<location>"
    QString sku;
    QString location;
    int quantity = 0;
    qint64 version = 0;
    QDateTime updatedAt; // UTC: "Stand 10:42" on the counter

    bool isOnline() const { return location == kOnline; }
    bool operator==(const StockLevel&) const = default;
};
