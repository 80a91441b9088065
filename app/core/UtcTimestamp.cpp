#include "UtcTimestamp.h"

#include <optional>

namespace {

char16_t unit(QStringView text, qsizetype at) {
    return text[at].unicode();
}

char16_t unit(std::string_view text, size_t at) {
    return char16_t(static_cast<unsigned char>(text[at]));
}

// The number of count digits at text[at], or -1 when one is not a digit.
template <typename Text> int digits(Text text, qsizetype at, int count) {
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = unit(text, at + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ"; nullopt for any other shape, so Qt decides.
// Text is UTF-16 or UTF-8: the shapes are ASCII, so a text with anything else is no shape of them.
struct Parts {
    int year, month, day, hour, minute, second, msec;
};

template <typename Text> std::optional<Parts> canonicalParts(Text text) {
    const qsizetype size = qsizetype(text.size());
    if (size != 20 && size != 24)
        return std::nullopt;
    if (unit(text, 4) != u'-' || unit(text, 7) != u'-' || unit(text, 10) != u'T' || unit(text, 13) != u':' ||
        unit(text, 16) != u':' || unit(text, size - 1) != u'Z' || (size == 24 && unit(text, 19) != u'.'))
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
    if (!QDate::isValid(year, month, day) || !QTime::isValid(hour, minute, second, msec))
        return std::nullopt; // e.g. 24:00:00, which Qt reads as the next day's midnight
    return Parts{year, month, day, hour, minute, second, msec};
}

template <typename Text> std::optional<QDateTime> canonical(Text text) {
    const std::optional<Parts> p = canonicalParts(text);
    if (!p)
        return std::nullopt;
    return QDateTime(QDate(p->year, p->month, p->day), QTime(p->hour, p->minute, p->second, p->msec),
                     Qt::UTC);
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

QDateTime UtcTimestamp::parseCanonical(std::string_view utf8) {
    return canonical(utf8).value_or(QDateTime());
}

bool UtcTimestamp::isCanonical(std::string_view utf8) {
    return canonicalParts(utf8).has_value();
}
