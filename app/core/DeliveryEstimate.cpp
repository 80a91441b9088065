#include "DeliveryEstimate.h"

DeliveryEstimate DeliveryEstimate::forOrderAt(const QDateTime& nowUtc, const QTimeZone& zone) {
    const QDateTime local = nowUtc.toTimeZone(zone);
    const QDate today = local.date();
    DeliveryEstimate estimate;
    const bool beforeCutoff = local.time() < QTime(kCutoffHour, 0);
    estimate.dispatch = isWorkingDay(today) && beforeCutoff ? today : addWorkingDays(today, 1);
    estimate.earliest = addWorkingDays(estimate.dispatch, kTransitMinDays);
    estimate.latest = addWorkingDays(estimate.dispatch, kTransitMaxDays);
    estimate.minWorkingDays = workingDaysBetween(today, estimate.earliest);
    estimate.maxWorkingDays = workingDaysBetween(today, estimate.latest);
    return estimate;
}

bool DeliveryEstimate::isWorkingDay(const QDate& day) {
    return day.dayOfWeek() <= 5;
}

QDate DeliveryEstimate::addWorkingDays(QDate day, int days) {
    while (days > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --days;
    }
    return day;
}

int DeliveryEstimate::workingDaysBetween(const QDate& from, const QDate& to) {
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}
