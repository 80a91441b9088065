// A new counter PC as a store associate sets it up: enrollment dialog against the real server,
// then the first sync from the main window, without the window ever waiting on the network.
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "Database.h"
#include "EnrollDialog.h"
#include "MainWindow.h"
#include "Profile.h"
#include "StatusBarIndicators.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "TestServer.h"

#include "SyncStateRepository.h"
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFirstRun : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

    static QPushButton* buttonWithRole(EnrollDialog& dialog, QDialogButtonBox::ButtonRole role) {
        auto* buttons = dialog.findChild<QDialogButtonBox*>(u"buttons"_s);
        for (QAbstractButton* b : buttons->buttons()) {
            if (buttons->buttonRole(b) == role)
                return qobject_cast<QPushButton*>(b);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 800;
        options.enrollCodes = {u"KASSE-7"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void wrongCodeIsExplainedThenRightCodeEnrollsAndFirstSyncFillsTheSearch() {
        QTemporaryDir dir;
        const Profile profile(dir.path());
        SyncService service(profile);

        EnrollDialog dialog(service);
        dialog.show();
        auto* server = dialog.findChild<QLineEdit*>(u"serverEdit"_s);
        auto* code = dialog.findChild<QLineEdit*>(u"codeEdit"_s);
        auto* message = dialog.findChild<QLabel*>(u"messageLabel"_s);
        QPushButton* setUp = buttonWithRole(dialog, QDialogButtonBox::AcceptRole);
        QVERIFY(server && code && message && setUp);
        QVERIFY(!setUp->isEnabled()); // nothing typed yet

        QTest::keyClicks(server, m_server->url().toString());
        QTest::keyClicks(code, u"FALSCH"_s);
        QVERIFY(setUp->isEnabled());
        setUp->click();
        QVERIFY(!code->isEnabled()); // busy while the sync thread asks the server
        QTRY_VERIFY(code->isEnabled());
        QVERIFY2(message->text().contains(u"enrollment code"_s), qPrintable(message->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!profile.hasToken());

        code->clear();
        QTest::keyClicks(code, u"KASSE-7"_s);
        setUp->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.storeName().isEmpty());
        QVERIFY(profile.hasToken());

        auto db = Database::open(profile.databasePath());
        QVERIFY(db);
        MainWindow window(db.value()->sql(), service);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.windowTitle().contains(dialog.storeName()));

        QSignalSpy finished(&service, &SyncService::syncFinished);
        QSignalSpy progress(&service, &SyncService::syncProgress);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(!progress.isEmpty());
        // Progress counts every row of every feed; the customers are all there.
        SyncStateRepository state(db.value()->sql());
        qint64 cached = 0;
        for (const QString& feed : SyncStateRepository::feeds())
            cached += state.cachedRows(feed).value();
        QCOMPARE(progress.last().at(0).value<SyncProgress>().rows(), cached);
        QCOMPARE(state.cachedRows(u"customers"_s).value(), qint64(800));
        QVERIFY(!window.indicators()->lastSyncText().contains(u"never"_s));

        QTest::keyClicks(window.customersPage()->searchField(), u"K"_s);
        QTRY_COMPARE(window.customersPage()->model()->rowCount(), int(CustomerSearchModel::kMaxRows));
        QVERIFY(window.customersPage()->model()->truncated());
    }

    void unreachableServerIsExplainedInTheDialog() {
        QTemporaryDir dir;
        SyncService service{Profile(dir.path())};
        EnrollDialog dialog(service);
        dialog.show();
        auto* server = dialog.findChild<QLineEdit*>(u"serverEdit"_s);
        auto* code = dialog.findChild<QLineEdit*>(u"codeEdit"_s);
        auto* message = dialog.findChild<QLabel*>(u"messageLabel"_s);
        QTest::keyClicks(server, u"http://127.0.0.1:1"_s);
        QTest::keyClicks(code, u"X"_s);
        buttonWithRole(dialog, QDialogButtonBox::AcceptRole)->click();
        QTRY_VERIFY(message->text().contains(u"cannot be reached"_s));
        QVERIFY(dialog.isVisible());

        server->clear();
        QTest::keyClicks(server, u"http://192.0.2.10"_s); // plain http off this computer
        buttonWithRole(dialog, QDialogButtonBox::AcceptRole)->click();
        QTRY_VERIFY(message->text().contains(u"https"_s));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
