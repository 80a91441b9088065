// The main window as a store associate meets it: title, areas, shortcuts and the status bar.
#include "CustomersPage.h"
#include "Database.h"
#include "MainWindow.h"
#include "Profile.h"
#include "SettingsRepository.h"
#include "StatusBarIndicators.h"
#include "SyncService.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        auto db = Database::open(Profile(m_dir.path()).databasePath());
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(
            SettingsRepository(m_db->sql()).setValue(SettingKey::kStoreName.toString(), u"Filiale Köln"_s));
    }

    void titleNamesTheStore() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        QVERIFY(window.windowTitle().contains(u"Filiale Köln"_s));
    }

    void searchFieldHasFocusAtStartAndShortcutsReturnToIt() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(window.customersPage()->searchField()->hasFocus());

        window.showArea(MainWindow::SyncArea);
        QCOMPARE(window.currentArea(), MainWindow::SyncArea);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::CustomersArea);
        QTRY_VERIFY(window.customersPage()->searchField()->hasFocus());

        window.showArea(MainWindow::ReturnsArea);
        QTest::keyClick(&window, Qt::Key_F2);
        QCOMPARE(window.currentArea(), MainWindow::CustomersArea);
    }

    void areasNotBuiltYetSaySo() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(pages);
        for (auto area : {MainWindow::CartArea, MainWindow::PickupArea, MainWindow::ReturnsArea}) {
            QWidget* page = pages->widget(area);
            bool says = false;
            for (QLabel* label : page->findChildren<QLabel*>())
                says = says || label->text().contains(u"not available"_s);
            QVERIFY2(says, qPrintable(window.findChild<QListWidget*>()->item(area)->text()));
        }
    }

    void statusBarShowsOfflineNeverSyncedAndNoPendingChanges() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        QVERIFY(window.indicators()->onlineText().contains(u"Offline"_s));
        QVERIFY(window.indicators()->lastSyncText().contains(u"never"_s));
        QVERIFY(window.indicators()->pendingText().endsWith(u'0'));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
