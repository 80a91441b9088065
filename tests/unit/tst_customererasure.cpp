// When the customers feed tombstones a customer (erasure on the server), everything this device
// cached about them goes in the same transaction: pickups with their authorised persons, the
// returns of their orders, carts, service contacts and notes; their orders stay for stock and
// return counts but no longer lead to the person. Other customers keep everything.
#include "DomainExamples.h"

#include "CartJson.h"
#include "CartRepository.h"
#include "CustomerFeedApplier.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "NoteRepository.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "PickupJson.h"
#include "PickupRepository.h"
#include "ReturnJson.h"
#include "ReturnRepository.h"
#include "ServiceContactJson.h"
#include "ServiceContactRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

Customer customer(const QString& id) {
    Customer c;
    c.id = id;
    c.customerNo = u"K-"_s + id;
    c.firstName = u"Jürgen"_s;
    c.lastName = u"Weiß"_s;
    c.version = 1;
    return c;
}

Order order(const QString& id, const QString& orderNo, const QString& customerId) {
    Order o = OrderJson::fromJson(Ex::order()).value();
    o.id = id;
    o.orderNo = orderNo;
    o.customerId = customerId;
    return o;
}

Pickup pickup(const QString& id, const QString& orderNo, const QString& customerId) {
    Pickup p = PickupJson::fromJson(Ex::pickup()).value();
    p.id = id;
    p.orderNo = orderNo;
    p.customerId = customerId;
    return p;
}

ReturnRecord returnOf(const QString& id, const QString& orderNo) {
    ReturnRecord r = ReturnJson::fromJson(Ex::returnRecord()).value();
    r.id = id;
    r.orderNo = orderNo;
    return r;
}

Cart cart(const QString& id, const QString& customerId) {
    Cart c = CartJson::fromJson(Ex::cart()).value();
    c.id = id;
    c.customerId = customerId;
    return c;
}

ServiceContact contact(const QString& id, const QString& customerId) {
    ServiceContact c = ServiceContactJson::fromJson(Ex::serviceContact()).value();
    c.id = id;
    c.customerId = customerId;
    return c;
}

Note note(const QString& id, const QString& customerId) {
    Note n;
    n.id = id;
    n.customerId = customerId;
    n.text = u"Möchte angerufen werden."_s;
    n.createdAt = QDateTime::currentDateTimeUtc();
    n.version = 1;
    return n;
}

} // namespace

class TestCustomerErasure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().detail));
        m_db = std::move(db).value();
        QSqlDatabase sql = m_db->sql();
        // "gone" is erased below, "kept" must not notice; "uncached" was never in the customer cache.
        QVERIFY(CustomerRepository(sql).upsert({customer(u"gone"_s), customer(u"kept"_s)}));
        QVERIFY(OrderRepository(sql).upsert(
            {order(u"o1"_s, u"W-1"_s, u"gone"_s), order(u"o2"_s, u"W-2"_s, u"gone"_s),
             order(u"o3"_s, u"W-3"_s, u"kept"_s), order(u"o4"_s, u"W-4"_s, u"uncached"_s)}));
        // p2 names no customer; it is found through its order.
        QVERIFY(
            PickupRepository(sql).upsert({pickup(u"p1"_s, u"W-1"_s, u"gone"_s), pickup(u"p2"_s, u"W-2"_s, {}),
                                          pickup(u"p3"_s, u"W-3"_s, u"kept"_s)}));
        QVERIFY(ReturnRepository(sql).upsert(
            {returnOf(u"r1"_s, u"W-1"_s), returnOf(u"r3"_s, u"W-3"_s), returnOf(u"r4"_s, u"W-4"_s)}));
        QVERIFY(CartRepository(sql).upsert(
            {cart(u"c1"_s, u"gone"_s), cart(u"c3"_s, u"kept"_s), cart(u"c4"_s, u"uncached"_s)}));
        QVERIFY(
            ServiceContactRepository(sql).upsert({contact(u"s1"_s, u"gone"_s), contact(u"s3"_s, u"kept"_s)}));
        QVERIFY(NoteRepository(sql).upsertFromServer({note(u"n1"_s, u"gone"_s), note(u"n3"_s, u"kept"_s)}));
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void tombstoneRemovesEverythingCachedAboutTheCustomer() {
        QVERIFY(applyTombstones({u"gone"_s}));
        QSqlDatabase sql = m_db->sql();
        QVERIFY(!CustomerRepository(sql).find(u"gone"_s));
        QVERIFY(!PickupRepository(sql).find(u"p1"_s));
        QVERIFY(!PickupRepository(sql).find(u"p2"_s));
        QVERIFY(!ReturnRepository(sql).find(u"r1"_s));
        QVERIFY(!CartRepository(sql).find(u"c1"_s));
        QVERIFY(ServiceContactRepository(sql).forCustomer(u"gone"_s)->isEmpty());
        QVERIFY(NoteRepository(sql).forCustomer(u"gone"_s)->isEmpty());
    }

    void erasedCustomersOrdersStayWithoutTheirLink() {
        QVERIFY(applyTombstones({u"gone"_s}));
        OrderRepository orders(m_db->sql());
        QVERIFY(orders.forCustomer(u"gone"_s)->isEmpty());
        const std::optional<Order> o1 = orders.findByOrderNo(u"W-1"_s);
        QVERIFY(o1);
        QVERIFY(o1->customerId.isEmpty());
        QCOMPARE(o1->lines.size(), 2);
        QVERIFY(orders.find(u"o2"_s)->customerId.isEmpty());
    }

    void otherCustomersKeepEverything() {
        QVERIFY(applyTombstones({u"gone"_s}));
        QSqlDatabase sql = m_db->sql();
        QVERIFY(CustomerRepository(sql).find(u"kept"_s));
        QCOMPARE(OrderRepository(sql).forCustomer(u"kept"_s)->size(), 1);
        QVERIFY(PickupRepository(sql).find(u"p3"_s));
        QCOMPARE(ReturnRepository(sql).forCustomer(u"kept"_s)->size(), 1);
        QCOMPARE(CartRepository(sql).forCustomer(u"kept"_s)->size(), 1);
        QCOMPARE(ServiceContactRepository(sql).forCustomer(u"kept"_s)->size(), 1);
        QCOMPARE(NoteRepository(sql).forCustomer(u"kept"_s)->size(), 1);
    }

    void tombstoneOfAnUncachedCustomerStillRemovesTheirRows() {
        QVERIFY(applyTombstones({u"uncached"_s}));
        QSqlDatabase sql = m_db->sql();
        QVERIFY(!CartRepository(sql).find(u"c4"_s));
        QVERIFY(!ReturnRepository(sql).find(u"r4"_s));
        QVERIFY(OrderRepository(sql).find(u"o4"_s)->customerId.isEmpty());
        QVERIFY(CustomerRepository(sql).find(u"kept"_s));
    }

    void localEraseRemovesTheSameAsATombstone() {
        // theke-ctl erase goes through CustomerRepository::remove like the feed does.
        QVERIFY(m_db->transaction([&] { return CustomerRepository(m_db->sql()).remove({u"gone"_s}); }));
        QSqlDatabase sql = m_db->sql();
        QVERIFY(!PickupRepository(sql).find(u"p1"_s));
        QVERIFY(!CartRepository(sql).find(u"c1"_s));
        QVERIFY(OrderRepository(sql).find(u"o1"_s)->customerId.isEmpty());
        QVERIFY(CustomerRepository(sql).purgeErasedText());
    }

private:
    Status applyTombstones(const QStringList& ids) {
        FeedPage page;
        page.deleted = ids;
        page.nextCursor = u"c1"_s;
        return m_db->transaction([&] { return CustomerFeedApplier(m_db->sql()).apply(page); });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestCustomerErasure)
#include "tst_customererasure.moc"
