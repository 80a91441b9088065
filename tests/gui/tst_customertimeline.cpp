// The customer's history at the counter: the History tab shows the timeline and the figures,
// filters by channel, and opening an order lists its lines, what came back and where.
#include "ChannelMixChart.h"
#include "CustomerDetailPane.h"
#include "CustomerFiguresPanel.h"
#include "CustomerHistoryPanel.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "OrderDetailDialog.h"
#include "OrderRepository.h"
#include "ReturnRepository.h"
#include "StoreRepository.h"
#include "TimelineModel.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

QDateTime daysAgo(int days) {
    return QDateTime::currentDateTimeUtc().addDays(-days);
}

Customer schulz() {
    Customer c;
    c.id = u"c-schulz"_s;
    c.customerNo = u"K2001"_s;
    c.firstName = u"Petra"_s;
    c.lastName = u"Schulz"_s;
    c.version = 1;
    return c;
}

OrderLine line(const QString& id, const QString& name, int qty, qint64 unitCents, int returned = 0) {
    OrderLine l;
    l.lineId = id;
    l.sku = u"SKU-"_s + id;
    l.name = name;
    l.quantity = qty;
    l.unitPrice = Money::eur(unitCents);
    l.total = Money::eur(unitCents * qty);
    l.returnedQuantity = returned;
    return l;
}

Order order(const QString& no, const QString& channel, int daysBack, QList<OrderLine> lines) {
    Order o;
    o.id = u"id-"_s + no;
    o.orderNo = no;
    o.channel = channel;
    o.customerId = u"c-schulz"_s;
    o.placedAt = daysAgo(daysBack);
    o.lines = lines;
    o.payment.method = u"paypal"_s;
    o.totals.gross = Money::eur(0);
    for (const OrderLine& l : lines)
        o.totals.gross += l.total;
    o.fulfilment = channel == u"store" ? u"pickup"_s : u"delivery"_s;
    o.deliveredAt = o.placedAt.addDays(2);
    o.state = u"delivered"_s;
    o.version = 1;
    return o;
}

} // namespace

class TestCustomerTimeline : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        auto db = Database::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        QVERIFY(CustomerRepository(m_db->sql()).upsert({schulz()}));
        StoreRecord hamburg;
        hamburg.id = u"store-hh"_s;
        hamburg.name = u"Hamburg Mönckebergstraße"_s;
        QVERIFY(StoreRepository(m_db->sql()).upsert({hamburg}));
        QVERIFY(OrderRepository(m_db->sql())
                    .upsert({order(u"W-100"_s, u"webshop"_s, 40,
                                   {line(u"1"_s, u"Wollmantel"_s, 1, 19900, 1),
                                    line(u"2"_s, u"Schal"_s, 2, 2500, 1)}),
                             order(u"S-200"_s, u"store"_s, 20, {line(u"1"_s, u"Gürtel"_s, 1, 3990)}),
                             order(u"A-300"_s, u"app"_s, 400, {line(u"1"_s, u"Mütze"_s, 1, 1990)})}));
        ReturnRecord ret;
        ret.id = u"r-1"_s;
        ret.orderNo = u"W-100"_s;
        ret.storeId = u"store-hh"_s;
        ret.channel = u"store"_s;
        ret.lines = {ReturnLine{u"1"_s, 1, u"does_not_fit"_s, u"as_new"_s, u"restock"_s},
                     ReturnLine{u"2"_s, 1, u"changed_mind"_s, u"unopened"_s, u"restock"_s}};
        ret.refund = Refund{u"original"_s, Money::eur(22400)};
        ret.state = u"refunded"_s;
        ret.createdAt = daysAgo(30);
        ret.version = 1;
        QVERIFY(ReturnRepository(m_db->sql()).upsert({ret}));
    }

    void historyTabShowsTimelineAndFigures() {
        CustomerDetailPane pane(m_db->sql());
        pane.resize(620, 700);
        pane.show();
        pane.showCustomer(schulz());
        CustomerHistoryPanel* history = pane.historyPanel();
        QCOMPARE(history->model()->totalEvents(), 0); // not read until the tab is shown
        pane.showHistory();
        QCOMPARE(pane.findChild<QTabWidget*>(u"tabs"_s)->currentWidget()->objectName(), u"historyTab"_s);
        QCOMPARE(history->model()->totalEvents(), 4); // three orders and a return, the newest at once
        QTRY_VERIFY(!history->isLoadingRest()); // and all of it, with the figures, after the first paint
        QCOMPARE(history->model()->totalEvents(), 4);
        const TimelineEvent* newest = history->model()->eventAt(1);
        QVERIFY(newest);
        QCOMPARE(newest->orderNo, u"S-200"_s);

        // Last 12 months: the web shop coat and one scarf came back in Hamburg.
        CustomerFiguresPanel* figures = history->figures();
        QCOMPARE(figures->period(), CustomerFiguresPanel::Last12Months);
        QCOMPARE(figures->shownFigures().total().orders, 2);
        QCOMPARE(figures->shownFigures().total().revenue, Money::eur(24900 - 22400 + 3990));
        QCOMPARE(figures->shownFigures().channel(u"webshop"_s)->returnRateBasisPoints(), 6667);
        QCOMPARE(figures->table()->rowCount(), 3); // web shop, store, total
        figures->setPeriod(CustomerFiguresPanel::AllTime);
        QCOMPARE(figures->shownFigures().total().orders, 3);
        QCOMPARE(figures->table()->rowCount(), 4);
        QCOMPARE(figures->chart()->slices().size(), 3);
    }

    void filterByChannelThenOpenAnOrder() {
        CustomerDetailPane pane(m_db->sql());
        pane.resize(620, 700);
        pane.show();
        pane.showCustomer(schulz());
        pane.showHistory();
        CustomerHistoryPanel* history = pane.historyPanel();
        QTRY_VERIFY(!history->isLoadingRest());
        QComboBox* channels = history->channelFilter();
        const int webshop = channels->findData(u"webshop"_s);
        QVERIFY(webshop > 0);
        channels->setCurrentIndex(webshop);
        QCOMPARE(history->model()->matchingEvents(), 1);
        QCOMPARE(history->model()->rowCount(), 2); // month heading and the order

        QTreeView* view = history->view();
        view->setFocus();
        view->setCurrentIndex(history->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        OrderDetailDialog* dialog = history->orderDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(u"W-100"_s));
        QTableWidget* lines = dialog->linesTable();
        QCOMPARE(lines->rowCount(), 2);
        QVERIFY(lines->item(0, OrderDetailDialog::ArticleColumn)->text().contains(u"Wollmantel"_s));
        QCOMPARE(lines->item(0, OrderDetailDialog::QuantityColumn)->text(), u"1"_s);
        QCOMPARE(lines->item(0, OrderDetailDialog::ReturnedColumn)->text(), u"1"_s);
        QCOMPARE(lines->item(1, OrderDetailDialog::QuantityColumn)->text(), u"2"_s);
        QCOMPARE(lines->item(1, OrderDetailDialog::ReturnedColumn)->text(), u"1"_s);
        QTableWidget* returns = dialog->returnsTable();
        QCOMPARE(returns->rowCount(), 1);
        QCOMPARE(returns->item(0, OrderDetailDialog::ReturnWhereColumn)->text(),
                 u"Hamburg Mönckebergstraße"_s);
        const QString what = returns->item(0, OrderDetailDialog::ReturnWhatColumn)->text();
        QVERIFY2(what.contains(u"Wollmantel"_s) && what.contains(u"Schal"_s), qPrintable(what));
        dialog->close();

        // A month heading opens nothing; the "Open order" action (Ctrl+O) opens the current row.
        QVERIFY(!history->openRow(0));
        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
        QVERIFY(history->orderDialog());
        QVERIFY(history->orderDialog()->windowTitle().contains(u"W-100"_s));

        // Pieces are left on the order: the dialog offers to take them back at the returns desk.
        QSignalSpy wanted(&pane, &CustomerDetailPane::returnRequested);
        auto* takeBack = history->orderDialog()->findChild<QPushButton*>(u"takeBackButton"_s);
        QVERIFY(takeBack);
        takeBack->click();
        QCOMPARE(wanted.size(), 1);
        QVERIFY(wanted.first().at(0).toString().contains(u"W-100"_s));
    }
};

QTEST_MAIN(TestCustomerTimeline)
#include "tst_customertimeline.moc"
