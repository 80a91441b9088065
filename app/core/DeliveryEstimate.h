#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// When an article ordered now from the online warehouse reaches the customer, by a small fixed rule:
// - working days are Monday to Friday (public holidays are not in the cache and are not counted out);
// - an order on a working day before 14:00 in the store's time zone leaves the warehouse that day,
//   otherwise on the next working day;
// - the parcel service takes 2 to 3 working days from dispatch.
// So an order on Monday morning arrives Wednesday to Thursday, one on Friday afternoon or at the
// weekend Wednesday to Thursday of the next week.
struct DeliveryEstimate {
    static constexpr int kCutoffHour = 14;
    static constexpr int kTransitMinDays = 2;
    static constexpr int kTransitMaxDays = 3;

    QDate dispatch;
    QDate earliest;
    QDate latest;
    int minWorkingDays = 0; // working days from today (local) to earliest, today not counted
    int maxWorkingDays = 0; // the same to latest

    static DeliveryEstimate forOrderAt(const QDateTime& nowUtc, const QTimeZone& zone);

    static bool isWorkingDay(const QDate& day);
    // The day `days` working days after day (day itself not counted); day itself for 0.
    static QDate addWorkingDays(QDate day, int days);
    // Working days after from up to and including to; 0 when to is not after from.
    static int workingDaysBetween(const QDate& from, const QDate& to);

    bool operator==(const DeliveryEstimate&) const = default;
};
