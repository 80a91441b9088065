// The German counter-sales screens at 1366×768 (article dialog, cart desk with its hand-on and merge
// dialogs): nothing cut off; screenshots with THEKE_SCREENSHOT_DIR.
#include "GermanLayoutCheck.h"

using namespace Qt::StringLiterals;
using namespace germanlayout;

class TestGermanLayoutSales : public QObject {
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
            stores.append(
                StoreRecord{ids[i], names[i], u"Europe/Berlin"_s, {}, {}, {}, u"DE"_s, {}, 1, now, {}});
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
};

QTEST_MAIN(TestGermanLayoutSales)
#include "tst_germanlayout_sales.moc"
