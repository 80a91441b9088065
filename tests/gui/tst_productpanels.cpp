// Articles at the counter, in German, on the real theke-server's demo catalogue (2,000 SKUs in five
// stores and the online warehouse) synced into a real cache: search as you type and choose with the
// keyboard; where an article is available, this store first, each figure with its age; other sizes
// and colours; a scanned EAN from anywhere in the window opens the article; an unknown one says so.
#include "ApiClient.h"
#include "AvailabilityPanel.h"
#include "CartDesk.h"
#include "CurlTransport.h"
#include "CustomersPage.h"
#include "Database.h"
#include "Ean13.h"
#include "Enrollment.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "ProductDialog.h"
#include "ProductFinderDialog.h"
#include "ProductRepository.h"
#include "ProductSearchModel.h"
#include "ProductSearchPanel.h"
#include "StockRepository.h"
#include "StoreRepository.h"
#include "SyncEngine.h"
#include "SyncService.h"
#include "TestServer.h"
#include "Translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

// "Stand 10:42" today in Berlin, "Stand 28.11., 17:05" on an earlier day: written out here, not
// taken from the code under test.
QString expectedAsOf(const QDateTime& updatedUtc, const QDateTime& nowUtc) {
    const QDateTime local = updatedUtc.toTimeZone(kBerlin);
    if (local.date() == nowUtc.toTimeZone(kBerlin).date())
        return u"Stand "_s + local.toString(u"HH:mm"_s);
    return u"Stand "_s + local.toString(u"dd.MM., HH:mm"_s);
}

QString firstSku(QSqlDatabase db, const QString& sql, const QString& bind = {}) {
    QSqlQuery query(db);
    query.prepare(sql);
    if (!bind.isEmpty())
        query.addBindValue(bind);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestProductPanels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_storeId;
    Product m_jacket; // a sized, coloured article with pieces here and online

    Product product(const QString& sku) { return ProductRepository(m_db->sql()).findBySku(sku).value(); }

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"de"_s), u"de"_s);
        TestServer::Options options;
        options.demoCustomers = 30;
        options.seed = 11;
        options.enrollCodes << u"ARTIKEL-1"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        CurlTransport transport;
        const Profile profile(m_dir.path());
        auto device = Enrollment::enroll(profile, transport, m_server->url(), u"ARTIKEL-1"_s, u"Kasse"_s);
        QVERIFY2(device, qPrintable(device.error().toString()));
        m_storeId = device->storeId;
        auto db = Database::open(profile.databasePath());
        QVERIFY(db);
        m_db = std::move(db).value();
        ApiClient api(transport, m_server->url(), profile.readToken().value());
        SyncEngine engine(*m_db, api);
        for (const QString& feed : {u"stores"_s, u"products"_s, u"stock"_s, u"customers"_s}) {
            const auto pulled = engine.pull(feed);
            QVERIFY2(pulled, qPrintable(pulled.error().toString()));
        }
        QVERIFY(ProductRepository(m_db->sql()).count().value() >= 2000);

        const QString sku = firstSku(
            m_db->sql(),
            u"SELECT p.sku FROM products p JOIN stock here ON here.sku = p.sku AND here.location = ? "
            u"JOIN stock online ON online.sku = p.sku AND online.location = 'ONLINE' "
            u"WHERE p.size IS NOT NULL AND p.colour IS NOT NULL AND here.quantity > 0 AND online.quantity > "
            u"0 "
            u"AND (SELECT count(*) FROM products v WHERE v.name = p.name AND v.brand = p.brand) >= 3 "
            u"ORDER BY p.rowid LIMIT 1"_s,
            m_storeId);
        QVERIFY(!sku.isEmpty());
        m_jacket = product(sku);
    }

    void typingFindsTheArticleWithSizeAndColourAndEnterChoosesIt() {
        ProductSearchPanel panel(m_db->sql());
        panel.resize(1000, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy chosen(&panel, &ProductSearchPanel::productChosen);

        // The article's SKU without its size and colour: every variant of it, as the associate types.
        const QString stem = m_jacket.sku.section(u'-', 0, 1);
        QTest::keyClicks(panel.searchField(), stem);
        QTRY_VERIFY(panel.model()->rowCount() >= 3);
        int target = -1;
        for (int row = 0; row < panel.model()->rowCount(); ++row) {
            const Product* p = panel.model()->productAt(row);
            QVERIFY(p->sku.startsWith(stem));
            if (p->sku == m_jacket.sku)
                target = row;
        }
        QVERIFY(target >= 0);
        const QModelIndex size = panel.model()->index(target, ProductSearchModel::SizeColumn);
        QCOMPARE(size.data().toString(), m_jacket.size);
        QCOMPARE(panel.model()->index(target, ProductSearchModel::ColourColumn).data().toString(),
                 m_jacket.colour);

        // Down leaves the field for the first match; Down again walks the list; Enter chooses.
        QTest::keyClick(panel.searchField(), Qt::Key_Down);
        QVERIFY(panel.resultView()->hasFocus());
        QCOMPARE(panel.resultView()->currentIndex().row(), 0);
        for (int i = 0; i < target; ++i)
            QTest::keyClick(panel.resultView(), Qt::Key_Down);
        QCOMPARE(panel.resultView()->currentIndex().row(), target);
        QVERIFY(chosen.isEmpty());
        QTest::keyClick(panel.resultView(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<Product>(), m_jacket);

        // Up from the first match goes back to the field.
        panel.resultView()->setCurrentIndex(panel.model()->index(0, 0));
        QTest::keyClick(panel.resultView(), Qt::Key_Up);
        QVERIFY(panel.searchField()->hasFocus());
    }

    void scannedEanInTheSearchChoosesItsArticleAtOnce() {
        ProductSearchPanel panel(m_db->sql());
        panel.show();
        QSignalSpy chosen(&panel, &ProductSearchPanel::productChosen);
        QTest::keyClicks(panel.searchField(), m_jacket.eans.first());
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<Product>().sku, m_jacket.sku);

        panel.searchField()->clear();
        QTest::keyClicks(panel.searchField(), u"Zzyzx"_s);
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.findChild<QLabel*>(u"productResultLabel"_s)->text().contains(u"Zzyzx"_s));
        QCOMPARE(chosen.size(), 1);
    }

    void availabilityShowsThisStoreFirstThenOthersAndOnlineWithAges() {
        const QList<StoreRecord> stores = StoreRepository(m_db->sql()).all().value();
        const StockLevel here = StockRepository(m_db->sql()).at(m_jacket.sku, m_storeId).value();
        MockClock clock(here.updatedAt); // the moment this store's figure came
        AvailabilityPanel panel(m_db->sql(), m_storeId);
        panel.setClock(clock);
        panel.resize(800, 500);
        panel.show();
        panel.showSku(m_jacket.sku);

        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), int(stores.size()) + 1);
        QCOMPARE(table->item(0, AvailabilityPanel::PlaceColumn)->text(),
                 StoreRepository(m_db->sql()).find(m_storeId)->name);
        QVERIFY(table->item(0, AvailabilityPanel::PlaceColumn)->font().bold());
        QVERIFY(table->item(0, AvailabilityPanel::NoteColumn)->text().contains(u"diese Filiale"_s));
        QCOMPARE(table->item(0, AvailabilityPanel::QuantityColumn)->text(), QString::number(here.quantity));
        QStringList others;
        for (int row = 1; row < table->rowCount() - 1; ++row) {
            others << table->item(row, AvailabilityPanel::PlaceColumn)->text();
            QVERIFY(!table->item(row, AvailabilityPanel::PlaceColumn)->font().bold());
        }
        QStringList sorted = others;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(others, sorted);
        const int online = table->rowCount() - 1;
        QCOMPARE(table->item(online, AvailabilityPanel::PlaceColumn)->text(), u"Online-Lager"_s);
        QVERIFY2(table->item(online, AvailabilityPanel::NoteColumn)->text().startsWith(u"Lieferung in "_s),
                 qPrintable(table->item(online, AvailabilityPanel::NoteColumn)->text()));
        const DeliveryEstimate estimate = DeliveryEstimate::forOrderAt(clock.nowUtc(), kBerlin);
        QVERIFY(panel.deliveryLabel()->isVisible());
        QVERIFY2(panel.deliveryLabel()->text().contains(estimate.earliest.toString(u"dd.MM."_s)) &&
                     panel.deliveryLabel()->text().contains(estimate.latest.toString(u"dd.MM."_s)),
                 qPrintable(panel.deliveryLabel()->text()));

        // Every figure with its own age, as the stock feed stamped it.
        const QList<StockLevel> levels = StockRepository(m_db->sql()).forSku(m_jacket.sku).value();
        for (int r = 0; r < panel.rows().size(); ++r) {
            const QString location = panel.rows().at(r).location;
            const auto level = std::find_if(levels.begin(), levels.end(), [&location](const StockLevel& l) {
                return l.location == location;
            });
            QVERIFY(level != levels.end());
            QCOMPARE(table->item(r, AvailabilityPanel::QuantityColumn)->text(),
                     QString::number(level->quantity));
            QCOMPARE(table->item(r, AvailabilityPanel::AsOfColumn)->text(),
                     expectedAsOf(level->updatedAt, clock.nowUtc()));
        }
        QCOMPARE(table->item(0, AvailabilityPanel::AsOfColumn)->text(),
                 u"Stand "_s + here.updatedAt.toTimeZone(kBerlin).toString(u"HH:mm"_s));

        // Three days later this store's figure is from another day, and out of date.
        clock.advanceSecs(3 * 24 * 3600);
        panel.showSku(m_jacket.sku);
        QCOMPARE(table->item(0, AvailabilityPanel::AsOfColumn)->text(),
                 u"Stand "_s + here.updatedAt.toTimeZone(kBerlin).toString(u"dd.MM., HH:mm"_s));
        QVERIFY(table->item(0, AvailabilityPanel::NoteColumn)->text().contains(u"veraltet"_s));
        QVERIFY(!table->item(0, AvailabilityPanel::AsOfColumn)->icon().isNull());
    }

    void dialogShowsTheArticleAndSwitchesToAnotherVariant() {
        ProductDialog dialog(m_db->sql(), m_storeId);
        dialog.showProduct(m_jacket);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto text = [&dialog](const char* name) {
            return dialog.findChild<QLabel*>(QLatin1String(name))->text();
        };
        QCOMPARE(text("productName"), m_jacket.name);
        QCOMPARE(text("skuValue"), m_jacket.sku);
        const qint64 cents = m_jacket.price.cents; // the demo prices are x,95 € below 1.000 €
        const QString price = u"%1,%2 €"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0'));
        QVERIFY2(text("priceValue").startsWith(price + u" inkl. "_s), qPrintable(text("priceValue")));
        QVERIFY(text("returnableValue") == u"Ja"_s || text("returnableValue").startsWith(u"Nein: "_s));

        QTableWidget* variants = dialog.availabilityPanel()->variantsTable();
        QSqlQuery count(m_db->sql());
        count.prepare(u"SELECT count(*) FROM products WHERE name = ? AND brand = ?"_s);
        count.addBindValue(m_jacket.name);
        count.addBindValue(m_jacket.brand);
        QVERIFY(count.exec() && count.next());
        QCOMPARE(variants->rowCount(), count.value(0).toInt());
        int other = -1;
        for (int row = 0; row < variants->rowCount(); ++row) {
            const QString sku = variants->item(row, AvailabilityPanel::SkuColumn)->text();
            const auto here = StockRepository(m_db->sql()).at(sku, m_storeId);
            QCOMPARE(variants->item(row, AvailabilityPanel::HereColumn)->text(),
                     here ? QString::number(here->quantity) : u"–"_s);
            if (sku != m_jacket.sku && other < 0)
                other = row;
        }
        QVERIFY(other >= 0);
        const QString otherSku = variants->item(other, AvailabilityPanel::SkuColumn)->text();
        variants->setFocus();
        variants->setCurrentCell(other, 0);
        QTest::keyClick(variants, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter chose the variant and did not close the dialog
        QCOMPARE(dialog.product().sku, otherSku);
        QCOMPARE(text("skuValue"), otherSku);
        QCOMPARE(dialog.availabilityPanel()->sku(), otherSku);
    }

    void scannedEanAnywhereInTheWindowOpensTheArticle() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy scanned(window.customersPage(), &CustomersPage::productScanned);
        // Focus on the navigation, not the search: the scanner's keys still reach the search.
        auto* navigation = window.findChild<QListWidget*>();
        navigation->setFocus();
        QTRY_VERIFY(navigation->hasFocus());
        // Like real hardware, every key goes to whatever has the focus at that moment.
        for (const QChar digit : m_jacket.eans.first())
            QTest::keyClick(QApplication::focusWidget(), digit.toLatin1());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<Product>().sku, m_jacket.sku);
        ProductDialog* dialog = window.customersPage()->productDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->product().sku, m_jacket.sku);
        QCOMPARE(dialog->availabilityPanel()->rows().first().location, m_storeId);
        dialog->close();

        // An exact SKU typed in lower case goes the same way.
        window.customersPage()->searchField()->clear();
        QTest::keyClicks(window.customersPage()->searchField(), m_jacket.sku.toLower());
        QTest::keyClick(window.customersPage()->searchField(), Qt::Key_Return);
        QCOMPARE(scanned.size(), 2);
        QTRY_VERIFY(window.customersPage()->productDialog());
        QCOMPARE(window.customersPage()->productDialog()->product().sku, m_jacket.sku);
        window.customersPage()->productDialog()->close();
    }

    void scanOnTheCustomerScreenCanGoIntoTheOpenCart() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto scanJacket = [&] {
            QLineEdit* field = window.customersPage()->searchField();
            field->clear();
            QTest::keyClicks(field, m_jacket.eans.first());
            QTest::keyClick(field, Qt::Key_Return);
            return window.customersPage()->productDialog();
        };
        ProductDialog* dialog = scanJacket();
        QVERIFY(dialog);
        QVERIFY(!dialog->addToCartButton()->isVisibleTo(dialog)); // no cart open: only the article

        QSqlQuery query(m_db->sql());
        QVERIFY(query.exec(u"SELECT id FROM customers ORDER BY rowid LIMIT 1"_s) && query.next());
        const QString customerId = query.value(0).toString();
        query.finish(); // an open statement would keep this connection on an old snapshot
        QVERIFY(window.cartDesk()->openCustomer(customerId));
        dialog = scanJacket();
        QVERIFY(dialog);
        QCOMPARE(dialog->product().sku, m_jacket.sku);
        QVERIFY(dialog->addToCartButton()->isVisibleTo(dialog));
        QTest::mouseClick(dialog->addToCartButton(), Qt::LeftButton);
        QVERIFY2(window.cartDesk()->shownCart(), qPrintable(window.cartDesk()->page()->messageText()));
        const QList<CartLine>& lines = window.cartDesk()->shownCart()->lines;
        QVERIFY(std::any_of(lines.begin(), lines.end(),
                            [&](const CartLine& line) { return line.sku == m_jacket.sku; }));
        QVERIFY(dialog->scanMessage()->text().contains(m_jacket.name));
        dialog->close();
    }

    void nextScanWhileTheDialogIsInFrontShowsThatArticle() {
        const Product other = product(firstSku(
            m_db->sql(), u"SELECT sku FROM products WHERE name <> ? AND eans <> '' ORDER BY rowid LIMIT 1"_s,
            m_jacket.name));
        ProductDialog dialog(m_db->sql(), m_storeId);
        dialog.showProduct(m_jacket);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.availabilityPanel()->variantsTable()->setFocus();
        QTRY_VERIFY(dialog.availabilityPanel()->variantsTable()->hasFocus());
        auto scan = [](const QString& code) {
            for (const QChar c : code)
                QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        };
        scan(other.eans.first());
        QCOMPARE(dialog.product().sku, other.sku);
        QCOMPARE(dialog.availabilityPanel()->sku(), other.sku);
        QVERIFY(dialog.isVisible());

        const QString first12 = u"761234567890"_s;
        const QString unknown = first12 + QString::number(Ean13::checkDigit(first12));
        scan(unknown);
        QCOMPARE(dialog.product().sku, other.sku); // what was shown stays
        QVERIFY2(dialog.scanMessage()->text().contains(u"nicht im Sortiment"_s),
                 qPrintable(dialog.scanMessage()->text()));
        scan(u"Meyer"_s);
        QVERIFY2(dialog.scanMessage()->text().contains(u"weder eine EAN noch eine Artikelnummer"_s),
                 qPrintable(dialog.scanMessage()->text()));
        scan(m_jacket.sku.toLower());
        QCOMPARE(dialog.product().sku, m_jacket.sku);
        QVERIFY(dialog.scanMessage()->text().isEmpty());
    }

    void f3FindsAnArticleByNameAndOpensIt() {
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F3);
        QPointer<ProductFinderDialog> finder = window.findChild<ProductFinderDialog*>();
        QVERIFY(finder);
        QVERIFY(QTest::qWaitForWindowActive(finder));
        QTRY_VERIFY(finder->searchPanel()->searchField()->hasFocus()); // the associate types at once
        QTest::keyClicks(finder->searchPanel()->searchField(), m_jacket.sku.section(u'-', 0, 1));
        QTRY_VERIFY(finder->searchPanel()->model()->rowCount() > 0);
        if (const QString shots = qEnvironmentVariable("THEKE_SCREENSHOT_DIR"); !shots.isEmpty())
            finder->grab().save(shots + u"/artikelsuche.png"_s);
        QTest::keyClick(finder->searchPanel()->searchField(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(window.customersPage()->productDialog());
        QVERIFY(window.customersPage()->productDialog()->product().sku.startsWith(
            m_jacket.sku.section(u'-', 0, 1)));
        QTRY_VERIFY(finder.isNull() || !finder->isVisible()); // choosing closed the search
    }

    void unknownEanSaysItIsNotInTheAssortment() {
        // A valid EAN-13 the demo catalogue (prefix 40) does not use.
        const QString first12 = u"761234567890"_s;
        const QString ean = first12 + QString::number(Ean13::checkDigit(first12));
        QVERIFY(!ProductRepository(m_db->sql()).findByEan(ean));
        CustomersPage page(m_db->sql());
        page.show();
        QSignalSpy scanned(&page, &CustomersPage::productScanned);
        QTest::keyClicks(page.searchField(), ean);
        QTest::keyClick(page.searchField(), Qt::Key_Return);
        QTest::qWait(300); // past the typing pause: no customer search starts behind the message
        QVERIFY(scanned.isEmpty());
        QVERIFY(!page.productDialog());
        const QString message = page.findChild<QLabel*>(u"resultLabel"_s)->text();
        QVERIFY2(message.contains(u"Artikel mit EAN "_s + ean) && message.contains(u"nicht im Sortiment"_s),
                 qPrintable(message));
    }
};

QTEST_MAIN(TestProductPanels)
#include "tst_productpanels.moc"
