#include "ClientLauncher.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Theke"_s);
    QApplication::setApplicationName(u"Theke"_s);
    QApplication::setApplicationVersion(QStringLiteral(THEKE_VERSION));
    QApplication::setDesktopFileName(u"de.theke.Theke"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Theke — the omnichannel desk for store staff"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"profile"_s, u"Profile directory (cache and device token)."_s, u"DIR"_s});
    parser.addOption({u"lang"_s, u"User interface language: de or en (default: the system's)."_s, u"LANG"_s});
    parser.addOption({u"server"_s, u"Server address to pre-fill when setting up the device."_s, u"URL"_s});
    parser.addOption(
        {u"screenshot"_s, u"Save a picture of the window after the first sync, then quit."_s, u"PNG"_s});
    parser.addOption({u"search"_s, u"Type this into the customer search at start."_s, u"TEXT"_s});
    parser.process(app);

    ClientOptions options;
    options.profileDirectory = parser.value(u"profile"_s);
    options.language = parser.value(u"lang"_s);
    if (!options.language.isEmpty() && options.language != u"de" && options.language != u"en") {
        std::fputs("theke: --lang takes de or en\n", stderr);
        return 2;
    }
    options.serverUrl = parser.value(u"server"_s);
    options.screenshotPath = parser.value(u"screenshot"_s);
    options.searchText = parser.value(u"search"_s);

    Translations::install(app, options.language);
    return ClientLauncher::run(app, options);
}
