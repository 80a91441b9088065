#pragma once

#include <QDateTime>
#include <QTimeZone>

// How old a stock figure is, for "Stand 10:42" (today) or "Stand 28.11., 17:05" (earlier) on the
// counter. A figure older than kStaleAfterSecs is stale: the counter marks it, because the shelf may
// have changed since.
struct StockAge {
    static constexpr qint64 kStaleAfterSecs = 24 * 60 * 60;

    enum class Kind {
        Unknown, // no time in the cache
        Today,   // the same calendar day as now, in the store's time zone
        Earlier,
    };

    Kind kind = Kind::Unknown;
    QDateTime local; // updatedAt in the store's time zone
    qint64 ageSecs = 0;
    bool stale = false; // older than kStaleAfterSecs, or of unknown age

    static StockAge of(const QDateTime& updatedAtUtc, const QDateTime& nowUtc, const QTimeZone& zone);

    bool operator==(const StockAge&) const = default;
};
