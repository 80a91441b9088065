#include "UtcTimestamp.h"

#include <optional>

namespace {

// The number of count digits at text[at], or -1 when one is not a digit.
int digits(QStringView text, qsizetype at, int count) {
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ"; nullopt for any other shape, so Qt decides.
std::optional<QDateTime> canonical(QStringView text) {
    const qsizetype size = text.size();
    if (size != 20 && size != 24)
        return std::nullopt;
    if (text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' || text[16] != u':' ||
        text[size - 1] != u'Z' || (size == 24 && text[19] != u'.'))
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int msec = size == 24 ? digits(text, 20, 3) : 0;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || msec < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt; // e.g. 24:00:00, which Qt reads as the next day's midnight
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime UtcTimestamp::parse(QStringView text) {
    if (std::optional<QDateTime> fast = canonical(text))
        return *fast;
    const QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!time.isValid() || !text.endsWith(u'Z'))
        return {};
    return time.toUTC();
}
