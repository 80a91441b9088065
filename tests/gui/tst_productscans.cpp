// Scanning articles at the counter, in German, on the real theke-server's demo catalogue synced into a
// real cache: a scanned EAN (or a typed SKU) in the search or anywhere in the window opens the article,
// goes into the open cart, replaces the article in front; an unknown one says so.
#include "AvailabilityPanel.h"
#include "CartDesk.h"
#include "CustomersPage.h"
#include "Ean13.h"
#include "MainWindow.h"
#include "ProductCatalogueFixture.h"
#include "ProductDialog.h"
#include "ProductSearchModel.h"
#include "ProductSearchPanel.h"
#include "SyncService.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProductScans : public QObject, public ProductCatalogueFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { syncCatalogue(); }

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

QTEST_MAIN(TestProductScans)
#include "tst_productscans.moc"
