#pragma once

#include <QString>

class QApplication;

// Everything main() does for the client after parsing arguments: profile, cache, sync thread,
// first-run enrollment, main window. Kept out of main.cpp so main stays a thin wiring of options.
struct ClientOptions {
    QString profileDirectory;
    QString language;       // "de", "en" or empty for the system's
    QString serverUrl;      // pre-fills the enrollment dialog
    QString screenshotPath; // demo: save a picture of the window after the first sync and quit
    QString searchText;     // demo: type this into the search field
};

namespace ClientLauncher {
int run(QApplication& app, const ClientOptions& options);
} // namespace ClientLauncher
