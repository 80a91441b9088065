#include "StockAge.h"

StockAge StockAge::of(const QDateTime& updatedAtUtc, const QDateTime& nowUtc, const QTimeZone& zone) {
    StockAge age;
    if (!updatedAtUtc.isValid()) {
        age.stale = true;
        return age;
    }
    age.local = updatedAtUtc.toTimeZone(zone);
    // A figure from a clock slightly ahead of ours is simply new.
    age.ageSecs = std::max<qint64>(0, updatedAtUtc.secsTo(nowUtc));
    age.kind = age.local.date() == nowUtc.toTimeZone(zone).date() ? Kind::Today : Kind::Earlier;
    age.stale = age.ageSecs > kStaleAfterSecs;
    return age;
}
