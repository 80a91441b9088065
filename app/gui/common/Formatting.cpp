#include "Formatting.h"

#include <QCoreApplication>
#include <QLocale>

QString Formatting::integer(qint64 value) {
    return QLocale().toString(value);
}

namespace {

// The locale's short format, but with four-digit years: "08.04.08" is ambiguous at a counter.
QString withFullYear(QString format) {
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

} // namespace

QString Formatting::date(const QDate& date) {
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString Formatting::dateTime(const QDateTime& utc) {
    const QLocale locale;
    return locale.toString(utc.toLocalTime(), withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString Formatting::loyaltyTier(const QString& tier) {
    if (tier == u"basic")
        return QCoreApplication::translate("Formatting", "Basic");
    if (tier == u"silver")
        return QCoreApplication::translate("Formatting", "Silver");
    if (tier == u"gold")
        return QCoreApplication::translate("Formatting", "Gold");
    return tier.isEmpty() ? QCoreApplication::translate("Formatting", "none") : tier;
}
