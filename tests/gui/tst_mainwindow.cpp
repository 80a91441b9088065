// The main window as a store associate meets it: title, areas, shortcuts and the status bar.
#include "CustomerDetailPane.h"
#include "CustomerHistoryPanel.h"
#include "CustomerRepository.h"
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "Database.h"
#include "LocalChanges.h"
#include "MainWindow.h"
#include "OrderDetailDialog.h"
#include "OrderRepository.h"
#include "PickupDesk.h"
#include "PickupPage.h"
#include "PickupRepository.h"
#include "PinHash.h"
#include "Profile.h"
#include "ReturnLinesModel.h"
#include "ReturnsDesk.h"
#include "ReturnsPage.h"
#include "SettingsRepository.h"
#include "StatusBarIndicators.h"
#include "SyncPage.h"
#include "SyncService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
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

    void scanWhileFocusIsElsewhereGoesToTheSearch() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLineEdit* search = window.customersPage()->searchField();
        QTest::keyClicks(search, u"alt"_s);

        // The associate is on the sync page with the button focused and scans a loyalty card.
        window.showArea(MainWindow::SyncArea);
        window.syncPage()->syncButton()->setFocus();
        QTRY_VERIFY(window.syncPage()->syncButton()->hasFocus());
        // Like real hardware, every key goes to whatever has the focus at that moment.
        for (const char c : QByteArrayLiteral("2900000000012"))
            QTest::keyClick(QApplication::focusWidget(), c);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QCOMPARE(window.currentArea(), MainWindow::CustomersArea);
        QCOMPARE(search->text(), u"2900000000012"_s); // the old query was replaced, not extended
        QVERIFY(search->hasFocus());
        QCOMPARE(window.customersPage()->model()->query(), u"2900000000012"_s); // Enter searched at once
    }

    void spaceAndShortcutsKeepTheirMeaning() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showArea(MainWindow::SyncArea);
        window.syncPage()->syncButton()->setFocus();
        QSignalSpy clicked(window.syncPage()->syncButton(), &QPushButton::clicked);
        QTest::keyClick(window.syncPage()->syncButton(), Qt::Key_Space);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(window.currentArea(), MainWindow::SyncArea);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::PickupArea);
    }

    void cartAreaWithoutACustomerSaysHowToOpenACart() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(pages);
        QWidget* page = pages->widget(MainWindow::CartArea);
        bool says = false;
        for (QLabel* label : page->findChildren<QLabel*>())
            says = says || (label->isVisibleTo(page) && label->text().contains(u"Find the customer"_s));
        QVERIFY(says);
    }

    void pickupAreaKeepsTypedScansOnItsOwnSearch() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::PickupArea);
        QLineEdit* search = window.pickupDesk()->page()->searchField();
        QCOMPARE(QApplication::focusWidget(), search);
        auto* queue = window.pickupDesk()->page()->findChild<QTableView*>(u"queueView"_s);
        queue->setFocus();
        QTest::keyClick(queue, Qt::Key_W,
                        Qt::ShiftModifier); // a keyboard-wedge scan while the queue has focus
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(QApplication::focusWidget(), u"-2025"_s);
        QCOMPARE(window.currentArea(), MainWindow::PickupArea);
        QCOMPARE(search->text().toUpper(), u"W-2025"_s); // QTest types the letter in lower case
    }

    void pickupNavigationCountsWhatNeedsTheDesk() {
        QVERIFY(
            SettingsRepository(m_db->sql()).setValue(SettingKey::kStoreId.toString(), u"k-schildergasse"_s));
        QList<Pickup> pickups;
        for (int i = 0; i < 4; ++i) {
            Pickup pickup;
            pickup.id = u"p-%1"_s.arg(i);
            pickup.orderNo = u"W-2025-00000%1"_s.arg(i);
            pickup.storeId = u"k-schildergasse"_s;
            pickup.lines = {{u"1"_s, 1}};
            pickup.pickupCodeHash = PinHash::create(u"K7M2QX"_s, 10000);
            pickup.version = 1;
            // two to prepare, one overdue, one ready in time
            pickup.state = i < 2 ? PickupState::AwaitingStock : PickupState::Ready;
            if (i >= 2)
                pickup.deadline = QDateTime::currentDateTimeUtc().addDays(i == 2 ? -1 : 5);
            pickups << pickup;
        }
        QVERIFY(PickupRepository(m_db->sql()).upsert(pickups));
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        QCOMPARE(window.findChild<QListWidget*>()->item(MainWindow::PickupArea)->text(), u"Pickup (3)"_s);
        QVERIFY(PickupRepository(m_db->sql()).remove({u"p-0"_s, u"p-1"_s, u"p-2"_s, u"p-3"_s}));
    }

    void returnsAreaOpensTheReturnsDeskWithTheOrderFieldFocused() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::ReturnsArea);
        auto* field = window.findChild<QLineEdit*>(u"orderField"_s);
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
    }

    void anOrderFromTheCustomerHistoryOpensAtTheReturnsDesk() {
        Order order;
        order.id = u"o-7"_s;
        order.orderNo = u"W-2026-0000777"_s;
        order.channel = u"webshop"_s;
        order.placedAt = QDateTime::currentDateTimeUtc().addDays(-4);
        order.deliveredAt = QDateTime::currentDateTimeUtc().addDays(-2);
        order.lines = {OrderLine{u"1"_s, u"SCF-0815-ONE-GREY"_s, u"Schal „Föhr“ grau"_s, 1, Money::eur(2995),
                                 Money::eur(2995), 0}};
        order.totals.gross = Money::eur(2995);
        order.payment.method = u"card"_s;
        order.fulfilment = u"delivery"_s;
        order.state = u"delivered"_s;
        order.updatedAt = order.deliveredAt;
        order.version = 1;
        QVERIFY(OrderRepository(m_db->sql()).upsert({order}));
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        Q_EMIT window.customersPage()->detailPane()->returnRequested(order.orderNo);
        QCOMPARE(window.currentArea(), MainWindow::ReturnsArea);
        QVERIFY2(window.returnsDesk()->page()->order().orderNo == order.orderNo,
                 qPrintable(window.returnsDesk()->page()->findChild<QLabel*>(u"messageLabel"_s)->text()));
        QCOMPARE(window.returnsDesk()->page()->linesModel()->rowCount(), 1);
    }

    void scannedOrderOpensInTheCustomersHistoryAndAPickupCodeGoesToTheDesk() {
        Customer customer;
        customer.id = u"c-scan"_s;
        customer.customerNo = u"K7000001"_s;
        customer.firstName = u"Erika"_s;
        customer.lastName = u"Scanner"_s;
        customer.version = 1;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({customer}));
        Order order;
        order.id = u"o-8"_s;
        order.orderNo = u"A-2026-0000888"_s;
        order.channel = u"app"_s;
        order.customerId = customer.id;
        order.placedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        order.lines = {OrderLine{u"1"_s, u"SCF-0815-ONE-GREY"_s, u"Schal „Föhr“ grau"_s, 1, Money::eur(2995),
                                 Money::eur(2995), 0}};
        order.totals.gross = Money::eur(2995);
        order.payment.method = u"paypal"_s;
        order.fulfilment = u"delivery"_s;
        order.state = u"paid"_s;
        order.updatedAt = order.placedAt;
        order.version = 1;
        QVERIFY(OrderRepository(m_db->sql()).upsert({order}));

        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.show();
        QLineEdit* search = window.customersPage()->searchField();
        search->setText(u"a-2026-0000888"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.customersPage()->detailPane()->shownCustomerId(), customer.id);
        QVERIFY(window.customersPage()->detailPane()->historyPanel()->orderDialog());
        window.customersPage()->detailPane()->historyPanel()->orderDialog()->close();

        search->setText(u"THEKE-PICKUP:W-2025-0051177:K7M2QX"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.currentArea(), MainWindow::PickupArea);
    }

    void statusBarShowsOfflineNeverSyncedAndNoPendingChanges() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        QVERIFY(window.indicators()->onlineText().contains(u"Offline"_s));
        QVERIFY(window.indicators()->lastSyncText().contains(u"never"_s));
        QVERIFY(window.indicators()->pendingText().endsWith(u'0'));
        QVERIFY(window.indicators()->problemsText().isEmpty()); // nothing to resolve, nothing shown
    }

    void offlineNoteShowsAsPendingAndARefusedChangeAsConflict() {
        Customer c;
        c.id = u"c-1"_s;
        c.customerNo = u"K1000001"_s;
        c.lastName = u"Weiß"_s;
        c.version = 1;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({c}));
        LocalChanges changes(*m_db);
        QVERIFY(changes.addNote(u"c-1"_s, u"Ruft wegen Größe 42 zurück"_s, {}));
        SyncService service{Profile(m_dir.path())};
        {
            MainWindow window(m_db->sql(), service);
            QVERIFY(window.indicators()->pendingText().endsWith(u'1'));
            QVERIFY(window.indicators()->problemsText().isEmpty());
        }
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'conflict' WHERE entity_id = 'c-1'"_s));
        MainWindow window(m_db->sql(), service);
        QVERIFY(window.indicators()->pendingText().endsWith(u'0'));
        QVERIFY(window.indicators()->problemsText().contains(u'1'));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
