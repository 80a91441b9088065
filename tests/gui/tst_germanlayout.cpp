// The German window at 1366×768, as the counter PC shows it: every caption, button and tab text
// fits its widget (nothing cut off). With THEKE_SCREENSHOT_DIR set, each screen is saved as a PNG
// so a person can look at it too.
#include "CartDesk.h"
#include "CartFeedApplier.h"
#include "CartJson.h"
#include "CartMergeDialog.h"
#include "CartOrderDialog.h"
#include "CartRepository.h"
#include "CustomerDetailPane.h"
#include "CustomerHistoryPanel.h"
#include "CustomerRepository.h"
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "Database.h"
#include "MainWindow.h"
#include "OpenItemsPanel.h"
#include "OrderDetailDialog.h"
#include "OrderRepository.h"
#include "OutboxRepository.h"
#include "PickupDesk.h"
#include "PickupPage.h"
#include "PickupRepository.h"
#include "PinHash.h"
#include "ProductDialog.h"
#include "ProductRepository.h"
#include "Profile.h"
#include "ReturnLinesModel.h"
#include "ReturnRepository.h"
#include "ReturnsDesk.h"
#include "ReturnsPage.h"
#include "ServiceContactRepository.h"
#include "SettingsRepository.h"
#include "StatusBarIndicators.h"
#include "StockRepository.h"
#include "StoreRepository.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "SyncStateRepository.h"
#include "TillCodeDialog.h"
#include "TimelineModel.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

Customer longNamedCustomer() {
    Customer c;
    c.id = u"c-1"_s;
    c.customerNo = u"K1004711"_s;
    c.firstName = u"Hannelore-Friederike"_s;
    c.lastName = u"Schönberger-Wittgenstein"_s;
    c.email = u"hannelore.schoenberger-wittgenstein@beispiel-versand.de"_s;
    c.phone = u"+4915112345678"_s;
    c.street = u"Große Bäckerstraße 117a"_s;
    c.postcode = u"20095"_s;
    c.city = u"Hamburg"_s;
    c.loyaltyCard = u"2991004711000"_s;
    c.loyaltyTier = u"gold"_s;
    c.loyaltyPoints = 123456;
    c.customerSince = QDate(2019, 4, 27);
    const QDateTime at = QDateTime::fromString(u"2025-03-14T09:45:00Z"_s, Qt::ISODate);
    c.consents = {Consent{u"email"_s, false, at, u"marketplace:zalando"_s},
                  Consent{u"sms"_s, true, at, u"webshop"_s}, Consent{u"phone"_s, false, at, u"store"_s}};
    c.version = 1;
    return c;
}

// A history in every channel: orders, a store receipt, a marketplace order returned in a store.
QList<Order> ordersOfLongNamedCustomer() {
    const QStringList channels{u"webshop"_s, u"store"_s, u"marketplace:zalando"_s, u"app"_s, u"phone"_s};
    QList<Order> orders;
    for (int i = 0; i < 12; ++i) {
        Order o;
        o.id = u"o-%1"_s.arg(i);
        o.orderNo = u"W-2026-00482%1"_s.arg(i, 2, 10, QChar(u'0'));
        o.channel = channels[i % channels.size()];
        o.customerId = u"c-1"_s;
        o.placedAt = QDateTime::currentDateTimeUtc().addDays(-9 * i - 1);
        OrderLine line{u"1"_s,        u"4061234567890"_s, u"Wollmantel „Hanseatin“ Größe 42"_s,
                       1 + i % 3,     Money::eur(24995),  Money::eur(24995 * (1 + i % 3)),
                       i == 2 ? 1 : 0};
        o.lines = {line};
        o.totals.gross = line.total;
        o.payment.method = u"klarna"_s;
        o.fulfilment = i % 2 ? u"pickup"_s : u"delivery"_s;
        o.deliveredAt = o.placedAt.addDays(2);
        o.state = i == 0 ? u"ready_for_pickup"_s : u"delivered"_s;
        o.version = 1;
        orders.append(o);
    }
    return orders;
}

// Texts that do not fit their widget, as "objectName: text".
QStringList cutOffTexts(QWidget* root) {
    QStringList problems;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue;
        // A label with a buddy shows its "&" mnemonic as an underline, not as a character.
        QString text = label->text();
        if (label->buddy())
            text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
        for (const QString& line : text.split(u'\n')) {
            if (label->fontMetrics().horizontalAdvance(line) > label->contentsRect().width())
                problems << label->objectName() + u": "_s + line;
        }
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() + 1)
            problems << button->objectName() + u": "_s + button->text();
    }
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            const QRect rect = tabs->tabBar()->tabRect(i);
            const int needed = tabs->tabBar()->fontMetrics().horizontalAdvance(tabs->tabText(i));
            if (needed > rect.width())
                problems << tabs->objectName() + u" tab: "_s + tabs->tabText(i);
        }
    }
    for (QTabBar* bar : root->findChildren<QTabBar*>()) {
        if (!bar->isVisible() || qobject_cast<QTabWidget*>(bar->parentWidget()))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->fontMetrics().horizontalAdvance(bar->tabText(i)) > bar->tabRect(i).width())
                problems << bar->objectName() + u" tab: "_s + bar->tabText(i);
        }
    }
    for (QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (!header->isVisible() || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, header->orientation()).toString();
            // A section's text needs its advance plus the header's margins (~2×4 px).
            if (header->fontMetrics().horizontalAdvance(text) + 8 > header->sectionSize(i))
                problems << u"column header: "_s + text;
        }
    }
    return problems;
}

void saveScreenshot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("THEKE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

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
        QVERIFY(SettingsRepository(m_db->sql())
                    .setValue(SettingKey::kStoreName.toString(), u"Theke Hamburg Mönckebergstraße"_s));
        QVERIFY(CustomerRepository(m_db->sql()).upsert({longNamedCustomer()}));
        const QList<Order> orders = ordersOfLongNamedCustomer();
        QVERIFY(OrderRepository(m_db->sql()).upsert(orders));
        ReturnRecord r;
        r.id = u"r-1"_s;
        r.orderNo = orders[2].orderNo;
        r.storeId = u"hh-moenckebergstrasse"_s;
        r.channel = u"store"_s;
        r.lines = {ReturnLine{u"1"_s, 1, u"does_not_fit"_s, u"as_new"_s, u"restock"_s}};
        r.refund = Refund{u"original"_s, Money::eur(24995)};
        r.state = u"refund_pending"_s;
        r.createdAt = orders[2].placedAt.addDays(6);
        r.version = 1;
        QVERIFY(ReturnRepository(m_db->sql()).upsert({r}));
        // Open items on the overview: a pickup on the shelf and a cart saved online.
        Pickup waiting;
        waiting.id = u"p-0"_s;
        waiting.orderNo = orders[0].orderNo;
        waiting.customerId = u"c-1"_s;
        waiting.storeId = u"hh-moenckebergstrasse"_s;
        waiting.state = PickupState::Ready;
        waiting.lines = {{u"1"_s, 1}};
        waiting.shelf = u"B-12"_s;
        waiting.deadline = QDateTime::currentDateTimeUtc().addDays(8);
        waiting.pickupCodeHash = PinHash::create(u"H4N5E7"_s, 10000);
        waiting.version = 1;
        waiting.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(PickupRepository(m_db->sql()).upsert({waiting}));
        Cart saved;
        saved.id = u"cart-1"_s;
        saved.customerId = u"c-1"_s;
        saved.origin = u"online"_s;
        saved.lines = {
            CartLine{u"4061234567890"_s, u"Wollmantel „Hanseatin“ Größe 42"_s, 1, Money::eur(24995)},
            CartLine{u"4061234567906"_s, u"Schal „Föhr“ grau"_s, 2, Money::eur(2995)}};
        saved.version = 1;
        saved.updatedAt = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(CartRepository(m_db->sql()).upsert({saved}));
        QVERIFY(ServiceContactRepository(m_db->sql())
                    .upsert({ServiceContact{u"sc-1"_s,
                                            u"c-1"_s,
                                            u"phone"_s,
                                            u"Rückfrage zur Lieferadresse und Abholung in der Filiale"_s,
                                            QDateTime::currentDateTimeUtc().addDays(-4),
                                            1,
                                            {}}}));
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

    void productDialogFitsAt1366x768() {
        const QString own = u"hh-moenckebergstrasse"_s;
        QVERIFY(SettingsRepository(m_db->sql()).setValue(SettingKey::kStoreId.toString(), own));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<StoreRecord> stores;
        const QStringList names{u"Theke Hamburg Mönckebergstraße"_s, u"Theke Berlin Tauentzienstraße"_s,
                                u"Theke München Kaufingerstraße"_s, u"Theke Köln Schildergasse"_s,
                                u"Theke Frankfurt am Main Zeil"_s};
        const QStringList ids{own, u"b-tauentzienstrasse"_s, u"m-kaufingerstrasse"_s, u"k-schildergasse"_s,
                              u"f-zeil"_s};
        for (int i = 0; i < ids.size(); ++i)
            stores.append(StoreRecord{ids[i], names[i], u"Europe/Berlin"_s, {}, {}, {}, u"DE"_s, {}, 1, now});
        QVERIFY(StoreRepository(m_db->sql()).upsert(stores));
        QList<Product> sizes;
        QList<StockLevel> stock;
        const QStringList sizeNames{u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s};
        for (int i = 0; i < sizeNames.size(); ++i) {
            Product p;
            p.sku = u"JKT-4711-%1-GRN"_s.arg(sizeNames[i]);
            p.id = u"prd-"_s + p.sku.toLower();
            p.eans = {u"40123456789%1"_s.arg(i, 2, 10, QChar(u'0'))};
            p.name = u"Steppjacke „Watzmann“ mit abnehmbarer Kapuze"_s;
            p.brand = u"Großstadtpflanze"_s;
            p.size = sizeNames[i];
            p.colour = u"dunkelgrün"_s;
            p.price = Money::eur(19995);
            p.vatRateHundredths = 1900;
            p.version = 1;
            sizes.append(p);
            stock.append(StockLevel{p.sku + u'@' + own, p.sku, own, i % 3, 1, now.addSecs(-1200)});
        }
        sizes[3].eans << u"4012345678999"_s; // a second barcode from an older packaging
        const QString sku = sizes[3].sku;
        for (int i = 1; i < ids.size(); ++i)
            stock.append(
                StockLevel{sku + u'@' + ids[i], sku, ids[i], 4 * i, 1, now.addSecs(-3 * 3600 * i * i)});
        stock.append(StockLevel{sku + u"@ONLINE"_s, sku, u"ONLINE"_s, 124, 1, now.addSecs(-300)});
        QVERIFY(ProductRepository(m_db->sql()).upsert(sizes));
        QVERIFY(StockRepository(m_db->sql()).upsert(stock));

        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductDialog* dialog = window.customersPage()->openProduct(sizes[3]);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->width() <= 1366 && dialog->height() <= 768);
        QTest::qWait(50);
        saveScreenshot(dialog, u"artikel"_s);
        const QStringList problems = cutOffTexts(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
        dialog->close();
    }

    void cartDeskFitsAt1366x768() {
        QVERIFY(SettingsRepository(m_db->sql())
                    .setValue(SettingKey::kStoreId.toString(), u"hh-moenckebergstrasse"_s));
        const auto product = [](const QString& sku, const QString& ean, const QString& name,
                                const QString& size, const QString& colour, qint64 cents, int vat) {
            Product p;
            p.id = u"prd-"_s + sku;
            p.sku = sku;
            p.eans = {ean};
            p.name = name;
            p.brand = u"Nordküste"_s;
            p.size = size;
            p.colour = colour;
            p.price = Money::eur(cents);
            p.vatRateHundredths = vat;
            p.version = 1;
            return p;
        };
        QVERIFY(ProductRepository(m_db->sql())
                    .upsert({product(u"JKT-4711-M-NAVY"_s, u"4006381333931"_s, u"Steppjacke „Elbe“"_s, u"M"_s,
                                     u"marineblau"_s, 12995, 1900),
                             product(u"SCF-0815-ONE-GREY"_s, u"4006381333948"_s,
                                     u"Schal „Föhr“ Wolle-Kaschmir-Mischung"_s, {}, u"grau meliert"_s, 2995,
                                     1900),
                             product(u"BK-0042"_s, u"4260123456788"_s, u"Kochbuch „Nordische Küche“"_s, {},
                                     {}, 2499, 700)}));
        const Cart online{
            u"cart-1"_s,
            u"c-1"_s,
            {},
            u"online"_s,
            {CartLine{u"JKT-4711-M-NAVY"_s, u"Steppjacke „Elbe“ marineblau, M"_s, 1, Money::eur(12995)},
             CartLine{u"SCF-0815-ONE-GREY"_s, u"Schal „Föhr“"_s, 2, Money::eur(2995)}},
            u"WK4F7Q2Z"_s,
            2,
            QDateTime::currentDateTimeUtc().addDays(-1)};
        QVERIFY(CartRepository(m_db->sql()).upsert({online}));

        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.cartDesk()->openCustomer(u"c-1"_s));
        window.showArea(MainWindow::CartArea);
        QVERIFY(window.cartDesk()->scan(u"4260123456788"_s)); // offline: waits for the synchronisation
        QTest::qWait(50);
        saveScreenshot(&window, u"warenkorb"_s);
        QStringList problems = cutOffTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));

        // The customer changed the cart online meanwhile: the banner, then both versions side by side.
        OutboxRepository outbox(m_db->sql());
        const qint64 row = outbox.list().value().constLast().id;
        QVERIFY(outbox.markSending(row));
        QVERIFY(outbox.markConflict(row, makeError(u"version_mismatch"_s, {}, 412),
                                    R"({"code":"version_mismatch","current_version":3})"));
        Cart theirs = online;
        theirs.version = 3;
        theirs.lines[1].quantity = 1;
        FeedPage page;
        page.items = {CartJson::toJson(theirs)};
        QVERIFY(CartFeedApplier(m_db->sql()).apply(page));
        window.cartDesk()->refresh();
        QTest::qWait(50);
        saveScreenshot(&window, u"warenkorb-konflikt"_s);
        problems = cutOffTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));

        const auto conflict = CartConflicts::find(m_db->sql(), u"cart-1"_s);
        QVERIFY(conflict && conflict.value());
        CartMergeDialog dialog(*conflict.value(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        saveScreenshot(&dialog, u"warenkorb-zusammenfuehren"_s);
        problems = cutOffTexts(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
        dialog.close();

        // Handed on: the till code with its QR code, and the order for delivery or pickup.
        TillCodeDialog till(u"WK4F7Q2Z"_s, u"THEKE-CART:WK4F7Q2Z"_s, &window);
        till.show();
        QVERIFY(QTest::qWaitForWindowExposed(&till));
        saveScreenshot(&till, u"warenkorb-kassencode"_s);
        problems = cutOffTexts(&till);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
        till.close();
        OrderDraft draft;
        draft.customerId = u"c-1"_s;
        draft.cartId = u"cart-1"_s;
        draft.lines = {{u"JKT-4711-M-NAVY"_s, 1}, {u"SCF-0815-ONE-GREY"_s, 2}};
        StoreRecord hamburg;
        hamburg.id = u"hh-moenckebergstrasse"_s;
        hamburg.name = u"Theke Hamburg Mönckebergstraße"_s;
        hamburg.city = u"Hamburg"_s;
        StoreRecord berlin;
        berlin.id = u"b-tauentzienstrasse"_s;
        berlin.name = u"Theke Berlin Tauentzienstraße"_s;
        berlin.city = u"Berlin"_s;
        CartOrderDialog order(draft, u"Große Elbstraße 145 b, 22767 Hamburg"_s, {berlin, hamburg}, hamburg.id,
                              &window);
        order.show();
        QVERIFY(QTest::qWaitForWindowExposed(&order));
        saveScreenshot(&order, u"warenkorb-bestellen"_s);
        problems = cutOffTexts(&order);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
        order.close();
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
