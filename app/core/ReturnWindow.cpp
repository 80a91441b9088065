#include "ReturnWindow.h"

#include "ReturnPolicyError.h"

using namespace Qt::StringLiterals;

QDate ReturnWindow::localDate(const QDateTime& instant, const QTimeZone& zone) {
    return instant.toTimeZone(zone).date();
}

QDate ReturnWindow::lastDay(QDate eventDay, int days) {
    return eventDay.addDays(days);
}

QDate ReturnWindow::workingDayFrom(QDate day, const QList<QDate>& holidays) {
    while (day.dayOfWeek() >= Qt::Saturday || holidays.contains(day))
        day = day.addDays(1);
    return day;
}

Result<ReturnWindowState> ReturnWindow::evaluate(const ReturnOrderFacts& order,
                                                 const ReturnPolicyConfig& config, const QDateTime& nowUtc) {
    const QTimeZone zone(order.storeTimeZone.toUtf8());
    if (!zone.isValid())
        return makeError(ReturnPolicyError::kInvalidOrder, u"unknown time zone"_s);
    if (!nowUtc.isValid())
        return makeError(ReturnPolicyError::kInvalidOrder, u"no current time"_s);
    if (config.withdrawalDays < 0 || config.retailerWindowDays < 0 ||
        config.goodwillDaysBeyondWindow.value_or(0) < 0)
        return makeError(ReturnPolicyError::kInvalidConfig, u"negative period"_s);

    ReturnWindowState state;
    state.distanceSale = isDistanceSale(order.channel);
    state.today = localDate(nowUtc, zone);

    QDateTime start = order.deliveredAtUtc;
    // A sale in store is handed over when it is paid; its placed_at is the start.
    if (!start.isValid() && !state.distanceSale)
        start = order.placedAtUtc;
    if (!start.isValid()) {
        if (!state.distanceSale)
            return makeError(ReturnPolicyError::kInvalidOrder, u"store sale without a date"_s);
        // The withdrawal period starts with delivery (§356(2) BGB) and the consumer may withdraw
        // before it starts; the retailer has to prove delivery. So an order without a recorded
        // delivery is taken back as a withdrawal.
        state.delivered = false;
        state.phase = ReturnPhase::Withdrawal;
        return state;
    }

    state.startDate = localDate(start, zone);
    state.retailerLastDay = lastDay(state.startDate, config.retailerWindowDays);
    state.windowLastDay = state.retailerLastDay;
    if (state.distanceSale) {
        const QDate plain = lastDay(state.startDate, config.withdrawalDays);
        state.withdrawalLastDay = workingDayFrom(plain, config.publicHolidays);
        state.withdrawalExtended = state.withdrawalLastDay != plain;
        state.windowLastDay = std::max(state.windowLastDay, state.withdrawalLastDay);
    }
    if (config.goodwillDaysBeyondWindow)
        state.goodwillLastDay = state.windowLastDay.addDays(*config.goodwillDaysBeyondWindow);

    if (state.distanceSale && state.today <= state.withdrawalLastDay)
        state.phase = ReturnPhase::Withdrawal;
    else if (state.today <= state.retailerLastDay)
        state.phase = ReturnPhase::RetailerWindow;
    else if (!config.goodwillDaysBeyondWindow ||
             (*config.goodwillDaysBeyondWindow > 0 && state.today <= state.goodwillLastDay))
        state.phase = ReturnPhase::Goodwill;
    else
        state.phase = ReturnPhase::Expired;
    return state;
}
