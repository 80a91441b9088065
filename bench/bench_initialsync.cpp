// bench_initialsync: the first sync of a new device as the associate sees it. Starts the real
// theke-server of this build on loopback (demo data of N customers with their orders, generated once
// into DATA and reused by later runs), enrolls a fresh profile and runs the app's own sync (SyncService
// on its worker thread) into an empty cache, while the GUI thread shows the MainWindow offscreen, types
// a customer search every 120 ms and a 5 ms precise timer measures the longest gap of its event loop.
//
//   bench_initialsync [--customers 100000] [--data DIR] [--page-size 1000] [--server PATH] [--no-window]
//
// Prints one JSON object on stdout: rows, seconds and rows/s per feed, wall time, CPU seconds of the
// client (all its threads) and of the server (during the sync only), the client's peak RSS (which
// includes the window; --no-window leaves it out, and the typing), the longest GUI-thread stall, the
// p99 gap and the slowest event deliveries on the GUI thread, the local customer search's p50/p95/p99
// on the synced cache once the sync is done (SearchLatency), and a linear extrapolation to 1M
// customers (DESIGN §7: < 60 s, < 300 MB, stall < 50 ms, search p95 < 10 ms). The machine is shared with
// other work: compare CPU seconds across runs, not only wall time.

#include "CurlTransport.h"
#include "CustomerRepository.h"
#include "CustomersPage.h"
#include "Database.h"
#include "Enrollment.h"
#include "MainWindow.h"
#include "ProcessStats.h"
#include "Profile.h"
#include "SearchLatency.h"
#include "StallMeter.h"
#include "SyncEngine.h"
#include "SyncService.h"
#include "TestServer.h"
#include "TimedApplication.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTickMs = 5;
constexpr int kTypingPauseMs = 120; // a query every so often, each one through the search's debounce
constexpr int kSettleMs = 500;      // after the sync the window refreshes its search and status bar
constexpr int kSyncTimeoutMs = 60 * 60 * 1000;
constexpr int kServerStartTimeoutMs = 60 * 60 * 1000; // the first run generates the demo data
constexpr double kMillion = 1'000'000;
const QStringList kQueries{u"Sch"_s, u"K10"_s, u"Wagner"_s, u"+4940"_s, u"be"_s, u"Ma"_s}; // keyClicks: ASCII

struct Settings {
    int customers = 100000;
    QString dataDir;
    int pageSize = PullOptions().pageLimit;
    QString server = QStringLiteral(THEKE_SERVER_PATH);
    bool window = true;
};

std::optional<Settings> parseArguments(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Initial sync from theke-server on loopback, with the GUI stall"_s);
    parser.addHelpOption();
    parser.addOption(
        {u"customers"_s, u"Demo customers of the server (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"data"_s,
                      u"Keeps the server's data here (generated once, reused later; default "
                      "<temp>/theke-initialsync-N)."_s,
                      u"DIR"_s});
    parser.addOption({u"page-size"_s, u"Rows per feed page (default: the app's)."_s, u"P"_s,
                      QString::number(PullOptions().pageLimit)});
    parser.addOption(
        {u"server"_s, u"The theke-server binary (default: the one of this build)."_s, u"PATH"_s});
    parser.addOption({u"no-window"_s, u"No MainWindow and no typing: the sync alone on the GUI thread."_s});
    parser.process(app);
    Settings settings;
    bool customersOk = false;
    bool pageOk = false;
    settings.customers = parser.value(u"customers"_s).toInt(&customersOk);
    settings.pageSize = parser.value(u"page-size"_s).toInt(&pageOk);
    if (!customersOk || settings.customers < 1 || !pageOk || settings.pageSize < 1) {
        std::fprintf(stderr, "--customers and --page-size take whole numbers above 0\n");
        return std::nullopt;
    }
    settings.dataDir = parser.isSet(u"data"_s)
                           ? parser.value(u"data"_s)
                           : QDir::temp().filePath(u"theke-initialsync-%1"_s.arg(settings.customers));
    if (parser.isSet(u"server"_s))
        settings.server = parser.value(u"server"_s);
    settings.window = !parser.isSet(u"no-window"_s);
    return settings;
}

double round2(double value) {
    return std::round(value * 100) / 100;
}

// When each feed finished, from the sync's progress signals on the GUI thread. Feeds are pulled one
// after the other, so a feed's time runs from the previous one's end (the first: from the first progress
// signal, sent after the outbox push and the backlog query). Signals arrive late by at most a GUI stall.
struct FeedTime {
    QString feed;
    qint64 rows = 0;
    qint64 expected = -1;
    double seconds = 0;
};

class FeedClock {
public:
    explicit FeedClock(const QElapsedTimer& clock)
        : m_clock(clock) {}
    void onProgress(const SyncProgress& progress) {
        const qint64 now = m_clock.elapsed();
        if (m_firstMs < 0)
            m_firstMs = m_boundaryMs = now;
        for (const FeedProgress& feed : progress.feeds()) {
            if (!feed.finished || m_done.contains(feed.feed))
                continue;
            m_done.insert(feed.feed);
            m_times.append({feed.feed, feed.rows, feed.expected, double(now - m_boundaryMs) / 1000.0});
            m_boundaryMs = now;
        }
    }
    const QList<FeedTime>& times() const { return m_times; }
    qint64 firstProgressMs() const { return m_firstMs; }

private:
    const QElapsedTimer& m_clock;
    qint64 m_boundaryMs = -1;
    qint64 m_firstMs = -1;
    QSet<QString> m_done;
    QList<FeedTime> m_times;
};

// Types one query after the other into the customer search while the sync runs.
class Typist : public QObject {
public:
    explicit Typist(QLineEdit* field)
        : m_field(field) {
        m_timer.setInterval(kTypingPauseMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_field->clear();
            QTest::keyClicks(m_field, kQueries.at(m_typed++ % kQueries.size()));
        });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int typed() const { return m_typed; }

private:
    QLineEdit* m_field;
    QTimer m_timer;
    int m_typed = 0;
};

struct SyncRun {
    bool ok = false;
    QString error;
    double wallSeconds = 0;
    double setupSeconds = 0; // syncNow to the first progress signal (push, audit upload, backlog)
    double clientCpuSeconds = 0;
    double serverCpuSeconds = 0;
    QList<FeedTime> feeds;
    int searchesTyped = 0;
};

SyncRun runSync(SyncService& service, const TestServer& server, StallMeter& meter, Typist* typist) {
    SyncRun run;
    QElapsedTimer clock;
    FeedClock feedClock(clock);
    QEventLoop loop; // also the connections' context: they end with this run
    QObject::connect(&service, &SyncService::syncProgress, &loop,
                     [&feedClock](const SyncProgress& progress) { feedClock.onProgress(progress); });
    QObject::connect(&service, &SyncService::syncFinished, &loop,
                     [&](bool ok, const QString& code, const QString& message) {
                         run.ok = ok;
                         run.error = code + u": "_s + message;
                         loop.quit();
                     });
    QTimer::singleShot(kSyncTimeoutMs, &loop, [&] {
        run.error = u"no syncFinished within %1 s"_s.arg(kSyncTimeoutMs / 1000);
        loop.quit();
    });

    const double serverCpuBefore = ProcessStats::childCpuSeconds(server.processId());
    const double clientCpuBefore = ProcessStats::cpuSeconds();
    meter.start();
    if (typist)
        typist->start();
    clock.start();
    service.syncNow();
    loop.exec();
    run.wallSeconds = double(clock.elapsed()) / 1000.0;
    run.serverCpuSeconds = ProcessStats::childCpuSeconds(server.processId()) - serverCpuBefore;
    run.clientCpuSeconds = ProcessStats::cpuSeconds() - clientCpuBefore;
    run.setupSeconds = double(feedClock.firstProgressMs()) / 1000.0;
    run.feeds = feedClock.times();
    if (typist) {
        typist->stop();
        run.searchesTyped = typist->typed();
    }
    QTest::qWait(kSettleMs);
    meter.stop();
    return run;
}

// In the order the sync pulled them.
QJsonArray feedsJson(const QList<FeedTime>& feeds) {
    QJsonArray json;
    for (const FeedTime& feed : feeds) {
        json.append(QJsonObject{
            {u"feed"_s, feed.feed},
            {u"rows"_s, feed.rows},
            {u"expected_rows"_s, feed.expected},
            {u"seconds"_s, round2(feed.seconds)},
            {u"rows_per_second"_s, feed.seconds > 0 ? std::round(double(feed.rows) / feed.seconds) : 0}});
    }
    return json;
}

qint64 cachedCustomers(QSqlDatabase db) {
    QSqlQuery count(db);
    if (!count.exec(u"SELECT COUNT(*) FROM customers"_s) || !count.next())
        return -1;
    return count.value(0).toLongLong();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const std::optional<Settings> settings = parseArguments(app);
    if (!settings)
        return 2;

    // The server keeps its data in DATA/server; it generates the customers only into an empty database.
    const QString serverData = QDir(settings->dataDir).filePath(u"server"_s);
    const bool generate = !QFileInfo::exists(serverData);
    if (!QDir().mkpath(settings->dataDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(settings->dataDir));
        return 1;
    }
    const QString code = u"BENCH-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    TestServer::Options options;
    options.program = settings->server;
    options.dataDir = serverData;
    options.demoCustomers = settings->customers;
    options.seed = 42;
    options.enrollCodes << code;
    options.extraArgs << u"--demo-now"_s << u"2026-11-01"_s;
    TestServer server(options);
    QElapsedTimer startTime;
    startTime.start();
    if (!server.start(kServerStartTimeoutMs)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const double serverStartSeconds = double(startTime.elapsed()) / 1000.0;

    QTemporaryDir profileDir;
    const Profile profile(profileDir.path());
    {
        CurlTransport transport;
        const auto enrolled = Enrollment::enroll(profile, transport, server.url(), code, u"Bench"_s);
        if (!enrolled) {
            std::fprintf(stderr, "enrollment failed: %s\n", qPrintable(enrolled.error().code));
            return 1;
        }
    }
    auto db = Database::open(profile.databasePath());
    if (!db) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(db.error().code));
        return 1;
    }
    SyncService service(profile);
    service.setPageLimit(settings->pageSize);
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Typist> typist;
    if (settings->window) {
        window = std::make_unique<MainWindow>(db.value()->sql(), service);
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            std::fprintf(stderr, "the window was not shown\n");
            return 1;
        }
        typist = std::make_unique<Typist>(window->customersPage()->searchField());
    }
    const double rssBeforeMb = ProcessStats::rssMb();

    StallMeter meter(kTickMs);
    app.startRecording();
    const SyncRun run = runSync(service, server, meter, typist.get());
    app.stopRecording();
    if (!run.ok) {
        std::fprintf(stderr, "the sync failed: %s\n", qPrintable(run.error));
        return 1;
    }
    const qint64 customers = cachedCustomers(db.value()->sql());
    if (customers != settings->customers) {
        std::fprintf(stderr, "%s holds %lld customers, not %d: give another --data\n",
                     qPrintable(settings->dataDir), customers, settings->customers);
        return 1;
    }

    // DESIGN §7's search target on what the sync brought, not on made-up rows: the window and its
    // typing are done, so the searches have the connection to themselves.
    const Result<SearchLatency> search = SearchLatency::measure(CustomerRepository(db.value()->sql()), 5);
    if (!search) {
        std::fprintf(stderr, "search on the synced cache failed: %s\n", qPrintable(search.error().code));
        return 1;
    }
    search->printSlowest(5);

    qint64 rows = 0;
    for (const FeedTime& feed : run.feeds)
        rows += feed.rows;
    const double scale = kMillion / double(settings->customers);
    const QJsonObject result{
        {u"bench"_s, u"initial_sync"_s},
        {u"customers"_s, customers},
        {u"page_size"_s, settings->pageSize},
        {u"window"_s, settings->window},
        {u"searches_typed_during_sync"_s, run.searchesTyped},
        {u"server_data_generated_this_run"_s, generate},
        {u"server_start_seconds"_s, round2(serverStartSeconds)},
        {u"feeds"_s, feedsJson(run.feeds)},
        {u"rows"_s, rows},
        {u"wall_seconds"_s, round2(run.wallSeconds)},
        {u"seconds_before_first_feed"_s, round2(run.setupSeconds)},
        {u"rows_per_second"_s, std::round(double(rows) / run.wallSeconds)},
        {u"customers_per_second"_s, std::round(double(customers) / run.wallSeconds)},
        {u"client_cpu_seconds"_s, round2(run.clientCpuSeconds)},
        {u"server_cpu_seconds"_s, round2(run.serverCpuSeconds)},
        {u"client_rss_before_sync_mb"_s, round2(rssBeforeMb)},
        {u"client_peak_rss_mb"_s, round2(ProcessStats::peakRssMb())},
        {u"client_peak_rss_note"_s, settings->window ? u"whole process, includes the GUI (MainWindow)"_s
                                                     : u"whole process, no window"_s},
        {u"gui_stall"_s, QJsonObject{{u"longest_ms"_s, meter.longest()},
                                     {u"p99_gap_ms"_s, meter.percentile(0.99)},
                                     {u"gaps_over_50ms"_s, qint64(meter.gapsOver(50))},
                                     {u"ticks"_s, qint64(meter.ticks())},
                                     {u"tick_ms"_s, kTickMs},
                                     {u"slowest_gui_events"_s, app.slowest()},
                                     {u"measured_until"_s, u"sync finished + %1 ms"_s.arg(kSettleMs)}}},
        {u"search_on_synced_cache"_s, search->toJson()},
        {u"extrapolated_to_1m_customers"_s,
         QJsonObject{{u"note"_s, u"NOT measured: this run's times scaled linearly by 1M / customers"_s},
                     {u"wall_seconds"_s, round2(run.wallSeconds * scale)},
                     {u"client_cpu_seconds"_s, round2(run.clientCpuSeconds * scale)},
                     {u"server_cpu_seconds"_s, round2(run.serverCpuSeconds * scale)}}},
        {u"design_targets"_s, QJsonObject{{u"wall_seconds_1m"_s, 60},
                                          {u"memory_mb"_s, 300},
                                          {u"gui_stall_ms"_s, 50},
                                          {u"search_p95_ms"_s, 10}}},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
