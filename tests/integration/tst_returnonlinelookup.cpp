// The returns desk and an order this device has not cached: online, the desk asks the real
// theke-server (GET /v1/orders/{order_no}) on a pool thread, shows the order marked as loaded from
// the server and books its return, which reaches the server on the next push and comes back with
// the next pull. Offline it says that the search needs a connection; an unknown number says so.
#include "ApiClient.h"
#include "Backoff.h"
#include "CachedReturnableOrders.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "OnlineOrderLookup.h"
#include "OrderRepository.h"
#include "OutboxPusher.h"
#include "OutboxRepository.h"
#include "ReturnLinesModel.h"
#include "ReturnPolicy.h"
#include "ReturnRepository.h"
#include "ReturnsDesk.h"
#include "ReturnsPage.h"
#include "SettingsRepository.h"
#include "SyncEngine.h"
#include "TestServer.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReturnOnlineLookup : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_token;
    QString m_storeId;
    QString m_orderNo; // returnable without a manager, removed from the cache: "not pulled yet"
    QString m_lineId;

    Profile profile() const { return Profile(m_dir.path()); }
    QString message(ReturnsPage* page) const { return page->findChild<QLabel*>(u"messageLabel"_s)->text(); }
    std::optional<Order> cached(const QString& orderNo) const {
        return OrderRepository(m_db->sql()).findByOrderNo(orderNo);
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 400;
        options.seed = 17;
        options.enrollCodes << u"RET-ONLINE"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        CurlTransport transport;
        QVERIFY(Enrollment::enroll(profile(), transport, m_server->url(), u"RET-ONLINE"_s, u"Retoure"_s));
        m_token = profile().readToken().value();
        m_db = Database::open(profile().databasePath()).value();
        m_storeId = SettingsRepository(m_db->sql()).value(SettingKey::kStoreId.toString());
        ApiClient api(transport, m_server->url(), m_token);
        QVERIFY(SyncEngine(*m_db, api).pullAll());

        // An order with a piece the rules take back without a manager.
        QSqlQuery orders(m_db->sql());
        QVERIFY(orders.exec(u"SELECT order_no FROM orders ORDER BY placed_at DESC LIMIT 2000"_s));
        CachedReturnableOrders source(m_db->sql(), m_storeId);
        const ReturnPolicy policy;
        while (m_orderNo.isEmpty() && orders.next()) {
            const Result<ReturnableOrder> order = source.find(orders.value(0).toString());
            for (const ReturnOrderLine& line : order ? order->facts.lines : QList<ReturnOrderLine>{}) {
                ReturnRequest request;
                request.lines = {ReturnRequestLine{line.lineId, 1, ReturnReason::DoesNotFit,
                                                   ItemCondition::AsNew, std::nullopt,
                                                   ReturnDisposition::Restock}};
                const auto decision = policy.evaluate(order->facts, request, QDateTime::currentDateTimeUtc());
                if (line.quantity > line.returnedQuantity && decision && decision->canProceed() &&
                    !decision->needsApproval() && !decision->total.isZero()) {
                    m_orderNo = order->orderNo;
                    m_lineId = line.lineId;
                    break;
                }
            }
        }
        QVERIFY2(!m_orderNo.isEmpty(), "no order in the demo data can be returned without a manager");
        QSqlQuery forget(m_db->sql());
        forget.prepare(u"DELETE FROM orders WHERE order_no = ?"_s);
        forget.addBindValue(m_orderNo);
        QVERIFY(forget.exec());
        QVERIFY(!cached(m_orderNo));
    }

    void lookUpNowAsksTheServer() {
        const OnlineOrderLookup::Answer found = OnlineOrderLookup::lookUpNow(profile(), m_orderNo);
        QVERIFY2(found.error.code.isEmpty(), qPrintable(found.error.toString()));
        QCOMPARE(found.order->orderNo, m_orderNo);
        const OnlineOrderLookup::Answer unknown =
            OnlineOrderLookup::lookUpNow(profile(), u"W-1999-0000001"_s);
        QVERIFY(!unknown.order);
        QCOMPARE(unknown.error.code, ErrorCode::kApiNotFound.toString());
    }

    void offlineTheDeskSaysASearchNeedsAConnection() {
        QWidget window;
        ReturnsDesk desk(m_db->sql(), &window);
        OnlineOrderLookup lookUp(profile());
        desk.setOnline([] { return false; });
        desk.setOnlineLookUp(&lookUp);
        QVERIFY(!desk.page()->lookUp(m_orderNo));
        QVERIFY(!lookUp.isRunning()); // nothing asked
        QVERIFY(!desk.page()->isLookingUpOnline());
        QVERIFY2(message(desk.page()).contains(u"needs a connection"_s), qPrintable(message(desk.page())));
        QVERIFY(message(desk.page()).contains(m_orderNo));
    }

    void unknownOrderIsNotFoundOnTheServerEither() {
        QWidget window;
        ReturnsDesk desk(m_db->sql(), &window);
        OnlineOrderLookup lookUp(profile());
        desk.setOnline([] { return true; });
        desk.setOnlineLookUp(&lookUp);
        QVERIFY(!desk.page()->lookUp(u"W-1999-0000001"_s));
        QVERIFY(desk.page()->isLookingUpOnline());
        QTRY_VERIFY_WITH_TIMEOUT(!desk.page()->isLookingUpOnline(), 15000);
        QVERIFY2(message(desk.page()).contains(u"neither on this device nor on the server"_s),
                 qPrintable(message(desk.page())));
    }

    void orderFoundOnlineIsReturnedAndSynced() {
        QWidget window;
        ReturnsDesk desk(m_db->sql(), &window);
        OnlineOrderLookup lookUp(profile());
        desk.setOnline([] { return true; });
        desk.setOnlineLookUp(&lookUp);
        ReturnsPage* page = desk.page();
        QVERIFY(!page->lookUp(m_orderNo)); // not in the cache: the answer follows
        QVERIFY(message(page).contains(u"asking the server"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page->order().isValid(), 15000);
        QCOMPARE(page->order().orderNo, m_orderNo);
        QVERIFY(page->order().fromServer);
        const QString summary = page->findChild<QLabel*>(u"orderSummary"_s)->text();
        QVERIFY2(summary.contains(u"loaded from the server"_s), qPrintable(summary));
        QVERIFY(!cached(m_orderNo)); // looking is not keeping

        const int returnedBefore = [&] {
            for (const ReturnOrderLine& line : page->order().facts.lines)
                if (line.lineId == m_lineId)
                    return line.returnedQuantity;
            return -1;
        }();
        QVERIFY(page->linesModel()->setQuantity(m_lineId, 1));
        auto* submit = page->findChild<QPushButton*>(u"submitButton"_s);
        QVERIFY(submit->isEnabled());
        submit->click();
        QVERIFY2(!desk.lastReceiptPath().isEmpty(), qPrintable(message(page)));
        // Booked like any cached order: the order is cached now, its return in the outbox.
        QVERIFY(cached(m_orderNo));
        const QList<OutboxEntry> rows = OutboxRepository(m_db->sql()).list().value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().command, u"return.create"_s);
        QCOMPARE(rows.first().entityId, m_orderNo);

        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        Backoff backoff{1};
        const Result<PushReport> pushed = OutboxPusher(*m_db, api, Clock::system(), backoff).push();
        QVERIFY(pushed);
        QCOMPARE(pushed->done, 1);
        QVERIFY(SyncEngine(*m_db, api).pullAll());
        const Order pulled = cached(m_orderNo).value();
        for (const OrderLine& line : pulled.lines) {
            if (line.lineId == m_lineId)
                QCOMPARE(line.returnedQuantity, returnedBefore + 1); // the server's count, pulled
        }
        const OnlineOrderLookup::Answer server = OnlineOrderLookup::lookUpNow(profile(), m_orderNo);
        QCOMPARE(server.order->version, pulled.version);
    }

    // A device that has neither the order nor its returns (e.g. another store's return, not pulled
    // yet): the look-up's answer carries the returns, so "already refunded" is right.
    void earlierRefundsOfAnOrderFoundOnlineAreCounted() {
        const QList<ReturnRecord> booked = ReturnRepository(m_db->sql()).forOrderNo(m_orderNo).value();
        QCOMPARE(booked.size(), 1); // the previous test's, as the server answered it
        const Money refunded = booked.first().refund.amount;
        QVERIFY(!refunded.isZero());
        QSqlQuery forget(m_db->sql());
        for (const QString& table : {u"orders"_s, u"returns"_s}) {
            forget.prepare(u"DELETE FROM %1 WHERE order_no = ?"_s.arg(table));
            forget.addBindValue(m_orderNo);
            QVERIFY(forget.exec());
        }

        const OnlineOrderLookup::Answer found = OnlineOrderLookup::lookUpNow(profile(), m_orderNo);
        QVERIFY2(found.order, qPrintable(found.error.toString()));
        QCOMPARE(found.returns.size(), 1);
        QCOMPARE(found.returns.first().id, booked.first().id);
        QCOMPARE(found.returns.first().refund.amount, refunded);
        CachedReturnableOrders source(m_db->sql(), m_storeId);
        QCOMPARE(source.fromOrder(*found.order).facts.refundedBefore.cents, 0); // what the cache alone knows

        QWidget window;
        ReturnsDesk desk(m_db->sql(), &window);
        OnlineOrderLookup lookUp(profile());
        desk.setOnline([] { return true; });
        desk.setOnlineLookUp(&lookUp);
        ReturnsPage* page = desk.page();
        QVERIFY(!page->lookUp(m_orderNo));
        QTRY_VERIFY_WITH_TIMEOUT(page->order().isValid(), 15000);
        QCOMPARE(page->order().facts.refundedBefore, refunded);
        const QString summary = page->findChild<QLabel*>(u"orderSummary"_s)->text();
        QVERIFY2(summary.contains(u"already refunded"_s), qPrintable(summary));
        for (const ReturnOrderLine& line : page->order().facts.lines) {
            if (line.lineId == m_lineId)
                QVERIFY(line.returnedQuantity >= 1);
        }
    }
};

QTEST_MAIN(TestReturnOnlineLookup)
#include "tst_returnonlinelookup.moc"
