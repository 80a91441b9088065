// The window stays responsive while a full sync of a few thousand customers runs: a 5 ms timer on the
// GUI thread measures the longest gap between its ticks while the associate keeps searching, from
// "sync now" until the window has taken in the result. DESIGN §7 aims at 50 ms; the bound here is
// looser because shared CI machines pause processes on their own. The measured value is printed.
#include "CurlTransport.h"
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "Database.h"
#include "Enrollment.h"
#include "MainWindow.h"
#include "Profile.h"
#include "StallMeter.h"
#include "StatusBarIndicators.h"
#include "SyncService.h"
#include "TestServer.h"
#include "ThreadNiceValues.h"
#include "ThreadPriority.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 5000;
constexpr int kTickMs = 5;
constexpr qint64 kStallBoundMs = 250; // DESIGN's target is 50 ms; CI machines are loaded
constexpr int kTypingPauseMs = 120;   // a query every so often, each one through the debounce
const QStringList kQueries{u"Sch"_s, u"K10"_s, u"Wagner"_s, u"+4940"_s, u"be"_s, u"Ma"_s}; // keyClicks: ASCII

} // namespace

class TestSyncStall : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = kCustomers;
        options.seed = 13;
        options.enrollCodes << u"STALL-1"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void windowStaysResponsiveDuringAFullSync() {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        CurlTransport transport;
        QVERIFY(Enrollment::enroll(profile, transport, m_server->url(), u"STALL-1"_s, u"Kasse"_s));
        auto db = Database::open(profile.databasePath());
        QVERIFY(db);
        SyncService service(profile);
        MainWindow window(db.value()->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLineEdit* search = window.customersPage()->searchField();
        const QString lastSyncBefore = window.indicators()->lastSyncText();

        QSignalSpy progress(&service, &SyncService::syncProgress);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        StallMeter meter(kTickMs);
        QElapsedTimer syncTime;
        meter.start();
        syncTime.start();
        service.syncNow();
        // Keep searching while the sync writes: every query reads the cache on the GUI thread. Meanwhile
        // the sync's threads (worker, fetching, decoding) run below the GUI thread's priority.
        QList<int> mostSyncThreads;
        for (int i = 0; finished.isEmpty() && syncTime.elapsed() < 120000; ++i) {
            search->clear();
            QTest::keyClicks(search, kQueries.at(i % kQueries.size()));
            finished.wait(kTypingPauseMs);
            if (const QList<int> nice = threadNiceValues(u"theke-sync"_s);
                nice.size() > mostSyncThreads.size())
                mostSyncThreads = nice;
        }
        const qint64 syncMs = syncTime.elapsed();
        QTest::qWait(300); // the window refreshes its search and status after the sync
        meter.stop();

        QCOMPARE(finished.size(), 1);
#ifdef Q_OS_LINUX
        QVERIFY2(mostSyncThreads.size() >= 2, "the pull runs beside the worker thread");
        const int guiNice = ThreadPriority::currentThreadNice();
        for (const int nice : std::as_const(mostSyncThreads))
            QCOMPARE(nice, ThreadPriority::backgroundNiceFor(guiNice));
        if (guiNice < ThreadPriority::kLowestNice)
            QVERIFY(ThreadPriority::backgroundNiceFor(guiNice) > guiNice);
#endif
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(!progress.isEmpty());
        QSqlQuery count(db.value()->sql());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM customers"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), kCustomers);
        QVERIFY(window.indicators()->lastSyncText() != lastSyncBefore);
        search->clear();
        QTest::keyClicks(search, u"Sch"_s);
        QTRY_VERIFY(window.customersPage()->model()->rowCount() > 0);

        qInfo("GUI thread: longest stall %lld ms (p99 %lld ms, %lld ticks of %d ms) during a %lld ms sync "
              "of %d customers; bound %lld ms, DESIGN target 50 ms",
              meter.longest(), meter.percentile(0.99), qint64(meter.ticks()), kTickMs, syncMs, kCustomers,
              kStallBoundMs);
        // The meter must have run through the sync, not just before or after it.
        QVERIFY(meter.ticks() > syncMs / (kTickMs * 4));
        QVERIFY2(meter.longest() < kStallBoundMs,
                 qPrintable(u"the GUI thread stalled for %1 ms"_s.arg(meter.longest())));
    }
};

QTEST_MAIN(TestSyncStall)
#include "tst_syncstall.moc"
