#pragma once

#include "DatabaseUrl.h"
#include "Result.h"
#include "ReturnPolicyFile.h"

#include <QString>
#include <QStringList>

// theke-server's command line, parsed and checked; main() only turns argv into this.
struct ServerOptions {
    QString dataDir;
    DatabaseUrl database; // --database, else the SQLite file theke-server.sqlite in dataDir
    QString listenHost = QStringLiteral("127.0.0.1");
    int listenPort = 8080; // 0: any free port
    int demoCustomers = 0;
    int demoProducts = 2000; // SKUs in the demo catalogue (tests use fewer for speed)
    quint64 seed = 1;
    // The moment demo orders, pickups … are generated relative to (ms since the epoch); -1: today 00:00 UTC.
    qint64 demoNowMs = -1;
    QStringList enrollCodes;
    QString enrollStore; // empty: the first store
    bool testMode = false;
    QStringList faults; // FaultSpec texts (--fault, test mode only)
    quint64 faultSeed = 1;
    // The retailer's return policy (--return-policy FILE), read and checked here; defaults without it.
    ReturnPolicyFile::Settings returnPolicies;
    bool helpRequested = false;
    bool versionRequested = false;

    static Result<ServerOptions> parse(const QStringList& arguments);
    static QString helpText();
};
