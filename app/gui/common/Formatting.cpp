#include "Formatting.h"

#include "Money.h"

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

QString Formatting::channel(const QString& channel) {
    if (channel == u"webshop")
        return QCoreApplication::translate("Formatting", "web shop");
    if (channel == u"app")
        return QCoreApplication::translate("Formatting", "app");
    if (channel == u"store")
        return QCoreApplication::translate("Formatting", "store");
    if (channel == u"phone")
        return QCoreApplication::translate("Formatting", "phone");
    if (channel.startsWith(u"marketplace:")) {
        QString name = channel.mid(12);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return QCoreApplication::translate("Formatting", "marketplace %1").arg(name);
    }
    return channel.isEmpty() ? QCoreApplication::translate("Formatting", "unknown channel") : channel;
}

QString Formatting::money(const Money& money) {
    return money.toDisplayString();
}
