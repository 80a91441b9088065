#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString Translations::install(QCoreApplication& app, const QString& language) {
    QString chosen = language;
    if (chosen.isEmpty())
        chosen =
            QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    const QLocale locale = chosen == u"de" ? QLocale(QLocale::German, QLocale::Germany)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto* theke = new QTranslator(&app);
    if (theke->load(QStringLiteral(":/i18n/theke_%1.qm").arg(chosen)))
        app.installTranslator(theke);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return chosen;
}
