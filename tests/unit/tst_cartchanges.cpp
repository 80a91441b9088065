// Adding to a customer's cart at the counter: the cache shows the cart at once, the outbox holds the
// whole cart as a cart.put (If-Match only for a cart the server knows), a second change waits on the
// first and is moved on to the version the server answers, and a discard puts the cart back.
#include "CartChanges.h"
#include "CartJson.h"
#include "CartRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DomainExamples.h"
#include "LocalChanges.h"
#include "OutboxRepository.h"
#include "ProductJson.h"
#include "ProductRepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kCustomer = u"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57"_s;
const QString kEan = u"4006381333931"_s; // JKT-4711-M-NAVY, 129.95 €

// What the server answers for row: the cart it was sent, at version.
QJsonObject answer(const OutboxEntry& row, qint64 version) {
    QJsonObject cart = QJsonDocument::fromJson(row.payload).object();
    cart.insert(u"id"_s, row.entityId);
    cart.insert(u"handoff_code"_s, u"WK4F7Q2Z"_s);
    cart.insert(u"version"_s, version);
    cart.insert(u"updated_at"_s, u"2025-03-14T11:05:00.000Z"_s);
    return cart;
}

} // namespace

class TestCartChanges : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;

    Result<CartChanges::Changed> add(int quantity = 1, const QString& ean = kEan,
                                     const QString& customer = kCustomer) {
        return CartChanges(*m_db).addToStoreCart(customer, ean, quantity, u"st-hh-0012"_s, kStore);
    }
    std::optional<Cart> cached(const QString& id) const { return CartRepository(m_db->sql()).find(id); }
    std::optional<OutboxEntry> row(qint64 id) const { return OutboxRepository(m_db->sql()).find(id); }
    qsizetype outboxRows() const { return OutboxRepository(m_db->sql()).list().value().size(); }

private Q_SLOTS:
    void init() {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_run)));
        QVERIFY(db);
        m_db = std::move(db).value();
        Customer customer;
        customer.id = kCustomer;
        customer.customerNo = u"K1004711"_s;
        customer.version = 1;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({customer}));
        QVERIFY(ProductRepository(m_db->sql()).upsert({ProductJson::fromJson(Ex::product()).value()}));
    }

    void newCartGoesWithoutIfMatchAndTheNextChangeWaitsOnIt() {
        const Result<CartChanges::Changed> first = add(1);
        QVERIFY(first);
        QVERIFY(first->created);
        QCOMPARE(first->entry.command, u"cart.put"_s);
        QCOMPARE(first->entry.method, QByteArray("PUT"));
        QCOMPARE(first->entry.path, u"/v1/carts/"_s + first->cart.id);
        QVERIFY(!first->entry.ifMatch);
        const QJsonObject body = QJsonDocument::fromJson(first->entry.payload).object();
        QCOMPARE(body[u"customer_id"].toString(), kCustomer);
        QCOMPARE(body[u"origin"].toString(), u"store"_s);
        QCOMPARE(body[u"store_id"].toString(), kStore);
        QCOMPARE(body[u"lines"].toArray().at(0)[u"unit_price"][u"amount"].toInt(), 12995);
        QCOMPARE(cached(first->cart.id)->lines.at(0).quantity, 1);

        const Result<CartChanges::Changed> second = add(2);
        QVERIFY(second);
        QVERIFY(!second->created);
        QCOMPARE(second->cart.id, first->cart.id);
        QCOMPARE(second->entry.ifMatch, std::optional<qint64>(0));
        QCOMPARE(second->cart.lines.size(), 1);
        QCOMPARE(second->cart.lines.at(0).quantity, 3);

        // The first answer moves the waiting row on to version 1; the cache keeps showing 3 pieces.
        QVERIFY(
            CartChanges::applyAnswer(m_db->sql(), first->entry, answer(first->entry, 1), Clock::system()));
        QCOMPARE(row(second->entry.id)->ifMatch, std::optional<qint64>(1));
        QCOMPARE(cached(first->cart.id)->version, 1);
        QCOMPARE(cached(first->cart.id)->lines.at(0).quantity, 3);

        QVERIFY(OutboxRepository(m_db->sql()).markSending(first->entry.id));
        QVERIFY(OutboxRepository(m_db->sql()).markDone(first->entry.id, 201, {}));
        QVERIFY(CartChanges::applyAnswer(m_db->sql(), *row(second->entry.id), answer(second->entry, 2),
                                         Clock::system()));
        QCOMPARE(cached(first->cart.id)->version, 2);
        QCOMPARE(cached(first->cart.id)->handoffCode, u"WK4F7Q2Z"_s);
    }

    void existingStoreCartIsReplacedWithItsVersion() {
        QVERIFY(CartRepository(m_db->sql()).upsert({CartJson::fromJson(Ex::cart()).value()}));
        const Result<CartChanges::Changed> changed = add(1);
        QVERIFY(changed);
        QCOMPARE(changed->cart.id, Ex::cart()[u"id"].toString());
        QCOMPARE(changed->entry.ifMatch, std::optional<qint64>(2));
        QCOMPARE(changed->cart.lines.at(0).quantity, 2);
    }

    void onlineCartIsLeftAloneAndANewStoreCartStarted() {
        QVERIFY(
            CartRepository(m_db->sql())
                .upsert({CartJson::fromJson(Ex::withValue(Ex::cart(), u"origin"_s, u"online"_s)).value()}));
        const Result<CartChanges::Changed> changed = add(1);
        QVERIFY(changed);
        QVERIFY(changed->created);
        QVERIFY(changed->cart.id != Ex::cart()[u"id"].toString());
        QCOMPARE(cached(Ex::cart()[u"id"].toString())->lines.at(0).quantity, 1);
    }

    void discardPutsTheCartBack() {
        QVERIFY(CartRepository(m_db->sql()).upsert({CartJson::fromJson(Ex::cart()).value()}));
        const Result<CartChanges::Changed> changed = add(4);
        QVERIFY(changed);
        QVERIFY(LocalChanges(*m_db).discard(changed->entry.id, u"Kunde will doch nicht"_s));
        QCOMPARE(cached(changed->cart.id)->lines.at(0).quantity, 1);
        QCOMPARE(cached(changed->cart.id)->version, 2);
    }

    void discardOfANewCartRemovesIt() {
        const Result<CartChanges::Changed> changed = add(1);
        QVERIFY(changed);
        QVERIFY(LocalChanges(*m_db).discard(changed->entry.id, u"falscher Kunde"_s));
        QVERIFY(!cached(changed->cart.id));
    }

    void discardKeepsWhatALaterChangeStillSends() {
        const Result<CartChanges::Changed> first = add(1);
        const Result<CartChanges::Changed> second = add(1);
        QVERIFY(first && second);
        QVERIFY(LocalChanges(*m_db).discard(first->entry.id, u"test"_s));
        QCOMPARE(cached(first->cart.id)->lines.at(0).quantity, 2);
        // With both dropped, the cart the first one started is gone too.
        QVERIFY(LocalChanges(*m_db).discard(second->entry.id, u"test"_s));
        QVERIFY(!cached(first->cart.id));
    }

    void unknownArticleCustomerOrQuantityChangeNothing_data() {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("ean");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown EAN") << kCustomer << u"4000000000000"_s << 1 << u"local.product_unknown"_s;
        QTest::newRow("unknown customer") << u"nobody"_s << kEan << 1 << u"local.customer_unknown"_s;
        QTest::newRow("no pieces") << kCustomer << kEan << 0 << u"local.quantity_invalid"_s;
    }
    void unknownArticleCustomerOrQuantityChangeNothing() {
        QFETCH(QString, customer);
        QFETCH(QString, ean);
        QFETCH(int, quantity);
        QFETCH(QString, code);
        const Result<CartChanges::Changed> changed = add(quantity, ean, customer);
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, code);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(CartRepository(m_db->sql()).forCustomer(kCustomer).value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCartChanges)
#include "tst_cartchanges.moc"
