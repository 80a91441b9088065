#pragma once

#include "Result.h"
#include "ReturnPolicyConfig.h"
#include "ReturnRequest.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// Where a return falls in time, in ascending order of how much it needs.
enum class ReturnPhase {
    Withdrawal,     // statutory withdrawal period of a distance sale (or not delivered yet)
    RetailerWindow, // the retailer's own window
    Goodwill,       // after both, within the goodwill allowance: a manager decides
    Expired,        // beyond the goodwill allowance: refused
};

// The calendar facts behind a phase, in the store's local calendar.
struct ReturnWindowState {
    ReturnPhase phase = ReturnPhase::Expired;
    bool distanceSale = true;        // every channel but store: the withdrawal right applies
    bool delivered = true;           // false: a distance sale not recorded as delivered yet
    QDate startDate;                 // delivery (or sale in store) day; null when not delivered
    QDate today;                     // "now" in the store's calendar
    QDate withdrawalLastDay;         // null for store sales and undelivered orders
    bool withdrawalExtended = false; // its end moved past a weekend or public holiday
    QDate retailerLastDay;           // null when not delivered
    QDate windowLastDay;             // the later of the two: no approval needed up to here
    QDate goodwillLastDay;           // null when goodwill has no limit
};

// Counts return periods in calendar days of the store's time zone, the way the BGB counts them:
// the delivery day itself does not count (§187(1)), the period ends with its last day (§188(1)),
// and a withdrawal period ending on a Saturday, Sunday or public holiday runs to the next working
// day (§193). The retailer's window is a plain count without that extension.
class ReturnWindow {
public:
    // Invalid time zone or missing dates are errors with code ReturnPolicyError::kInvalidOrder.
    static Result<ReturnWindowState> evaluate(const ReturnOrderFacts& order, const ReturnPolicyConfig& config,
                                              const QDateTime& nowUtc);

    static QDate localDate(const QDateTime& instant, const QTimeZone& zone);
    // The last day of a period of `days` days that starts with an event on `eventDay`.
    static QDate lastDay(QDate eventDay, int days);
    // `day`, or the next day that is neither Saturday, Sunday nor one of `holidays`.
    static QDate workingDayFrom(QDate day, const QList<QDate>& holidays);
    static bool isDistanceSale(const QString& channel) { return channel != u"store"; }
};
