// Orders, pickups and returns in the cache: found by order number and by customer with their
// lines, the pickup desk's queue per store and state, and the version rule.
#include "DomainExamples.h"

#include "Database.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "PickupJson.h"
#include "PickupRepository.h"
#include "PinHash.h"
#include "ReturnJson.h"
#include "ReturnRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

Order order(const QString& id, const QString& orderNo, const QString& customerId, const char* placedAt) {
    Order o = OrderJson::fromJson(Ex::order()).value();
    o.id = id;
    o.orderNo = orderNo;
    o.customerId = customerId;
    o.placedAt = utc(placedAt);
    return o;
}

Pickup pickup(const QString& id, const QString& storeId, PickupState state, const char* deadline) {
    Pickup p = PickupJson::fromJson(Ex::pickup()).value();
    p.id = id;
    p.orderNo = u"W-"_s + id;
    p.storeId = storeId;
    p.state = state;
    p.deadline = deadline ? utc(deadline) : QDateTime();
    return p;
}

ReturnRecord returnOf(const QString& id, const QString& orderNo, const char* createdAt) {
    ReturnRecord r = ReturnJson::fromJson(Ex::returnRecord()).value();
    r.id = id;
    r.orderNo = orderNo;
    r.createdAt = utc(createdAt);
    return r;
}

template <typename T> QStringList idsOf(const QList<T>& rows) {
    QStringList ids;
    for (const T& row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestOrderRepositories : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().detail));
        m_db = std::move(db).value();
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void orderReadsBackWholeByOrderNo() {
        OrderRepository orders(m_db->sql());
        const Order example = OrderJson::fromJson(Ex::order()).value();
        QVERIFY(orders.upsert({example}));
        QCOMPARE(orders.findByOrderNo(u"W-2025-0048213"_s), std::optional<Order>(example));
        QCOMPARE(orders.find(example.id), std::optional<Order>(example));
        QVERIFY(!orders.findByOrderNo(u"W-2025-0000000"_s));
    }

    void ordersOfACustomerComeNewestFirst() {
        OrderRepository orders(m_db->sql());
        QVERIFY(orders.upsert({order(u"o1"_s, u"W-1"_s, u"cust-1"_s, "2025-01-05T10:00:00.000Z"),
                               order(u"o2"_s, u"S-2"_s, u"cust-1"_s, "2025-03-02T19:12:44.000Z"),
                               order(u"o3"_s, u"W-3"_s, u"cust-2"_s, "2025-04-01T10:00:00.000Z"),
                               order(u"o4"_s, u"W-4"_s, QString(), "2025-04-02T10:00:00.000Z")}));
        const QList<Order> mine = orders.forCustomer(u"cust-1"_s).value();
        QCOMPARE(idsOf(mine), (QStringList{u"o2"_s, u"o1"_s}));
        QCOMPARE(mine.first().lines.size(), 2);
        QCOMPARE(mine.first().totals.gross, Money::eur(8990));
        QCOMPARE(idsOf(orders.forCustomer(u"cust-1"_s, 1).value()), QStringList{u"o2"_s});
        QVERIFY(orders.forCustomer(QString())->isEmpty()); // guest orders belong to nobody
        QVERIFY(orders.findByOrderNo(u"W-4"_s)->customerId.isEmpty());
    }

    void orderVersionRuleKeepsReturnedQuantities() {
        OrderRepository orders(m_db->sql());
        Order current = OrderJson::fromJson(Ex::order()).value();
        current.version = 6;
        current.lines[1].returnedQuantity = 1;
        QVERIFY(orders.upsert({current}));
        Order stale = OrderJson::fromJson(Ex::order()).value(); // version 5, nothing returned
        QVERIFY(orders.upsert({stale}));
        QCOMPARE(orders.find(current.id)->lines.at(1).quantityLeft(), 0);
        QVERIFY(orders.remove({current.id}));
        QVERIFY(!orders.find(current.id));
    }

    void pickupReadsBackWithListsAndCheckableCode() {
        PickupRepository pickups(m_db->sql());
        Pickup p = PickupJson::fromJson(Ex::pickup()).value();
        p.pickupCodeHash = PinHash::createWithSalt(u"K7M2QX"_s, QByteArray(16, 's'), 100000);
        p.handovers.append(Handover{utc("2025-03-15T09:00:00.000Z"),
                                    u"st-hh-0012"_s,
                                    Recipient{u"customer"_s, u"Jürgen Weiß"_s},
                                    IdentityCheck{u"pickup_code"_s, QString()},
                                    {PickupLine{u"1"_s, 1}}});
        QVERIFY(pickups.upsert({p}));
        const std::optional<Pickup> found = pickups.find(p.id);
        QCOMPARE(found, std::optional<Pickup>(p));
        QVERIFY(PinHash::verify(u"K7M2QX"_s, found->pickupCodeHash));
        QCOMPARE(idsOf(pickups.forOrderNo(u"W-2025-0051177"_s).value()), QStringList{p.id});
    }

    void pickupQueueIsPerStoreAndStateSoonestDeadlineFirst() {
        PickupRepository pickups(m_db->sql());
        QVERIFY(pickups.upsert({
            pickup(u"late"_s, u"hh"_s, PickupState::Ready, "2025-03-24T18:00:00.000Z"),
            pickup(u"soon"_s, u"hh"_s, PickupState::Ready, "2025-03-20T18:00:00.000Z"),
            pickup(u"coming"_s, u"hh"_s, PickupState::AwaitingStock, nullptr),
            pickup(u"done"_s, u"hh"_s, PickupState::HandedOver, "2025-03-18T18:00:00.000Z"),
            pickup(u"berlin"_s, u"b"_s, PickupState::Ready, "2025-03-19T18:00:00.000Z"),
        }));
        QCOMPARE(idsOf(pickups.forStore(u"hh"_s, {PickupState::Ready}).value()),
                 (QStringList{u"soon"_s, u"late"_s}));
        QCOMPARE(idsOf(pickups.forStore(u"hh"_s, {PickupState::Ready, PickupState::AwaitingStock}).value()),
                 (QStringList{u"soon"_s, u"late"_s, u"coming"_s}));
        QCOMPARE(idsOf(pickups.forStore(u"hh"_s).value()),
                 (QStringList{u"done"_s, u"soon"_s, u"late"_s, u"coming"_s}));
        QCOMPARE(idsOf(pickups.forStore(u"hh"_s, {}, 1).value()), QStringList{u"done"_s});
        QVERIFY(pickups.forStore(u"hh"_s, {PickupState::Cancelled})->isEmpty());
        QCOMPARE(idsOf(pickups.forStore(u"b"_s, {PickupState::Ready}).value()), QStringList{u"berlin"_s});
    }

    void pickupStateChangesFollowTheVersion() {
        PickupRepository pickups(m_db->sql());
        Pickup ready = pickup(u"p"_s, u"hh"_s, PickupState::Ready, "2025-03-24T18:00:00.000Z");
        ready.version = 3;
        QVERIFY(pickups.upsert({ready}));
        Pickup stale = ready;
        stale.version = 2;
        stale.state = PickupState::AwaitingStock;
        QVERIFY(pickups.upsert({stale}));
        QCOMPARE(pickups.find(u"p"_s)->state, PickupState::Ready);
        Pickup handedOver = ready;
        handedOver.version = 4;
        handedOver.state = PickupState::HandedOver;
        QVERIFY(pickups.upsert({handedOver}));
        QCOMPARE(pickups.find(u"p"_s)->state, PickupState::HandedOver);
        QVERIFY(pickups.forStore(u"hh"_s, {PickupState::Ready})->isEmpty());
        QVERIFY(pickups.remove({u"p"_s}));
        QVERIFY(!pickups.find(u"p"_s));
    }

    void returnsOfAnOrderComeOldestFirstWithLinesAndApprovals() {
        ReturnRepository returns(m_db->sql());
        const ReturnRecord example = ReturnJson::fromJson(Ex::returnRecord()).value();
        QVERIFY(returns.upsert({returnOf(u"r2"_s, u"W-2025-0048213"_s, "2025-04-05T10:00:00.000Z"), example,
                                returnOf(u"r3"_s, u"W-other"_s, "2025-04-01T10:00:00.000Z")}));
        const QList<ReturnRecord> ofOrder = returns.forOrderNo(u"W-2025-0048213"_s).value();
        QCOMPARE(idsOf(ofOrder), (QStringList{example.id, u"r2"_s}));
        QCOMPARE(ofOrder.first(), example);
        QCOMPARE(returns.find(example.id), std::optional<ReturnRecord>(example));
    }

    void returnsOfACustomerGoThroughTheirOrders() {
        OrderRepository orders(m_db->sql());
        ReturnRepository returns(m_db->sql());
        QVERIFY(orders.upsert({order(u"o1"_s, u"W-1"_s, u"cust-1"_s, "2025-01-05T10:00:00.000Z"),
                               order(u"o2"_s, u"W-2"_s, u"cust-1"_s, "2025-02-05T10:00:00.000Z"),
                               order(u"o3"_s, u"W-3"_s, u"cust-2"_s, "2025-02-05T10:00:00.000Z")}));
        QVERIFY(returns.upsert({returnOf(u"r1"_s, u"W-1"_s, "2025-01-10T10:00:00.000Z"),
                                returnOf(u"r2"_s, u"W-2"_s, "2025-02-10T10:00:00.000Z"),
                                returnOf(u"r3"_s, u"W-3"_s, "2025-02-11T10:00:00.000Z"),
                                returnOf(u"r4"_s, u"W-not-cached"_s, "2025-02-12T10:00:00.000Z")}));
        QCOMPARE(idsOf(returns.forCustomer(u"cust-1"_s).value()), (QStringList{u"r2"_s, u"r1"_s}));
        QCOMPARE(idsOf(returns.forCustomer(u"cust-2"_s).value()), QStringList{u"r3"_s});
        QVERIFY(returns.remove({u"r2"_s}));
        QCOMPARE(idsOf(returns.forCustomer(u"cust-1"_s).value()), QStringList{u"r1"_s});
    }

    void returnVersionRule() {
        ReturnRepository returns(m_db->sql());
        ReturnRecord refunded = ReturnJson::fromJson(Ex::returnRecord()).value();
        refunded.version = 2;
        refunded.state = u"refunded"_s;
        QVERIFY(returns.upsert({refunded}));
        QVERIFY(returns.upsert({ReturnJson::fromJson(Ex::returnRecord()).value()})); // version 1
        QCOMPARE(returns.find(refunded.id)->state, u"refunded"_s);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestOrderRepositories)
#include "tst_orderrepositories.moc"
