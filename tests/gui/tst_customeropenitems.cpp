// The customer view's open items and the history read off the GUI thread: the overview counts and
// lists the pickups waiting, returns in progress and saved carts (a pickup opens at the pickup desk,
// a return its order); both reads run on a pool thread, and an answer for a customer no longer
// shown is dropped.
#include "CartRepository.h"
#include "CustomerDetailPane.h"
#include "CustomerHistoryPanel.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "OpenItemsPanel.h"
#include "OrderDetailDialog.h"
#include "OrderRepository.h"
#include "PickupRepository.h"
#include "ReturnRepository.h"
#include "TimelineModel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

QDateTime daysAgo(int days) {
    return QDateTime::currentDateTimeUtc().addDays(-days);
}

Customer customer(const QString& id, const QString& no, const QString& last) {
    Customer c;
    c.id = id;
    c.customerNo = no;
    c.firstName = u"Ute"_s;
    c.lastName = last;
    c.version = 1;
    return c;
}

Order order(const QString& customerId, const QString& no, int daysBack) {
    Order o;
    o.id = u"id-"_s + no;
    o.orderNo = no;
    o.channel = u"webshop"_s;
    o.customerId = customerId;
    o.placedAt = daysAgo(daysBack);
    o.lines = {OrderLine{u"1"_s, u"SKU-1"_s, u"Strickjacke"_s, 2, Money::eur(4990), Money::eur(9980), 0}};
    o.payment.method = u"card"_s;
    o.totals.gross = Money::eur(9980);
    o.fulfilment = u"pickup"_s;
    o.state = u"delivered"_s;
    o.version = 1;
    o.updatedAt = o.placedAt;
    return o;
}

Pickup pickup(const QString& id, const QString& orderNo, PickupState state, int deadlineInDays) {
    Pickup p;
    p.id = id;
    p.orderNo = orderNo;
    p.customerId = u"c-open"_s;
    p.storeId = u"store-k"_s;
    p.state = state;
    p.lines = {{u"1"_s, 2}};
    p.shelf = state == PickupState::AwaitingStock ? QString() : u"C-03"_s;
    p.deadline = state == PickupState::AwaitingStock ? QDateTime() : daysAgo(-deadlineInDays);
    p.pickupCodeHash = u"{}"_s;
    p.version = 1;
    p.updatedAt = daysAgo(1);
    return p;
}

ReturnRecord returned(const QString& id, const QString& orderNo, const QString& state) {
    ReturnRecord r;
    r.id = id;
    r.orderNo = orderNo;
    r.channel = u"store"_s;
    r.lines = {ReturnLine{u"1"_s, 1, u"does_not_fit"_s, u"as_new"_s, u"restock"_s}};
    r.refund = Refund{u"original"_s, Money::eur(4990)};
    r.state = state;
    r.createdAt = daysAgo(2);
    r.version = 1;
    return r;
}

Cart cart(const QString& id, const QString& origin, int pieces, const QString& handoff = {}) {
    Cart c;
    c.id = id;
    c.customerId = u"c-open"_s;
    c.origin = origin;
    for (int i = 0; i < pieces; ++i)
        c.lines.append(CartLine{u"SKU-%1"_s.arg(i), u"Mütze"_s, 1, Money::eur(1999)});
    c.handoffCode = handoff;
    c.version = 1;
    c.updatedAt = daysAgo(3);
    return c;
}

} // namespace

class TestCustomerOpenItems : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // Lets every pool-thread read end and delivers what it posted: an answer dropped stays dropped.
    static void settle() {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase() {
        auto db = Database::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        QVERIFY(CustomerRepository(m_db->sql())
                    .upsert({customer(u"c-open"_s, u"K3001"_s, u"Offen"_s),
                             customer(u"c-done"_s, u"K3002"_s, u"Erledigt"_s),
                             customer(u"c-many"_s, u"K3003"_s, u"Viel"_s)}));
        QList<Order> orders{order(u"c-open"_s, u"W-501"_s, 3), order(u"c-open"_s, u"W-502"_s, 4),
                            order(u"c-open"_s, u"W-503"_s, 30), order(u"c-open"_s, u"W-504"_s, 40),
                            order(u"c-done"_s, u"W-601"_s, 50)};
        for (int i = 0; i < 450; ++i) // more than the timeline's first batch
            orders << order(u"c-many"_s, u"W-9%1"_s.arg(i, 4, 10, QChar(u'0')), i + 1);
        QVERIFY(OrderRepository(m_db->sql()).upsert(orders));
        QVERIFY(PickupRepository(m_db->sql())
                    .upsert({pickup(u"p-ready"_s, u"W-501"_s, PickupState::Ready, 4),
                             pickup(u"p-wait"_s, u"W-502"_s, PickupState::AwaitingStock, 0),
                             pickup(u"p-gone"_s, u"W-503"_s, PickupState::HandedOver, 2)}));
        QVERIFY(ReturnRepository(m_db->sql())
                    .upsert({returned(u"r-open"_s, u"W-503"_s, u"refund_pending"_s),
                             returned(u"r-done"_s, u"W-504"_s, u"refunded"_s),
                             returned(u"r-other"_s, u"W-601"_s, u"refunded"_s)}));
        QVERIFY(CartRepository(m_db->sql())
                    .upsert({cart(u"cart-saved"_s, u"online"_s, 3),
                             cart(u"cart-till"_s, u"store"_s, 2, u"H-77"_s),
                             cart(u"cart-empty"_s, u"store"_s, 0)}));
    }

    void overviewCountsAndListsWhatIsOpen() {
        CustomerDetailPane pane(m_db->sql());
        pane.resize(700, 700);
        pane.show();
        pane.showCustomer(customer(u"c-open"_s, u"K3001"_s, u"Offen"_s));
        OpenItemsPanel* open = pane.openItemsPanel();
        QVERIFY(open->isLoading()); // read on a pool thread, the overview is already there
        QTRY_VERIFY(!open->isLoading());
        QCOMPARE(open->items().pickups.size(), 2);
        QCOMPARE(open->items().pickups.first().id, u"p-ready"_s); // with a deadline first
        QCOMPARE(open->items().returns.size(), 1);
        QCOMPARE(open->items().returns.first().id, u"r-open"_s);
        QCOMPARE(open->items().carts.size(), 1);
        QCOMPARE(open->items().carts.first().id, u"cart-saved"_s);
        const QString summary = open->summaryLabel()->text();
        QVERIFY2(summary.contains(u"2 pickup"_s) && summary.contains(u"1 return"_s) &&
                     summary.contains(u"1 saved cart"_s),
                 qPrintable(summary));
        const QString list = open->listLabel()->text();
        QVERIFY2(list.contains(u"W-501"_s) && list.contains(u"C-03"_s) && list.contains(u"W-503"_s) &&
                     list.contains(u"Online cart"_s),
                 qPrintable(list));

        // A pickup opens at the pickup desk (the main window's part), a return its order.
        QSignalSpy pickups(&pane, &CustomerDetailPane::pickupRequested);
        Q_EMIT open->listLabel()->linkActivated(u"pickup:p-ready"_s);
        QCOMPARE(pickups.size(), 1);
        QCOMPARE(pickups.first().first().toString(), u"p-ready"_s);
        Q_EMIT open->listLabel()->linkActivated(u"order:W-503"_s);
        QVERIFY(pane.historyPanel()->orderDialog());
        QVERIFY(pane.historyPanel()->orderDialog()->windowTitle().contains(u"W-503"_s));
        pane.historyPanel()->orderDialog()->close();
    }

    void nothingOpenSaysSo() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(customer(u"c-done"_s, u"K3002"_s, u"Erledigt"_s));
        QTRY_VERIFY(!pane.openItemsPanel()->isLoading());
        QVERIFY(pane.openItemsPanel()->items().isEmpty());
        QVERIFY(pane.openItemsPanel()->summaryLabel()->text().contains(u"Nothing open"_s));
        QVERIFY(pane.openItemsPanel()->listLabel()->isHidden());
    }

    void openItemsOfTheCustomerBeforeAreDropped() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(customer(u"c-open"_s, u"K3001"_s, u"Offen"_s));
        pane.showCustomer(customer(u"c-done"_s, u"K3002"_s, u"Erledigt"_s)); // switched at once
        settle();
        QVERIFY(!pane.openItemsPanel()->isLoading());
        QVERIFY(pane.openItemsPanel()->items().isEmpty()); // c-open's answer came too late
    }

    void fullHistoryIsReadOffTheGuiThread() {
        CustomerDetailPane pane(m_db->sql());
        pane.resize(700, 700);
        pane.show();
        pane.showCustomer(customer(u"c-many"_s, u"K3003"_s, u"Viel"_s));
        pane.showHistory();
        CustomerHistoryPanel* history = pane.historyPanel();
        // Back from showHistory with the newest batch only: the rest is still being read elsewhere.
        QVERIFY(history->isLoadingRest());
        QCOMPARE(history->model()->totalEvents(), TimelineModel::kBatch);
        QTRY_VERIFY(!history->isLoadingRest());
        QCOMPARE(history->model()->totalEvents(), 450);
    }

    void historyOfTheCustomerBeforeIsDropped() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(customer(u"c-many"_s, u"K3003"_s, u"Viel"_s));
        pane.showHistory();
        QVERIFY(pane.historyPanel()->isLoadingRest());
        // The associate switches customer while the 450 orders are read, and opens the history again.
        pane.showCustomer(customer(u"c-open"_s, u"K3001"_s, u"Offen"_s));
        pane.showHistory();
        settle();
        CustomerHistoryPanel* history = pane.historyPanel();
        QVERIFY(!history->isLoadingRest());
        QCOMPARE(history->shownCustomerId(), u"c-open"_s);
        // c-open's four orders, two returns and three pickups; none of c-many's 450 orders.
        QCOMPARE(history->model()->totalEvents(), 4 + 2 + 3);
    }
};

QTEST_MAIN(TestCustomerOpenItems)
#include "tst_customeropenitems.moc"
