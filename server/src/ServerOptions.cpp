#include "ServerOptions.h"

#include "FaultSpec.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>

using namespace Qt::StringLiterals;

namespace {

// Enough for the 1M-customer benchmarks with room to spare; beyond that the data would not fit K+7 digits.
constexpr int kMaxDemoCustomers = 8'000'000;

void setUp(QCommandLineParser& parser) {
    parser.setApplicationDescription(u"Theke Store API reference server."_s);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({u"data"_s, u"Directory for the SQLite database (created if missing)."_s, u"DIR"_s});
    parser.addOption({u"database"_s,
                      u"Use PostgreSQL instead of SQLite, postgresql://USER@HOST:PORT/DBNAME (the password "
                      "from PGPASSWORD or ~/.pgpass)."_s,
                      u"URL"_s});
    parser.addOption({u"listen"_s, u"Address to listen on, HOST:PORT; port 0 picks a free one."_s,
                      u"HOST:PORT"_s, u"127.0.0.1:8080"_s});
    parser.addOption(
        {u"demo-customers"_s, u"Generate N demo customers when the database has none."_s, u"N"_s});
    parser.addOption(
        {u"demo-products"_s, u"SKUs in the demo catalogue (default 2000)."_s, u"N"_s, u"2000"_s});
    parser.addOption({u"seed"_s, u"Seed for the demo data (same seed, same data)."_s, u"S"_s, u"1"_s});
    parser.addOption({u"demo-now"_s,
                      u"Date the demo history ends at (YYYY-MM-DD, default: today, UTC); fix it for "
                      "byte-identical demo data across days."_s,
                      u"DATE"_s});
    parser.addOption({u"enroll-code"_s, u"Register a one-time enrollment code (repeatable)."_s, u"CODE"_s});
    parser.addOption(
        {u"enroll-store"_s, u"Store the enrollment codes belong to (default: the first)."_s, u"STORE_ID"_s});
    parser.addOption({u"test-mode"_s, u"Enable /v1/test/* endpoints that change data (tests only)."_s});
    parser.addOption({u"fault"_s,
                      u"Inject a fault, e.g. latency:ms=200,path=/v1/sync/* (repeatable; needs "
                      "--test-mode; grammar in server/README.md)."_s,
                      u"SPEC"_s});
    parser.addOption(
        {u"fault-seed"_s, u"Seed deciding which requests a fault with rate < 1 hits."_s, u"N"_s, u"1"_s});
    parser.addOption({u"return-policy"_s,
                      u"The retailer's return policy as JSON (retailer_window_days, marketplace_in_store, "
                      "goodwill_days_beyond_window, approval_above_amount, goodwill_as_voucher_only, "
                      "public_holidays; optional per-store overrides under stores); served to every device "
                      "with its store. Default: 30 days, marketplace orders with a manager's approval."_s,
                      u"FILE"_s});
    parser.addHelpOption();
    parser.addVersionOption();
}

Error usageError(const QString& detail) {
    return makeError(u"usage", detail);
}

} // namespace

Result<ServerOptions> ServerOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()));

    ServerOptions options;
    options.helpRequested = parser.isSet(u"help"_s);
    options.versionRequested = parser.isSet(u"version"_s);
    if (options.helpRequested || options.versionRequested)
        return options;

    options.dataDir = parser.value(u"data"_s);
    if (parser.isSet(u"database"_s)) {
        const Result<DatabaseUrl> database = DatabaseUrl::parsePostgres(parser.value(u"database"_s));
        if (!database)
            return database.error();
        options.database = database.value();
    } else if (options.dataDir.isEmpty()) {
        return usageError(u"--data DIR (or --database URL) is required"_s);
    } else {
        options.database =
            DatabaseUrl::sqliteFile(QDir(options.dataDir).absoluteFilePath(u"theke-server.sqlite"_s));
    }

    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    if (colon <= 0 || !portOk || port < 0 || port > 65535)
        return usageError(u"--listen must be HOST:PORT, e.g. 127.0.0.1:0"_s);
    options.listenHost = listen.left(colon);
    options.listenPort = port;

    if (parser.isSet(u"demo-customers"_s)) {
        bool ok = false;
        options.demoCustomers = parser.value(u"demo-customers"_s).toInt(&ok);
        if (!ok || options.demoCustomers < 0 || options.demoCustomers > kMaxDemoCustomers)
            return usageError(u"--demo-customers must be a number from 0 to %1"_s.arg(kMaxDemoCustomers));
    }
    bool productsOk = false;
    options.demoProducts = parser.value(u"demo-products"_s).toInt(&productsOk);
    if (!productsOk || options.demoProducts < 10 || options.demoProducts > 100000)
        return usageError(u"--demo-products must be a number from 10 to 100000"_s);
    bool seedOk = false;
    options.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(u"--seed must be a non-negative number"_s);

    if (parser.isSet(u"demo-now"_s)) {
        const QDate date = QDate::fromString(parser.value(u"demo-now"_s), Qt::ISODate);
        if (!date.isValid())
            return usageError(u"--demo-now must be a date, YYYY-MM-DD"_s);
        options.demoNowMs = date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }

    options.enrollCodes = parser.values(u"enroll-code"_s);
    for (const QString& code : std::as_const(options.enrollCodes)) {
        if (code.trimmed().isEmpty())
            return usageError(u"--enroll-code must not be empty"_s);
    }
    options.enrollStore = parser.value(u"enroll-store"_s);
    options.testMode = parser.isSet(u"test-mode"_s);
    options.faults = parser.values(u"fault"_s);
    if (!options.faults.isEmpty() && !options.testMode)
        return usageError(u"--fault needs --test-mode"_s);
    for (const QString& fault : std::as_const(options.faults)) {
        if (const Result<FaultSpec> spec = FaultSpec::parse(fault); !spec)
            return usageError(u"--fault %1: %2"_s.arg(fault, spec.error().detail));
    }
    bool faultSeedOk = false;
    options.faultSeed = parser.value(u"fault-seed"_s).toULongLong(&faultSeedOk);
    if (!faultSeedOk)
        return usageError(u"--fault-seed must be a non-negative number"_s);
    if (parser.isSet(u"return-policy"_s)) {
        Result<ReturnPolicyFile::Settings> policies =
            ReturnPolicyFile::read(parser.value(u"return-policy"_s));
        if (!policies)
            return policies.error();
        options.returnPolicies = std::move(policies).value();
    }
    return options;
}

QString ServerOptions::helpText() {
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText();
}
