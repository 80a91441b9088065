// bench_coldstart: DESIGN §7 "cold start to usable window with a 1M-customer cache: < 1 s".
//
//   bench_coldstart [--data DIR] [--customers N=1000000] [--runs R=5] [--search TEXT=Müller]
//
// Makes (once; kept in DIR, default beside this executable) a profile whose cache holds N generated
// customers (ColdStartProfile), then starts the client on it R times per case, each in a fresh
// process with QT_QPA_PLATFORM=offscreen, and measures from just before the process is started to the
// first painted frame of the usable window (FirstPaintProbe):
//   sign_in   staff are cached, so a locked device opens on the sign-in dialog over the main window;
//   unlocked  no staff, so it opens on the customers page; right after it, TEXT is searched there.
// Each case runs with the cache file dropped from the OS page cache first (cold_file, as after a
// reboot; the Qt libraries stay cached) and as it is (warm). The child runs exactly what main() runs
// (ClientLauncher::run), with the probe installed on the application. Prints one JSON object.
//
// Internal: bench_coldstart --child PROFILE --start-ns NS [--sign-in] [--search TEXT]

#include "BenchDirectory.h"
#include "ClientLauncher.h"
#include "ColdStartProfile.h"
#include "FirstPaintProbe.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// What main() does (app/main.cpp) with --profile and --lang de, plus the probe.
int runChild(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Theke"_s);
    QApplication::setApplicationName(u"Theke"_s);
    QApplication::setApplicationVersion(QStringLiteral(THEKE_VERSION));
    QApplication::setDesktopFileName(u"de.theke.Theke"_s);
    QCommandLineParser parser;
    parser.addOption({u"child"_s, u"profile"_s, u"DIR"_s});
    parser.addOption({u"start-ns"_s, u"start"_s, u"NS"_s});
    parser.addOption({u"sign-in"_s, u"expect the sign-in dialog"_s});
    parser.addOption({u"search"_s, u"search"_s, u"TEXT"_s});
    parser.process(app);

    FirstPaintProbe probe(parser.value(u"start-ns"_s).toLongLong(), parser.isSet(u"sign-in"_s),
                          parser.value(u"search"_s));
    app.installEventFilter(&probe);
    ClientOptions options;
    options.profileDirectory = parser.value(u"child"_s);
    options.language = u"de"_s;
    Translations::install(app, options.language);
    return ClientLauncher::run(app, options);
}

QJsonObject startOnce(const QString& profile, bool signIn, const QString& search) {
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"THEKE_TOKEN_STORE"_s, u"file"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"theke.*.debug=false;theke.*.info=false"_s);
    child.setProcessEnvironment(env);
    const qint64 startNs = FirstPaintProbe::monotonicNs();
    QStringList args{u"--child"_s, profile, u"--start-ns"_s, QString::number(startNs)};
    if (signIn)
        args.append(u"--sign-in"_s);
    if (!search.isEmpty())
        args << u"--search"_s << search;
    child.start(QCoreApplication::applicationFilePath(), args);
    // The client's stderr (offscreen platform notes) only matters when it failed.
    if (!child.waitForFinished(120000) || child.exitCode() != 0) {
        std::fprintf(stderr, "client start failed (exit %d):\n%s\n", child.exitCode(),
                     child.readAllStandardError().constData());
        return {};
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

QJsonObject spread(const QJsonArray& runs, const QString& key) {
    QList<double> values;
    for (const QJsonValue& run : runs) {
        if (run.toObject().contains(key))
            values.append(run.toObject().value(key).toDouble());
    }
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    return {
        {u"min"_s, values.first()}, {u"median"_s, values.at(values.size() / 2)}, {u"max"_s, values.last()}};
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);

    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"theke.*.debug=false\ntheke.*.info=false"_s);
    QCommandLineParser parser;
    parser.addOption({u"data"_s, u"Folder for the generated profile (kept)."_s, u"DIR"_s,
                      QCoreApplication::applicationDirPath() + u"/bench_coldstart-data"_s});
    parser.addOption({u"customers"_s, u"Customers in the cache (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"runs"_s, u"Starts per case (default 5)."_s, u"R"_s, u"5"_s});
    parser.addOption({u"search"_s, u"First search after start (default Müller)."_s, u"TEXT"_s, u"Müller"_s});
    parser.process(app);
    const int customers = parser.value(u"customers"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    if (customers <= 0 || runs <= 0) {
        std::fprintf(stderr, "bench_coldstart: --customers and --runs take a positive number\n");
        return 2;
    }
    const ColdStartProfile profile(QDir(parser.value(u"data"_s)).absoluteFilePath(u"profile"_s));
    if (!profile.isReady(customers)) {
        std::fprintf(stderr, "making a profile with %d customers in %s\n", customers,
                     qPrintable(profile.directory()));
        if (!profile.create(customers))
            return 1;
    }

    QJsonObject result{
        {u"customers"_s, customers},
        {u"cache_mb"_s, qRound(QFileInfo(profile.cachePath()).size() / 1e6)},
        {u"profile"_s, profile.directory()},
        {u"filesystem"_s, BenchDirectory::fileSystemOf(profile.directory())},
        {u"runs"_s, runs},
    };
    for (const bool signIn : {true, false}) {
        if (!profile.setStaffActive(signIn))
            return 1;
        for (const bool cold : {true, false}) {
            QJsonArray starts;
            for (int i = 0; i < runs; ++i) {
                if (cold && !profile.evictFromPageCache())
                    std::fprintf(stderr, "warning: could not drop the cache file from the page cache\n");
                const QJsonObject start =
                    startOnce(profile.directory(), signIn, signIn ? QString() : parser.value(u"search"_s));
                if (start.isEmpty())
                    return 1;
                starts.append(start);
            }
            QJsonObject figures{{u"usable_ms"_s, spread(starts, u"usable_ms"_s)},
                                {u"main_entered_ms"_s, spread(starts, u"main_entered_ms"_s)},
                                {u"main_window_painted_ms"_s, spread(starts, u"main_window_painted_ms"_s)}};
            if (signIn)
                figures.insert(u"sign_in_painted_ms"_s, spread(starts, u"sign_in_painted_ms"_s));
            else
                figures.insert(u"first_search"_s,
                               QJsonObject{{u"text"_s, parser.value(u"search"_s)},
                                           {u"rows"_s, starts.first().toObject().value(u"search_rows"_s)},
                                           {u"search_ms"_s, spread(starts, u"search_ms"_s)},
                                           {u"painted_ms"_s, spread(starts, u"search_painted_ms"_s)}});
            result.insert((signIn ? u"sign_in_"_s : u"unlocked_"_s) + (cold ? u"cold_file"_s : u"warm"_s),
                          figures);
        }
    }
    result.insert(u"target_ms"_s, 1000);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
