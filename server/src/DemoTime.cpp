#include "DemoTime.h"

namespace {

struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

// Howard Hinnant's days_from_civil inverse: proleptic Gregorian date of a day count since 1970-01-01.
Civil civilFromDays(qint64 days) {
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {int(y + (m <= 2 ? 1 : 0)), m, d};
}

void put(char* at, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

std::string DemoTime::iso(qint64 epochMs) {
    const qint64 days = floorDiv(epochMs, kDay);
    const qint64 msOfDay = epochMs - days * kDay;
    const Civil date = civilFromDays(days);
    std::string text = "0000-00-00T00:00:00.000Z";
    put(&text[0], unsigned(date.year), 4);
    put(&text[5], date.month, 2);
    put(&text[8], date.day, 2);
    put(&text[11], unsigned(msOfDay / kHour), 2);
    put(&text[14], unsigned(msOfDay / kMinute % 60), 2);
    put(&text[17], unsigned(msOfDay / 1000 % 60), 2);
    put(&text[20], unsigned(msOfDay % 1000), 3);
    return text;
}

int DemoTime::year(qint64 epochMs) {
    return civilFromDays(floorDiv(epochMs, kDay)).year;
}
