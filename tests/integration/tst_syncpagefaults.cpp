// A bad feed page in the middle of a sync, from the real theke-server's fault injection: half a JSON
// page, a body that trickles, a body far beyond the size limit. The SyncEngine stops with an error
// that says why, the cursor and the cached rows stay those of the pages before, and the next sync
// after the fault is gone resumes from there to the same cache as an undisturbed one.
// (Transport-level behaviour is in tst_curltransport, the faults themselves in tst_serverfaults.)
#include "ApiClient.h"
#include "CacheFile.h"
#include "CtlRunner.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "ErrorMessages.h"
#include "ServerFeed.h"
#include "SyncEngine.h"
#include "TestServer.h"

#include "SyncStateRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kCustomers = 1200;
constexpr int kPageSize = 100;
constexpr int kPagesBefore = 2; // pages of each feed in the cache before the fault

} // namespace

class TestSyncPageFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    ServerFeed m_customers; // the server's customers feed in pages of kPageSize
    int m_nextCode = 0;

    struct Device {
        QTemporaryDir dir;
        std::unique_ptr<Database> db;
        QString token;
    };

    std::unique_ptr<Device> enrolledDevice() {
        auto device = std::make_unique<Device>();
        CurlTransport transport;
        const Profile profile(device->dir.path());
        if (!Enrollment::enroll(profile, transport, m_server->url(), u"PAGE-%1"_s.arg(m_nextCode++),
                                u"Kasse"_s))
            return {};
        auto db = Database::open(profile.databasePath());
        if (!db)
            return {};
        device->db = std::move(db).value();
        device->token = profile.readToken().value();
        return device;
    }

    Result<qint64> pullAll(Device& device, TransportLimits limits = {}, int maxPages = -1) {
        CurlTransport transport(limits);
        ApiClient api(transport, m_server->url(), device.token);
        SyncEngine engine(*device.db, api);
        PullOptions options;
        options.pageLimit = kPageSize;
        options.maxPages = maxPages;
        return engine.pullAll(options);
    }

    void setFaults(const QStringList& faults) {
        CurlTransport transport;
        HttpRequest request;
        request.url = QUrl(m_server->url().toString() + u"/v1/test/faults"_s);
        request.method = faults.isEmpty() ? QByteArrayLiteral("DELETE") : QByteArrayLiteral("POST");
        request.body = QJsonDocument(QJsonObject{{u"faults"_s, QJsonArray::fromStringList(faults)}}).toJson();
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const Result<HttpResponse> response = transport.send(request);
        QVERIFY2(response && response->status / 100 == 2,
                 response ? response->body.constData() : "no answer");
    }

    // The customers in the cache are exactly the first `pages` pages and the cursor says so.
    void verifyCustomersArePages(Database& db, int pages) {
        CacheFile cache(db.path());
        QCOMPARE(cache.integrityCheck(), u"ok"_s);
        QCOMPARE(m_customers.pagesUpTo(cache.cursor(u"customers"_s)), pages);
        QCOMPARE(cache.versions(u"customers"_s), m_customers.rowsAfter(pages));
    }

    static qint64 cachedRows(Database& db) {
        SyncStateRepository state(db.sql());
        qint64 rows = 0;
        for (const QString& feed : SyncStateRepository::feeds())
            rows += state.cachedRows(feed).value();
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("THEKE_TOKEN_STORE", "file"); // the theke-ctl run reads the token this test wrote
        TestServer::Options options;
        options.demoCustomers = kCustomers;
        options.seed = 9;
        for (int i = 0; i < 10; ++i)
            options.enrollCodes << u"PAGE-%1"_s.arg(i);
        options.extraArgs << u"--test-mode"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        auto probe = enrolledDevice();
        QVERIFY(probe);
        Result<ServerFeed> customers =
            ServerFeed::fetch(m_server->url(), probe->token, u"customers"_s, kPageSize);
        QVERIFY2(customers, qPrintable(customers.error().toString()));
        m_customers = std::move(customers).value();
        QVERIFY(m_customers.pageCount() > kPagesBefore + 1);
    }

    void cleanup() { setFaults({}); }

    void badPageStopsTheSyncAndKeepsTheCursor_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("why");       // in the error's detail
        QTest::addColumn<QString>("message");   // what the associate reads
        QTest::addColumn<int>("lowSpeedTimeS"); // 0: the client's default limits
        QTest::newRow("half a JSON page")
            << u"malformed:path=/v1/sync/customers"_s << ErrorCode::kApiBadResponse.toString()
            << u"not JSON"_s << u"The server sent an answer Theke cannot read. Nothing was changed."_s << 0;
        // The default low-speed window is 15 s; one second shows the same rule without the wait.
        QTest::newRow("body trickling at 100 B/s")
            << u"slow_body:bytes_per_second=100,path=/v1/sync/customers"_s
            << ErrorCode::kNetTimeout.toString() << u"too slow"_s
            << u"The server did not answer in time. Please try again later."_s << 1;
        QTest::newRow("70 MB body") << u"oversize:bytes=70000000,path=/v1/sync/customers"_s
                                    << ErrorCode::kNetTooLarge.toString() << u"larger than the allowed"_s
                                    << u"The server sent more data than allowed. The answer was rejected."_s
                                    << 0;
    }

    void badPageStopsTheSyncAndKeepsTheCursor() {
        QFETCH(QString, fault);
        QFETCH(QString, code);
        QFETCH(QString, why);
        QFETCH(QString, message);
        QFETCH(int, lowSpeedTimeS);
        auto device = enrolledDevice();
        QVERIFY(device);
        QVERIFY(pullAll(*device, {}, kPagesBefore));
        verifyCustomersArePages(*device->db, kPagesBefore);
        const QString staffCursor = CacheFile(device->db->path()).cursor(u"staff"_s);

        setFaults({fault});
        TransportLimits limits;
        if (lowSpeedTimeS > 0)
            limits.lowSpeedTime = std::chrono::seconds(lowSpeedTimeS);
        QElapsedTimer timer;
        timer.start();
        const Result<qint64> pulled = pullAll(*device, limits);
        QVERIFY2(!pulled, "the bad page was taken");
        QCOMPARE(pulled.error().code, code);
        QVERIFY2(pulled.error().detail.contains(why), qPrintable(pulled.error().detail));
        QCOMPARE(ErrorMessages::describe(pulled.error()), message);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(u"gave up after %1 ms"_s.arg(timer.elapsed())));
        // The staff feed before it went through in the same run; the customers stand where they stood.
        QCOMPARE(CacheFile(device->db->path()).cursor(u"staff"_s), staffCursor);
        verifyCustomersArePages(*device->db, kPagesBefore);

        setFaults({});
        const qint64 before = cachedRows(*device->db);
        const Result<qint64> resumed = pullAll(*device);
        QVERIFY2(resumed, qPrintable(resumed.error().toString()));
        // The rest of the customers and every feed after them, each row once.
        QCOMPARE(resumed.value(), cachedRows(*device->db) - before);
        QCOMPARE(SyncStateRepository(device->db->sql()).cachedRows(u"customers"_s).value(),
                 qint64(kCustomers));
        verifyCustomersArePages(*device->db, m_customers.pageCount());
    }

    void ctlSyncSaysWhyAndKeepsTheCursor() {
        auto device = enrolledDevice();
        QVERIFY(device);
        QVERIFY(pullAll(*device, {}, kPagesBefore));
        setFaults({u"malformed:path=/v1/sync/customers"_s});

        const CtlRun run =
            runCtl(device->dir.path(), {u"sync"_s, u"--page-size"_s, QString::number(kPageSize)});
        QCOMPARE(run.exitCode, 1);
        const QString said = QString::fromUtf8(run.err);
        QVERIFY2(said.contains(u"The server sent an answer Theke cannot read. Nothing was changed."_s),
                 qPrintable(said));
        QVERIFY2(said.contains(u"[api.bad_response]"_s), qPrintable(said));
        verifyCustomersArePages(*device->db, kPagesBefore);

        setFaults({});
        QCOMPARE(runCtl(device->dir.path(), {u"sync"_s}).exitCode, 0);
        verifyCustomersArePages(*device->db, m_customers.pageCount());
    }
};

QTEST_GUILESS_MAIN(TestSyncPageFaults)
#include "tst_syncpagefaults.moc"
