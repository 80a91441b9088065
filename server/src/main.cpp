// theke-server: the reference Store API backend. main() only reads the command line.
#include "ServerApp.h"
#include "ServerOptions.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[]) {
    ServerApp::blockStopSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("theke-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THEKE_SERVER_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));

    Result<ServerOptions> options = ServerOptions::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "theke-server: %s\n\n%s", qPrintable(options.error().detail),
                     qPrintable(ServerOptions::helpText()));
        return 2;
    }
    if (options->helpRequested) {
        std::printf("%s", qPrintable(ServerOptions::helpText()));
        return 0;
    }
    if (options->versionRequested) {
        std::printf("theke-server %s\n", THEKE_SERVER_VERSION);
        return 0;
    }
    return ServerApp(std::move(options).value()).run();
}
