// Articles at the counter, in German, on the real theke-server's demo catalogue synced into a real
// cache: search as you type (and with F3) and choose with the keyboard; where an article is available,
// this store first, each figure with its age; other sizes and colours. Scanning: tst_productscans.cpp.
#include "AvailabilityPanel.h"
#include "CustomersPage.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "ProductCatalogueFixture.h"
#include "ProductDialog.h"
#include "ProductFinderDialog.h"
#include "ProductSearchModel.h"
#include "ProductSearchPanel.h"
#include "StockRepository.h"
#include "StoreRepository.h"
#include "SyncService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
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

} // namespace

class TestProductPanels : public QObject, public ProductCatalogueFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { syncCatalogue(); }

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
};

QTEST_MAIN(TestProductPanels)
#include "tst_productpanels.moc"
