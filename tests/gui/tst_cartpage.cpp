// The cart desk driven like an associate, offline: open the customer's cart from the customer view,
// scan EANs (Enter adds a piece), change quantities with + and −, remove with Del and undo with
// Ctrl+Z, read the totals in German format, get a clear warning for an unknown or misread EAN, see
// what waits for the synchronisation, and resolve a 412 (the customer changed the cart online).
#include "CartDesk.h"
#include "CartFeedApplier.h"
#include "CartJson.h"
#include "CartLinesModel.h"
#include "CartMergeDialog.h"
#include "CartRepository.h"
#include "CartTotalsPanel.h"
#include "CustomerDetailPane.h"
#include "CustomerRepository.h"
#include "CustomersPage.h"
#include "Database.h"
#include "MainWindow.h"
#include "OutboxModel.h"
#include "OutboxRepository.h"
#include "OutboxSection.h"
#include "ProductRepository.h"
#include "Profile.h"
#include "SettingsRepository.h"
#include "SyncPage.h"
#include "SyncService.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kCustomer = u"c-1"_s;
const QString kCart = u"0195a3f2-5e6f-7081-92a3-b4c5d6e7f809"_s;
const QString kJacketEan = u"4006381333931"_s; // 129,95 €, 19 %
const QString kBookEan = u"4260123456788"_s;   // 24,99 €, 7 %

Product product(const QString& sku, const QString& ean, const QString& name, const QString& size,
                const QString& colour, qint64 cents, int vat) {
    Product p;
    p.id = u"prd-"_s + sku;
    p.sku = sku;
    p.eans = {ean};
    p.name = name;
    p.size = size;
    p.colour = colour;
    p.price = Money::eur(cents);
    p.vatRateHundredths = vat;
    p.version = 1;
    return p;
}

Cart onlineCart(qint64 version, const QList<CartLine>& lines) {
    return Cart{kCart, kCustomer,     {},      u"online"_s,
                lines, u"WK4F7Q2Z"_s, version, QDateTime::fromString(u"2026-11-28T18:30:00Z"_s, Qt::ISODate)};
}

const CartLine kJacket{u"JKT-4711-M-NAVY"_s, u"Steppjacke „Elbe“ navy, M"_s, 1, Money::eur(12995)};

QString cell(const CartPage* page, int row, int column) {
    return page->linesModel()->index(row, column).data().toString();
}

QString valueText(const CartPage* page, const QString& name) {
    const auto* label = page->totalsPanel()->findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

} // namespace

class TestCartPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    CartDesk* m_desk = nullptr;
    int m_run = 0;

    qsizetype outboxRows() { return OutboxRepository(m_db->sql()).list().value().size(); }
    OutboxEntry lastRow() { return OutboxRepository(m_db->sql()).list().value().constLast(); }
    void scan(const QString& code) {
        QLineEdit* field = m_desk->page()->scanField();
        field->clear();
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }

    void init() {
        m_host.reset();
        const QString profileDir = m_dir.filePath(QString::number(++m_run));
        QVERIFY(QDir().mkpath(profileDir));
        m_db = Database::open(Profile(profileDir).databasePath()).value();
        QVERIFY(SettingsRepository(m_db->sql()).setValue(SettingKey::kStoreId.toString(), kStore));
        Customer customer;
        customer.id = kCustomer;
        customer.customerNo = u"K1004711"_s;
        customer.firstName = u"Jürgen"_s;
        customer.lastName = u"Weiß"_s;
        customer.version = 1;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({customer}));
        QVERIFY(ProductRepository(m_db->sql())
                    .upsert({product(u"JKT-4711-M-NAVY"_s, kJacketEan, u"Steppjacke „Elbe“"_s, u"M"_s,
                                     u"navy"_s, 12995, 1900),
                             product(u"BK-0042"_s, kBookEan, u"Kochbuch „Nordische Küche“"_s, {}, {}, 2499,
                                     700)}));
        QVERIFY(CartRepository(m_db->sql()).upsert({onlineCart(2, {kJacket})}));
        m_host = std::make_unique<QWidget>();
        m_desk = new CartDesk(m_db->sql(), m_host.get());
        m_desk->setOnline([] { return false; });
        m_host->resize(1100, 700);
        m_host->show();
        m_desk->page()->resize(1100, 700);
        m_desk->page()->show();
    }

    void withoutACustomerThePageSaysHowToOpenACart() {
        QVERIFY(m_desk->page()->findChild<QWidget*>(u"emptyPage"_s)->isVisible());
        QVERIFY(!m_desk->page()->findChild<QLabel*>(u"emptyLabel"_s)->text().isEmpty());
        QVERIFY(!m_desk->openCustomer(u"nobody"_s));
    }

    void theCustomersOnlineCartComesFirstWithItsTotals() {
        QVERIFY(m_desk->openCustomer(kCustomer));
        CartPage* page = m_desk->page();
        QCOMPARE(page->shownCart(), CartPage::Which::Online);
        QCOMPARE(page->linesModel()->rowCount(), 1);
        QCOMPARE(cell(page, 0, CartLinesModel::ArticleColumn), u"Steppjacke „Elbe“"_s);
        QVERIFY(cell(page, 0, CartLinesModel::VariantColumn).contains(u"navy"_s));
        QCOMPARE(cell(page, 0, CartLinesModel::UnitPriceColumn), u"129,95 €"_s);
        QCOMPARE(valueText(page, u"totalValue"_s), u"129,95 €"_s);
        QCOMPARE(valueText(page, u"vatValue1900"_s), u"20,75 €"_s);
        QCOMPARE(valueText(page, u"netValue"_s), u"109,20 €"_s);
        QVERIFY(page->findChild<QLabel*>(u"customerLabel"_s)->text().contains(u"K1004711"_s));
        QVERIFY(page->findChild<QLabel*>(u"ageLabel"_s)->text().contains(u"28.11.2026"_s));
        QVERIFY(page->pendingText().isEmpty());
    }

    void scanningAnEanAddsAPieceOfflineAndTheTotalsFollow() {
        QVERIFY(m_desk->openCustomer(kCustomer));
        CartPage* page = m_desk->page();
        scan(kBookEan);
        QCOMPARE(page->linesModel()->rowCount(), 2);
        QCOMPARE(page->currentSku(), u"BK-0042"_s);
        QVERIFY(page->scanField()->text().isEmpty());
        QVERIFY(!page->messageIsWarning());
        scan(kBookEan);
        QCOMPARE(cell(page, 1, CartLinesModel::QuantityColumn), u"2"_s);
        QCOMPARE(cell(page, 1, CartLinesModel::TotalColumn), u"49,98 €"_s);
        // 129,95 € + 2 × 24,99 € = 179,93 €; 7 % of 49,98 € = 3,27 €; 19 % of 129,95 € = 20,75 €.
        QCOMPARE(valueText(page, u"totalValue"_s), u"179,93 €"_s);
        QCOMPARE(valueText(page, u"vatValue700"_s), u"3,27 €"_s);
        QCOMPARE(valueText(page, u"vatValue1900"_s), u"20,75 €"_s);
        QCOMPARE(valueText(page, u"netValue"_s), u"155,91 €"_s);
        QCOMPARE(valueText(page, u"piecesValue"_s), u"3"_s);
        // Offline: both changes wait in the outbox, on top of the online cart's version.
        QCOMPARE(outboxRows(), 2);
        QCOMPARE(lastRow().ifMatch, std::optional<qint64>(2));
        QCOMPARE(QJsonDocument::fromJson(lastRow().payload)[u"origin"].toString(), u"online"_s);
        QVERIFY2(page->pendingText().contains(u"2 change"_s), qPrintable(page->pendingText()));
        QVERIFY(page->messageText().contains(u"next synchronisation"_s));
        // Once the server took them, nothing waits any more.
        OutboxRepository outbox(m_db->sql());
        const QList<OutboxEntry> rows = outbox.list().value();
        for (const OutboxEntry& row : rows) {
            QVERIFY(outbox.markSending(row.id));
            QVERIFY(outbox.markDone(row.id, 200, {}));
        }
        m_desk->refresh();
        QVERIFY(page->pendingText().isEmpty());
    }

    void unknownOrMisreadEanWarnsAndChangesNothing_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown article") << u"4000000000006"_s << u"No article"_s;
        QTest::newRow("misread check digit") << u"4006381333932"_s << u"check digit"_s;
    }
    void unknownOrMisreadEanWarnsAndChangesNothing() {
        QFETCH(QString, code);
        QFETCH(QString, says);
        QVERIFY(m_desk->openCustomer(kCustomer));
        scan(code);
        CartPage* page = m_desk->page();
        QVERIFY(page->messageIsWarning());
        QVERIFY2(page->messageText().contains(says) && page->messageText().contains(code),
                 qPrintable(page->messageText()));
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(page->linesModel()->rowCount(), 1);
        QCOMPARE(CartRepository(m_db->sql()).find(kCart)->lines, QList<CartLine>{kJacket});
        QCOMPARE(page->scanField()->selectedText(), code); // the next scan replaces it
    }

    void plusMinusAndTypedQuantitiesChangeTheLine() {
        QVERIFY(m_desk->openCustomer(kCustomer));
        CartPage* page = m_desk->page();
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page->window()));
        page->selectSku(kJacket.sku);
        page->linesView()->setFocus();
        QTest::keyClick(page->linesView(), Qt::Key_Plus);
        QCOMPARE(CartRepository(m_db->sql()).find(kCart)->lines.at(0).quantity, 2);
        QTest::keyClick(page->linesView(), Qt::Key_Plus);
        QTest::keyClick(page->linesView(), Qt::Key_Minus);
        QCOMPARE(cell(page, 0, CartLinesModel::QuantityColumn), u"2"_s);
        QVERIFY(page->linesModel()->setData(page->linesModel()->index(0, CartLinesModel::QuantityColumn), 5));
        QCOMPARE(CartRepository(m_db->sql()).find(kCart)->lines.at(0).quantity, 5);
        QCOMPARE(valueText(page, u"totalValue"_s), u"649,75 €"_s);
        QCOMPARE(outboxRows(), 4);
        QVERIFY(page->findChild<QAction*>(u"increaseAction"_s)->toolTip().contains(u"+"_s));
    }

    void deleteRemovesTheLineAndCtrlZPutsItBack() {
        QVERIFY(m_desk->openCustomer(kCustomer));
        scan(kBookEan);
        CartPage* page = m_desk->page();
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page->window()));
        page->selectSku(kJacket.sku);
        page->linesView()->setFocus();
        QTest::keyClick(page->linesView(), Qt::Key_Delete);
        QCOMPARE(page->linesModel()->rowCount(), 1);
        QCOMPARE(page->linesModel()->skuAt(0), u"BK-0042"_s);
        QVERIFY(page->messageText().contains(u"Removed from the cart"_s));
        QVERIFY(page->undoAction()->isEnabled());
        QTest::keyClick(page->linesView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->linesModel()->rowCount(), 2);
        QCOMPARE(page->linesModel()->skuAt(0), kJacket.sku); // back at its place
        QVERIFY(!page->undoAction()->isEnabled());
        QCOMPARE(CartRepository(m_db->sql()).find(kCart)->lines.size(), 2);
    }

    void aStoreCartStartsWithTheFirstScan() {
        QVERIFY(CartRepository(m_db->sql()).remove({kCart}));
        QVERIFY(m_desk->openCustomer(kCustomer));
        CartPage* page = m_desk->page();
        QCOMPARE(page->shownCart(), CartPage::Which::Store);
        QVERIFY(!page->findChild<QToolButton*>(u"onlineButton"_s)->isEnabled());
        scan(u"jkt-4711-m-navy"_s); // an article no. typed by hand
        QCOMPARE(page->linesModel()->rowCount(), 1);
        const std::optional<Cart> cart = m_desk->shownCart();
        QVERIFY(cart);
        QCOMPARE(cart->origin, u"store"_s);
        QVERIFY(!lastRow().ifMatch); // new at the server
    }

    void a412ShowsTheBannerAndTheMergeGoesThroughTheOutbox() {
        QVERIFY(m_desk->openCustomer(kCustomer));
        scan(kBookEan);
        OutboxRepository outbox(m_db->sql());
        const qint64 row = lastRow().id;
        QVERIFY(outbox.markSending(row));
        QVERIFY(outbox.markConflict(row, makeError(u"version_mismatch"_s, u"stale"_s, 412),
                                    R"({"code":"version_mismatch","status":412,"current_version":3})"));
        m_desk->refresh();
        CartPage* page = m_desk->page();
        QVERIFY(page->conflictText().contains(u"next synchronisation"_s));
        QVERIFY(!page->scanField()->isEnabled());
        // The pull brings the customer's version 3: they added a second jacket online.
        FeedPage pulled;
        CartLine two = kJacket;
        two.quantity = 2;
        pulled.items = {CartJson::toJson(onlineCart(3, {two}))};
        QVERIFY(CartFeedApplier(m_db->sql()).apply(pulled));
        m_desk->refresh();
        QVERIFY(page->conflictText().contains(u"Compare both"_s));

        std::optional<CartConflicts::Conflict> shown;
        m_desk->setMergeChooser([&shown](const CartConflicts::Conflict& conflict) {
            shown = conflict;
            return std::optional(CartConflicts::Resolution::Merge);
        });
        QVERIFY(m_desk->resolveConflict());
        QVERIFY(shown && shown->theirs);
        QCOMPARE(shown->theirs->lines.at(0).quantity, 2);
        QCOMPARE(shown->mine.size(), 2);
        QVERIFY(page->conflictText().isEmpty());
        QVERIFY(page->scanField()->isEnabled());
        QCOMPARE(page->linesModel()->rowCount(), 2);
        QCOMPARE(cell(page, 0, CartLinesModel::QuantityColumn), u"2"_s); // the customer's two jackets
        QCOMPARE(cell(page, 1, CartLinesModel::ArticleColumn), u"Kochbuch „Nordische Küche“"_s);
        QCOMPARE(outbox.find(row)->state, u"discarded"_s);
        QCOMPARE(lastRow().ifMatch, std::optional<qint64>(3));
        QCOMPARE(lastRow().state, u"pending"_s);
    }

    void mergeDialogShowsBothVersionsAndDifferencesInBold() {
        CartConflicts::Conflict conflict;
        conflict.theirs = onlineCart(3, {kJacket});
        CartLine book{u"BK-0042"_s, u"Kochbuch"_s, 1, Money::eur(2499)};
        conflict.mine = {kJacket, book};
        CartMergeDialog dialog(conflict);
        QCOMPARE(dialog.theirsTable()->rowCount(), 1);
        QCOMPARE(dialog.mineTable()->rowCount(), 2);
        QVERIFY(!dialog.mineTable()->item(0, 0)->font().bold()); // the jacket is the same on both sides
        QVERIFY(dialog.mineTable()->item(1, 0)->font().bold());  // the book only here
        QVERIFY(dialog.button(CartConflicts::Resolution::Merge)->isDefault());
        dialog.button(CartConflicts::Resolution::KeepMine)->click();
        QCOMPARE(dialog.choice(), std::optional(CartConflicts::Resolution::KeepMine));
    }

    void theCustomerViewOpensTheCartAndCtrl2FollowsTheCustomer() {
        m_host.reset();
        SyncService service{Profile(m_dir.filePath(QString::number(m_run)))};
        MainWindow window(m_db->sql(), service);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.customersPage()->detailPane()->showCustomerById(kCustomer));
        window.customersPage()->detailPane()->findChild<QToolButton*>(u"cartButton"_s)->click();
        QCOMPARE(window.currentArea(), MainWindow::CartArea);
        QCOMPARE(window.cartDesk()->customerId(), kCustomer);
        QCOMPARE(window.cartDesk()->page()->linesModel()->rowCount(), 1);
        // Ctrl+2 from the customer screen opens the cart of the customer shown there.
        window.cartDesk()->clear();
        window.showArea(MainWindow::CustomersArea);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::CartArea);
        QCOMPARE(window.cartDesk()->customerId(), kCustomer);
        // A scanner types into the cart's scan field from anywhere on the page (keys go to the focus).
        window.cartDesk()->page()->linesView()->setFocus();
        for (const QChar digit : kBookEan)
            QTest::keyClick(QApplication::focusWidget(), digit.toLatin1());
        QCOMPARE(QApplication::focusWidget(), window.cartDesk()->page()->scanField());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window.cartDesk()->page()->linesModel()->rowCount(), 2);
    }

    void theSyncScreensDetailsOfACart412OpenTheComparison() {
        QVERIFY(m_desk->openCustomer(kCustomer));
        scan(kBookEan);
        OutboxRepository outbox(m_db->sql());
        const qint64 row = lastRow().id;
        QVERIFY(outbox.markSending(row));
        QVERIFY(outbox.markConflict(row, makeError(u"version_mismatch"_s, u"stale"_s, 412),
                                    R"({"code":"version_mismatch","status":412,"current_version":3})"));
        FeedPage pulled; // the customer's version 3 has arrived
        pulled.items = {CartJson::toJson(onlineCart(3, {kJacket}))};
        QVERIFY(CartFeedApplier(m_db->sql()).apply(pulled));
        m_host.reset();
        SyncService service{Profile(m_dir.filePath(QString::number(m_run)))};
        MainWindow window(m_db->sql(), service);
        int compared = 0;
        window.cartDesk()->setMergeChooser([&compared](const CartConflicts::Conflict&) {
            ++compared;
            return std::optional<CartConflicts::Resolution>(); // the associate cancels
        });
        window.showArea(MainWindow::SyncArea);
        OutboxSection* section = window.syncPage()->outbox();
        section->reload();
        QCOMPARE(section->model()->rowCount(), 1);
        section->view()->selectionModel()->select(
            section->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        section->detailsAction()->trigger();
        QCOMPARE(window.currentArea(), MainWindow::CartArea);
        QCOMPARE(window.cartDesk()->customerId(), kCustomer);
        QCOMPARE(compared, 1);
        QVERIFY(!window.cartDesk()->page()->conflictText().isEmpty());
        QCOMPARE(outbox.find(row)->state, u"conflict"_s); // cancelled: nothing decided
    }
};

QTEST_MAIN(TestCartPage)
#include "tst_cartpage.moc"
