#include "ServerApp.h"

#include "ApiRoutes.h"
#include "AuditRoutes.h"
#include "AuthService.h"
#include "CommandRoutes.h"
#include "CommandRunner.h"
#include "CustomerService.h"
#include "DemoActivityGenerator.h"
#include "DemoCatalogGenerator.h"
#include "DemoDataGenerator.h"
#include "DemoStaffGenerator.h"
#include "FaultInjector.h"
#include "FeedRegistry.h"
#include "LookupRoutes.h"
#include "OffsetClock.h"
#include "RouteTable.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "StoreDirectory.h"
#include "SyncFeedHandler.h"
#include "TestAdminRoutes.h"
#include "TillCartRoute.h"

#include <QDir>
#include <QSqlQuery>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// An open keep-alive connection holds a worker until it has been idle for kKeepAliveSeconds, so this
// is also how many devices (plus online searches and theke-ctl) can be connected at once: with 16, a
// 17th device waited up to 17 s (bench_serverload). Workers are idle threads with one SQLite connection.
constexpr size_t kWorkerThreads = 64;
constexpr size_t kMaxBodyBytes = 1024 * 1024;
constexpr time_t kKeepAliveSeconds = 5;
constexpr size_t kKeepAliveMaxRequests = 10000; // a full sync is one connection, many pages

sigset_t stopSignals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

int fail(const Error& error) {
    qCCritical(lcServer).noquote() << "cannot start:" << error.toString();
    return 1;
}

// Migrations, stores, demo customers and staff, enrollment codes, all on the main thread before serving.
Status prepareDatabase(ServerDatabase& database, AuthService& auth, const ServerOptions& options) {
    if (Status ready = database.initialize(); !ready)
        return ready;
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    StoreDirectory stores(db.value());
    const Result<int> createdStores = stores.ensureDefaultStores();
    if (!createdStores)
        return createdStores.error();
    if (createdStores.value() > 0)
        qCInfo(lcServer) << "created" << createdStores.value() << "stores";
    const Result<int> policies = stores.applyReturnPolicies(options.returnPolicies);
    if (!policies)
        return policies.error();
    if (policies.value() > 0)
        qCInfo(lcServer) << "new return policy for" << policies.value() << "stores";

    if (database.engine() == DatabaseUrl::Engine::Sqlite) {
        // A big page cache while millions of demo rows go in: the secondary indexes then stay in memory.
        QSqlQuery pragma(db.value());
        pragma.exec(u"PRAGMA cache_size = -262144"_s);
    }
    const Result<int> generated =
        DemoDataGenerator(database).generateCustomers(options.demoCustomers, options.seed);
    if (!generated)
        return generated.error();
    // After the customers, so their change sequence numbers stay what they were before staff existed.
    if (const Result<int> staff = DemoStaffGenerator(database).generate(options.seed); !staff)
        return staff.error();
    // The assortment and the customers' history, each with a random stream of its own.
    const qint64 demoNowMs =
        options.demoNowMs >= 0
            ? options.demoNowMs
            : QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    DemoCatalogGenerator catalog(options.seed, demoNowMs, options.demoProducts);
    if (const Result<int> products = catalog.insert(db.value()); !products)
        return products.error();
    // Only when demo customers were asked for: customers that came from elsewhere get no made-up history.
    if (options.demoCustomers > 0) {
        if (const auto activity =
                DemoActivityGenerator(database).generate(options.seed, demoNowMs, catalog.products());
            !activity)
            return activity.error();
    }

    if (!options.enrollCodes.isEmpty()) {
        const auto store = options.enrollStore.isEmpty() ? stores.first() : stores.find(options.enrollStore);
        if (!store)
            return store.error();
        if (!store.value())
            return makeError(u"usage", u"--enroll-store names no known store"_s);
        for (const QString& code : options.enrollCodes) {
            if (Status registered = auth.registerEnrollmentCode(code, store.value()->id); !registered)
                return registered;
        }
        qCInfo(lcServer) << "registered" << options.enrollCodes.size() << "enrollment codes for store"
                         << store.value()->id;
    }
    return {};
}

// Only a test-mode server pays for the hooks; the faults start from --fault and change via /v1/test/faults.
void installFaultInjection(httplib::Server& server, FaultInjector& faults, const ServerOptions& options) {
    std::vector<FaultSpec> specs;
    for (const QString& text : options.faults)
        specs.push_back(FaultSpec::parse(text).value()); // checked by ServerOptions::parse
    faults.replace(std::move(specs), options.faultSeed);
    server.set_pre_routing_handler([&faults](const httplib::Request& request, httplib::Response& response) {
        const bool answered =
            faults.beforeHandling(request, response, CommandRoutes::isCommand(request.method, request.path));
        return answered ? httplib::Server::HandlerResponse::Handled
                        : httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_post_routing_handler([&faults](const httplib::Request& request, httplib::Response& response) {
        faults.afterHandling(request, response);
    });
}

} // namespace

ServerApp::ServerApp(ServerOptions options)
    : m_options(std::move(options)) {}

void ServerApp::blockStopSignals() {
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    // A client that hangs up mid-answer must cost one failed write, not the process.
    std::signal(SIGPIPE, SIG_IGN);
}

int ServerApp::run() {
    // Only a test-mode server lets /v1/test/clock move its time; the others use the real clock as is.
    OffsetClock testClock(Clock::system());
    const Clock& clock = m_options.testMode ? static_cast<const Clock&>(testClock) : Clock::system();
    ServerDatabase database(m_options.database);
    qCInfo(lcServer) << "database" << m_options.database.displayText();
    AuthService auth(database, clock);
    const Status prepared = prepareDatabase(database, auth, m_options);
    // The main thread only waits from here on; its connection would just hold the file open.
    database.releaseThreadConnection();
    if (!prepared)
        return fail(prepared.error());

    const FeedRegistry feeds = FeedRegistry::withStandardFeeds();
    SyncFeedHandler feedHandler(database, feeds);
    CustomerService customers(database, clock);

    httplib::Server server;
    server.new_task_queue = [] {
        return new httplib::ThreadPool(kWorkerThreads);
    };
    server.set_payload_max_length(kMaxBodyBytes);
    // httplib writes headers and body separately; without this, Nagle delays every reused-connection answer.
    server.set_tcp_nodelay(true);
    server.set_keep_alive_timeout(kKeepAliveSeconds);
    server.set_keep_alive_max_count(kKeepAliveMaxRequests);
    server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        // The path holds at most ids; the query string (cursors) and bodies are left out.
        qCDebug(lcServer) << request.method.c_str() << request.path.c_str() << response.status;
    });

    FaultInjector faults;
    CommandRunner commandRunner(database, auth, faults, clock);

    RouteTable routes(server);
    ApiRoutes api(auth, feedHandler, clock);
    api.install(routes);
    LookupRoutes lookups(auth, database);
    lookups.install(routes);
    TillCartRoute tillCarts(auth, database, clock);
    tillCarts.install(routes);
    CommandRoutes commands(commandRunner);
    commands.install(routes);
    AuditRoutes audit(auth, database, clock);
    audit.install(routes);
    TestAdminRoutes testAdmin(customers, database, commandRunner, faults, auth, testClock);
    if (m_options.testMode) {
        testAdmin.install(routes);
        audit.installTestRoutes(routes);
        installFaultInjection(server, faults, m_options);
        qCWarning(lcServer) << "test mode: /v1/test/* endpoints and fault injection are enabled";
    }
    ApiRoutes::installErrorHandling(server, routes);

    const std::string host = m_options.listenHost.toStdString();
    int port = m_options.listenPort;
    if (port == 0)
        port = server.bind_to_any_port(host);
    else if (!server.bind_to_port(host, port))
        port = -1;
    if (port <= 0)
        return fail(makeError(
            u"listen", u"cannot listen on %1:%2"_s.arg(m_options.listenHost).arg(m_options.listenPort)));

    std::printf("listening on http://%s:%d\n", host.c_str(), port);
    std::fflush(stdout);
    qCInfo(lcServer) << "serving on port" << port << "schema" << database.schemaVersion();

    // SIGINT/SIGTERM are blocked everywhere; this thread takes them and stops the server from normal
    // code rather than from a signal handler.
    std::atomic<bool> listenReturned{false};
    std::thread signalThread([&server, &listenReturned] {
        const sigset_t set = stopSignals();
        int signal = 0;
        sigwait(&set, &signal);
        if (listenReturned)
            return;
        qCInfo(lcServer) << "stopping on signal" << signal;
        // stop() only works once listen_after_bind() has started; wait for that if the signal came early.
        while (!server.is_running() && !listenReturned)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if (!listenReturned)
            server.stop();
    });

    const bool listened = server.listen_after_bind();
    listenReturned = true;
    pthread_kill(signalThread.native_handle(), SIGTERM); // wakes sigwait if no signal came
    signalThread.join();
    if (!listened)
        return fail(makeError(u"listen", u"the server stopped with an error"_s));
    qCInfo(lcServer) << "stopped";
    return 0;
}
