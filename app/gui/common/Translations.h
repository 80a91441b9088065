#pragma once

#include <QString>

class QCoreApplication;

// Picks the UI language (German when the system is German, or as --lang says) and installs
// Theke's and Qt's own translations. Also sets the default locale for numbers and dates.
namespace Translations {
// language: "de", "en" or empty for the system's. Returns the language chosen.
QString install(QCoreApplication& app, const QString& language);
} // namespace Translations
