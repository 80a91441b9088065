// The German window at 1366×768, as the counter PC shows it: every caption, button and tab text
// fits its widget (nothing cut off). With THEKE_SCREENSHOT_DIR set, each screen is saved as a PNG
// so a person can look at it too.
#include "GermanLayoutCheck.h"

using namespace Qt::StringLiterals;
using namespace germanlayout;

class TestGermanLayout : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"de"_s), u"de"_s);
        auto db = Database::open(Profile(m_dir.path()).databasePath());
        QVERIFY(db);
        m_db = std::move(db).value();
        seedLongNamedCustomer(*m_db);
    }

    void customerViewFitsAt1366x768() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.customersPage()->searchField()->setText(u"Schönberger"_s);
        window.customersPage()->searchNow();
        QTRY_COMPARE(window.customersPage()->model()->rowCount(), 1);
        QTRY_VERIFY(window.customersPage()->findChild<QTabWidget*>(u"tabs"_s)->isVisible());
        OpenItemsPanel* open = window.customersPage()->detailPane()->openItemsPanel();
        QTRY_VERIFY(!open->isLoading());
        QCOMPARE(open->items().pickups.size() + open->items().returns.size() + open->items().carts.size(), 3);
        QVERIFY2(open->summaryLabel()->text().contains(u"1 Abholung wartet"_s),
                 qPrintable(open->summaryLabel()->text()));
        QTest::qWait(50);
        saveScreenshot(&window, u"kunden-uebersicht"_s);
        const QStringList overview = cutOffTexts(&window);
        QVERIFY2(overview.isEmpty(), qPrintable(overview.join(u" | "_s)));

        auto* tabs = window.customersPage()->findChild<QTabWidget*>(u"tabs"_s);
        tabs->setCurrentWidget(tabs->findChild<QWidget*>(u"notesTab"_s));
        QTest::qWait(20);
        saveScreenshot(&window, u"kunden-notizen"_s);
        const QStringList notes = cutOffTexts(&window);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u" | "_s)));

        tabs->setCurrentWidget(tabs->findChild<QWidget*>(u"historyTab"_s));
        auto* history = window.customersPage()->findChild<CustomerHistoryPanel*>();
        QVERIFY(history);
        QTRY_COMPARE(history->model()->totalEvents(),
                     12 + 1 + 1 + 1 + 3);       // orders, return, pickup, contact, consents
        QTRY_VERIFY(!history->isLoadingRest()); // figures too
        QTest::qWait(50);
        saveScreenshot(&window, u"kunden-verlauf"_s);
        const QStringList timeline = cutOffTexts(&window);
        QVERIFY2(timeline.isEmpty(), qPrintable(timeline.join(u" | "_s)));

        OrderDetailDialog* dialog = history->openOrder(ordersOfLongNamedCustomer()[2].orderNo);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(50);
        saveScreenshot(dialog, u"kunden-verlauf-auftrag"_s);
        const QStringList order = cutOffTexts(dialog);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(u" | "_s)));
        dialog->close();
    }

    void returnsDeskFitsAt1366x768() {
        // A web-shop order delivered five days ago: jacket, scarf and two pairs of socks.
        Order order;
        order.id = u"o-1"_s;
        order.orderNo = u"W-2025-0048213"_s;
        order.channel = u"webshop"_s;
        order.customerId = u"c-1"_s;
        order.placedAt = QDateTime::currentDateTimeUtc().addDays(-8);
        order.deliveredAt = QDateTime::currentDateTimeUtc().addDays(-5);
        order.payment.method = u"paypal"_s;
        order.fulfilment = u"delivery"_s;
        order.state = u"delivered"_s;
        order.version = 1;
        order.updatedAt = order.deliveredAt;
        order.lines = {OrderLine{u"1"_s, u"JKT-4711-M-NAVY"_s, u"Steppjacke „Elbe“ navy, M"_s, 1,
                                 Money::eur(12995), Money::eur(12995), 0},
                       OrderLine{u"2"_s, u"SCF-0815-ONE-GREY"_s, u"Schal „Föhr“ grau"_s, 1, Money::eur(2995),
                                 Money::eur(2995), 0},
                       OrderLine{u"3"_s, u"SOC-2201-43-BLK"_s, u"Socken „Watt“ 2er-Pack schwarz, 43–46"_s, 2,
                                 Money::eur(1295), Money::eur(2590), 1}};
        order.totals = Totals{Money::eur(15695), Money::eur(2985), Money::eur(18580), Money::eur(0)};
        QVERIFY(OrderRepository(m_db->sql()).upsert({order}));

        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::ReturnsArea);
        ReturnsPage* page = window.returnsDesk()->page();
        QVERIFY(page->lookUp(u"W-2025-0048213"_s));
        QVERIFY(page->linesModel()->setQuantity(u"1"_s, 1));
        // The scarf comes back for "another reason": the desk asks which (the dialog is looked at too).
        QVERIFY(page->linesModel()->setQuantity(u"2"_s, 1));
        QStringList dialogProblems;
        auto* answer = new QTimer(page);
        connect(answer, &QTimer::timeout, answer, [answer, &dialogProblems] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer->stop();
            dialog->setTextValue(u"Geschenk, doppelt bekommen"_s);
            saveScreenshot(dialog, u"retouren-sonstiges"_s);
            dialogProblems = cutOffTexts(dialog);
            dialog->accept();
        });
        answer->start(10);
        QVERIFY(page->linesModel()->setData(page->linesModel()->index(1, ReturnLinesModel::ReasonColumn),
                                            int(ReturnReason::Other)));
        QTRY_VERIFY(!answer->isActive());
        QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems.join(u" | "_s)));
        QCOMPARE(page->linesModel()->reasonText(1), u"Geschenk, doppelt bekommen"_s);
        QTest::qWait(50);
        saveScreenshot(&window, u"retouren"_s);
        const QStringList problems = cutOffTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
    }

    void pickupDeskFitsAt1366x768() {
        const QString store = u"hh-moenckebergstrasse"_s;
        QVERIFY(SettingsRepository(m_db->sql()).setValue(SettingKey::kStoreId.toString(), store));
        Order order;
        order.id = u"o-1"_s;
        order.orderNo = u"W-2025-0051177"_s;
        order.channel = u"webshop"_s;
        order.customerId = u"c-1"_s;
        order.placedAt = QDateTime::currentDateTimeUtc().addDays(-4);
        order.lines = {OrderLine{u"1"_s, u"SCF-0815-ONE-GREY"_s,
                                 u"Schal „Föhr“ grau, Wolle-Kaschmir-Mischung"_s, 1, Money::eur(2995),
                                 Money::eur(2995), 0},
                       OrderLine{u"2"_s, u"JKT-4711-M-NAVY"_s, u"Steppjacke „Elbe“ navy, M"_s, 2,
                                 Money::eur(8990), Money::eur(17980), 0}};
        order.payment.method = u"paypal"_s;
        order.totals = {Money::eur(17621), Money::eur(3354), Money::eur(20975), Money::eur(0)};
        order.version = 1;
        QVERIFY(OrderRepository(m_db->sql()).upsert({order}));
        Pickup pickup;
        pickup.id = u"p-1"_s;
        pickup.orderNo = order.orderNo;
        pickup.customerId = u"c-1"_s;
        pickup.storeId = store;
        pickup.state = PickupState::Ready;
        pickup.lines = {{u"1"_s, 1}, {u"2"_s, 2}};
        pickup.shelf = u"B-07"_s;
        pickup.deadline = QDateTime::currentDateTimeUtc().addDays(6);
        pickup.pickupCodeHash = PinHash::create(u"K7M2QX"_s, 10000);
        pickup.authorisedPersons = {{u"Sören Köhler"_s}};
        pickup.version = 1;
        QVERIFY(PickupRepository(m_db->sql()).upsert({pickup}));

        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::PickupArea);
        window.pickupDesk()->page()->refresh();
        QVERIFY(window.pickupDesk()->page()->selectPickup(u"p-1"_s));
        // The customer refuses one of the two jackets: the handover shows what happens to it.
        auto* lines = window.pickupDesk()->page()->findChild<QTableWidget*>(u"linesView"_s);
        qobject_cast<QSpinBox*>(lines->cellWidget(1, lines->columnCount() - 1))->setValue(1);
        QTest::qWait(50);
        saveScreenshot(&window, u"abholung"_s);
        const QStringList problems = cutOffTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
    }

    void syncScreenFitsAt1366x768() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::SyncArea);
        QTest::qWait(50);
        saveScreenshot(&window, u"synchronisierung"_s);
        const QStringList problems = cutOffTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
    }

    // Halfway through a first sync: the feeds before done, customers coming in, the rest waiting.
    void syncScreenDuringTheInitialSyncFitsAt1366x768() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::SyncArea);
        SyncProgress progress(SyncStateRepository::feeds(), true);
        QMap<QString, qint64> expected;
        for (const QString& feed : SyncStateRepository::feeds())
            expected.insert(feed, 250000);
        expected[u"customers"_s] = 1000000;
        progress.setExpected(expected);
        for (const QString& feed : {u"stores"_s, u"staff"_s, u"products"_s, u"stock"_s})
            progress.update(feed, 250000, 41250.0, true);
        progress.update(u"customers"_s, 345678, 23456.0, false);
        Q_EMIT service.syncStarted();
        Q_EMIT service.syncProgress(progress);
        QTest::qWait(50);
        QVERIFY(window.indicators()->initialSyncText().startsWith(u"Erstsynchronisierung "_s));
        QVERIFY(window.syncPage()->messageLabel()->text().startsWith(u"Erstsynchronisierung: "_s));
        saveScreenshot(&window, u"synchronisierung-fortschritt"_s);
        const QStringList problems = cutOffTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
        Q_EMIT service.syncFinished(false, u"sync.cancelled"_s, QString());
        saveScreenshot(&window, u"synchronisierung-abgebrochen"_s);
        QVERIFY(window.syncPage()->messageLabel()->text().contains(u"Fortsetzen"_s) ||
                window.syncPage()->messageLabel()->text().contains(u"Jetzt synchronisieren"_s));
    }
};

QTEST_MAIN(TestGermanLayout)
#include "tst_germanlayout.moc"
