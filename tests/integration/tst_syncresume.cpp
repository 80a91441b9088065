// The initial sync against the real theke-server with a few thousand demo customers: cancelled after
// some pages it keeps exactly the pages it applied (cursor on a page boundary, the rows of those pages
// and no others), says so with sync.cancelled, and the next sync goes on from the stored cursors to a
// cache that equals the server's feeds. Its progress counts what the server said was left. A page size
// given to the service is the one the pull uses.
#include "ApiClient.h"
#include "CacheFile.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "ServerFeed.h"
#include "SyncEngine.h"
#include "SyncService.h"
#include "SyncStateRepository.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 5000;               // several pages of customers at the default page size
const int kPageSize = PullOptions().pageLimit; // what the SyncWorker asks for
constexpr int kPagesBeforeCancel = 2;
// Feeds whose cache table has the server's id and version per row.
const QStringList kVersionedFeeds{u"staff"_s, u"customers"_s, u"notes"_s};

} // namespace

class TestSyncResume : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QMap<QString, ServerFeed> m_feeds; // every feed as the server pages it with kPageSize
    int m_nextCode = 0;

    struct Device {
        QTemporaryDir dir;
        QString token;
        Profile profile() const { return Profile(dir.path()); }
    };

    std::unique_ptr<Device> enrolledDevice() {
        auto device = std::make_unique<Device>();
        CurlTransport transport;
        if (!Enrollment::enroll(device->profile(), transport, m_server->url(),
                                u"RESUME-%1"_s.arg(m_nextCode++), u"Kasse 2"_s))
            return {};
        device->token = device->profile().readToken().value();
        return device;
    }

    // Every feed's cursor is the end of a page, and the cache holds exactly the rows of those pages.
    void verifyCacheMatchesCursors(const Device& device) {
        CacheFile cache(device.profile().databasePath());
        QCOMPARE(cache.integrityCheck(), u"ok"_s);
        SyncStateRepository state(cache.sql());
        for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it) {
            const int pages = it->pagesUpTo(cache.cursor(it.key()));
            QVERIFY2(pages >= 0, qPrintable(it.key() + u": cursor is no page boundary"_s));
            QCOMPARE(state.cachedRows(it.key()).value(), qint64(it->rowsAfter(pages).size()));
            if (kVersionedFeeds.contains(it.key()))
                QCOMPARE(cache.versions(it.key()), it->rowsAfter(pages));
        }
    }

    void verifyCacheEqualsServer(const Device& device) {
        CacheFile cache(device.profile().databasePath());
        SyncStateRepository state(cache.sql());
        for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it) {
            QCOMPARE(it->pagesUpTo(cache.cursor(it.key())), it->pageCount());
            QCOMPARE(state.cachedRows(it.key()).value(), qint64(it->rows().size()));
            QVERIFY2(state.lastSync(it.key()).isValid(), qPrintable(it.key()));
            if (kVersionedFeeds.contains(it.key()))
                QCOMPARE(cache.versions(it.key()), it->rows());
        }
    }

    qint64 serverRowsAfterCursors(const Device& device) {
        CacheFile cache(device.profile().databasePath());
        qint64 left = 0;
        for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it)
            left += it->rows().size() - it->rowsAfter(it->pagesUpTo(cache.cursor(it.key()))).size();
        return left;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("THEKE_TOKEN_STORE", "file");
        TestServer::Options options;
        options.demoCustomers = kCustomers;
        options.seed = 5;
        for (int i = 0; i < 10; ++i)
            options.enrollCodes << u"RESUME-%1"_s.arg(i);
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        auto probe = enrolledDevice();
        QVERIFY(probe);
        for (const QString& feed : SyncStateRepository::feeds()) {
            Result<ServerFeed> pages = ServerFeed::fetch(m_server->url(), probe->token, feed, kPageSize);
            QVERIFY2(pages, qPrintable(pages.error().toString()));
            m_feeds.insert(feed, std::move(pages).value());
        }
        QVERIFY(m_feeds[u"customers"_s].pageCount() > kPagesBeforeCancel + 1);
    }

    // The engine checks the flag between pages: set during page 2, the sync ends right after it.
    void engineStopsAfterThePageItWasOn() {
        auto device = enrolledDevice();
        QVERIFY(device);
        auto db = Database::open(device->profile().databasePath());
        QVERIFY(db);
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device->token);
        SyncEngine engine(*db.value(), api);
        std::atomic_bool cancel = false;
        int customerPages = 0;
        const Result<qint64> pulled = engine.pullAll(
            {},
            [&](const PullProgress& p) {
                if (p.feed == u"customers" && ++customerPages == kPagesBeforeCancel)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().code, ErrorCode::kSyncCancelled.toString());
        CacheFile cache(db.value()->path());
        QCOMPARE(m_feeds[u"customers"_s].pagesUpTo(cache.cursor(u"customers"_s)), kPagesBeforeCancel);
        QVERIFY(cache.cursor(u"orders"_s).isEmpty());
        verifyCacheMatchesCursors(*device);
        QVERIFY(engine.isInitialSync());

        // The backlog is what the server still has after the stored cursors.
        const Result<QMap<QString, qint64>> backlog = engine.backlog();
        QVERIFY2(backlog, qPrintable(backlog.error().toString()));
        qint64 left = 0;
        for (const qint64 n : backlog.value())
            left += n;
        QCOMPARE(left, serverRowsAfterCursors(*device));

        cancel = false;
        const Result<qint64> resumed = engine.pullAll();
        QVERIFY2(resumed, qPrintable(resumed.error().toString()));
        QCOMPARE(resumed.value(), left);
        verifyCacheEqualsServer(*device);
        QVERIFY(!engine.isInitialSync());
    }

    // Through the service the app uses: cancel on a progress signal, resume with syncNow().
    void serviceCancelsWithProgressAndResumes() {
        auto device = enrolledDevice();
        QVERIFY(device);
        SyncService service(device->profile());
        QList<SyncProgress> seen;
        bool cancelled = false;
        connect(&service, &SyncService::syncProgress, this, [&](const SyncProgress& progress) {
            seen.append(progress);
            const FeedProgress* customers = progress.feed(u"customers"_s);
            if (!cancelled && customers && customers->rows >= kPagesBeforeCancel * kPageSize) {
                cancelled = true;
                service.cancel();
            }
        });
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.syncNow();
        QVERIFY(finished.wait(120000));
        QVERIFY(cancelled);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), ErrorCode::kSyncCancelled.toString());

        // Before the first page: the server's count of every feed, an initial sync, nothing yet.
        QVERIFY(!seen.isEmpty());
        const SyncProgress& start = seen.first();
        QVERIFY(start.isInitial());
        QCOMPARE(start.rows(), 0);
        for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it)
            QCOMPARE(start.feed(it.key())->expected, qint64(it->rows().size()));
        // Counts only grow, and the percentage stays below 100 while feeds are left.
        for (qsizetype i = 1; i < seen.size(); ++i) {
            QVERIFY(seen.at(i).rows() >= seen.at(i - 1).rows());
            QVERIFY(seen.at(i).percent() >= 0 && seen.at(i).percent() < 100);
            const FeedProgress* current = seen.at(i).feed(seen.at(i).currentFeed());
            QVERIFY(current->rows == 0 || current->rowsPerSecond > 0);
        }
        verifyCacheMatchesCursors(*device);
        const qint64 left = serverRowsAfterCursors(*device);
        QVERIFY2(left > 0, "the sync ran to its end before the cancel took effect");
        QCOMPARE(seen.last().rows(), seen.first().expected() - left);

        seen.clear();
        finished.clear();
        service.syncNow();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(seen.first().isInitial()); // it resumes the initial sync
        QCOMPARE(seen.first().expected(), left);
        QCOMPARE(seen.last().rows(), left);
        QCOMPARE(seen.last().percent(), 100);
        verifyCacheEqualsServer(*device);
    }

    // A page size set on the service (bench_initialsync compares them) is what the pull asks for:
    // one progress signal per page, the customers arriving 700 at a time.
    void serviceUsesThePageSizeItWasGiven() {
        auto device = enrolledDevice();
        QVERIFY(device);
        SyncService service(device->profile());
        service.setPageLimit(700);
        QList<qint64> customerCounts;
        connect(&service, &SyncService::syncProgress, this, [&](const SyncProgress& progress) {
            const FeedProgress* customers = progress.feed(u"customers"_s);
            if (customers && customers->rows > 0 &&
                (customerCounts.isEmpty() || customerCounts.last() != customers->rows))
                customerCounts.append(customers->rows);
        });
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.syncNow();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QList<qint64> expected;
        for (qint64 rows = 700; rows < kCustomers; rows += 700)
            expected << rows;
        expected << kCustomers;
        QCOMPARE(customerCounts, expected);
    }
};

QTEST_GUILESS_MAIN(TestSyncResume)
#include "tst_syncresume.moc"
