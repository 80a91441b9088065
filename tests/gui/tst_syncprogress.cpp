// The Synchronisierung screen during a first sync from the real theke-server (pages slowed down by the
// server's latency fault, so a person could watch): per feed the rows received and their rate, an
// overall percentage, "Initial sync N %" in the status bar; "Cancel" stops it with everything received
// kept, and the button that then says "Continue sync" finishes it.
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "FeedProgressTable.h"
#include "MainWindow.h"
#include "Profile.h"
#include "StatusBarIndicators.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "SyncStateRepository.h"
#include "TestServer.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncProgressScreen : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 2000;
        options.seed = 21;
        options.enrollCodes << u"PROGRESS-1"_s;
        options.extraArgs << u"--test-mode"_s;
        options.faults << u"latency:ms=60,path=/v1/sync/*"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void progressShowsCountsAndRateAndCancelStopsIt() {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        CurlTransport transport;
        QVERIFY(Enrollment::enroll(profile, transport, m_server->url(), u"PROGRESS-1"_s, u"Kasse"_s));
        auto db = Database::open(profile.databasePath());
        QVERIFY(db);
        SyncService service(profile);
        MainWindow window(db.value()->sql(), service);
        window.resize(1366, 768);
        window.showArea(MainWindow::SyncArea);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncPage* page = window.syncPage();
        QCOMPARE(page->syncButton()->text(), u"Sync now"_s);

        QSignalSpy progress(&service, &SyncService::syncProgress);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        QTest::mouseClick(page->syncButton(), Qt::LeftButton);
        // Wait until the customers are coming in.
        QLabel* customers = page->feedTable()->progressLabel(u"customers"_s);
        QTRY_VERIFY_WITH_TIMEOUT(customers->text().contains(u"per second"_s), 60000);
        QVERIFY(finished.isEmpty());

        static const QRegularExpression kCountAndRate(u"^\\S+ of about \\S+ · \\S+ per second$"_s);
        QVERIFY2(kCountAndRate.match(customers->text()).hasMatch(), qPrintable(customers->text()));
        QVERIFY(page->feedTable()->progressBar(u"customers"_s)->isVisible());
        QVERIFY(page->progressBar()->isVisible());
        QCOMPARE(page->progressBar()->minimum(), 0);
        QCOMPARE(page->progressBar()->maximum(), 100);
        QVERIFY(page->progressBar()->value() < 100);
        QVERIFY2(page->messageLabel()->text().startsWith(u"Initial sync: "_s),
                 qPrintable(page->messageLabel()->text()));
        static const QRegularExpression kStatus(u"^Initial sync \\d+ % …$"_s);
        const QString status = window.indicators()->initialSyncText();
        QVERIFY2(kStatus.match(status).hasMatch(), qPrintable(status));
        QVERIFY(page->feedTable()->progressLabel(u"stores"_s)->text().endsWith(u" received"_s));
        QCOMPARE(page->feedTable()->progressLabel(u"notes"_s)->text(), u"waiting"_s);

        QVERIFY(page->cancelButton()->isVisible());
        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QVERIFY(!page->cancelButton()->isEnabled());
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QCOMPARE(finished.first().at(1).toString(), u"sync.cancelled"_s);
        QVERIFY2(page->messageLabel()->text().startsWith(u"Synchronisation stopped after "_s),
                 qPrintable(page->messageLabel()->text()));
        QCOMPARE(page->syncButton()->text(), u"Continue sync"_s);
        QVERIFY(page->syncButton()->isEnabled());
        QVERIFY(!page->cancelButton()->isVisible());
        QVERIFY(!page->progressBar()->isVisible());
        QVERIFY(window.indicators()->initialSyncText().isEmpty());
        QVERIFY(!SyncStateRepository(db.value()->sql()).lastSync(u"notes"_s).isValid());
        QVERIFY(page->feedTable()->progressLabel(u"notes"_s)->text().isEmpty()); // it never started
        QVERIFY(!page->feedTable()->progressBar(u"customers"_s)->isVisible());

        finished.clear();
        QTest::mouseClick(page->syncButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(page->syncButton()->text(), u"Sync now"_s);
        QCOMPARE(page->messageLabel()->text(), u"Synchronisation complete."_s);
        QCOMPARE(SyncStateRepository(db.value()->sql()).cachedRows(u"customers"_s).value(), qint64(2000));
        QVERIFY(window.indicators()->initialSyncText().isEmpty());
    }
};

QTEST_MAIN(TestSyncProgressScreen)
#include "tst_syncprogress.moc"
