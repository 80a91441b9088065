// Changing a customer's cart at the counter: the cache shows the cart at once, the outbox holds the
// whole cart as a cart.put (If-Match only for a cart the server knows), a second change waits on the
// first and is moved on to the version the server answers, and a discard puts the cart back. The
// customer's online cart is changed the same way and stays an online cart.
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

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kCustomer = u"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57"_s;
const QString kEan = u"4006381333931"_s; // JKT-4711-M-NAVY, 129.95 €
const QString kSku = u"JKT-4711-M-NAVY"_s;
const QString kScarfEan = u"4006381333948"_s; // SCF-0815-ONE-GREY, 29.95 €, no variant

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
    CartChanges changes() { return CartChanges(*m_db); }
    // The customer's online cart from the feed: one jacket, version 2.
    QString onlineCart() {
        const QJsonObject cart = Ex::withValue(Ex::cart(), u"origin"_s, u"online"_s);
        [&] {
            QVERIFY(CartRepository(m_db->sql()).upsert({CartJson::fromJson(cart).value()}));
        }();
        return cart[u"id"].toString();
    }

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
        QJsonObject scarf = Ex::product();
        scarf[u"id"_s] = u"prd-0815"_s;
        scarf[u"sku"_s] = u"SCF-0815-ONE-GREY"_s;
        scarf[u"eans"_s] = QJsonArray{kScarfEan};
        scarf[u"name"_s] = u"Schal „Föhr“ grau"_s;
        scarf[u"variant"_s] = QJsonObject{{u"size"_s, QJsonValue()}, {u"colour"_s, QJsonValue()}};
        scarf[u"price"_s] = Money::eur(2995).toJson();
        QVERIFY(ProductRepository(m_db->sql())
                    .upsert({ProductJson::fromJson(Ex::product()).value(),
                             ProductJson::fromJson(scarf).value()}));
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

    void onlineCartQuantityGoesOutWithItsVersionAndStaysOnline() {
        const QString id = onlineCart();
        const Result<CartChanges::Changed> changed =
            changes().setQuantity(id, kSku, 3, u"st-hh-0012"_s, kStore);
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().detail));
        QCOMPARE(changed->entry.ifMatch, std::optional<qint64>(2));
        const QJsonObject body = QJsonDocument::fromJson(changed->entry.payload).object();
        QCOMPARE(body[u"origin"].toString(), u"online"_s);
        QCOMPARE(body[u"customer_id"].toString(), kCustomer);
        QCOMPARE(body[u"store_id"].toString(), kStore);
        QCOMPARE(body[u"lines"][0][u"quantity"].toInt(), 3);
        QCOMPARE(cached(id)->lines.at(0).quantity, 3);
        QCOMPARE(cached(id)->origin, u"online"_s);
        QCOMPARE(cached(id)->version, 2); // the server's answer brings the next one
    }

    void addToCartTakesAnEanOrASku() {
        const QString id = onlineCart();
        QVERIFY(changes().addToCart(id, kEan, 2, {}, kStore));
        QVERIFY(changes().addToCart(id, u" jkt-4711-m-navy "_s, 1, {}, kStore));
        QVERIFY(changes().addToCart(id, kScarfEan, 1, {}, kStore));
        const Cart cart = *cached(id);
        QCOMPARE(cart.lines.size(), 2);
        QCOMPARE(cart.lines.at(0).quantity, 4);
        QCOMPARE(cart.lines.at(1).sku, u"SCF-0815-ONE-GREY"_s);
        QCOMPARE(cart.lines.at(1).name, u"Schal „Föhr“ grau"_s);
        QCOMPARE(outboxRows(), 3);
    }

    void quantityZeroRemovesTheLineAndRestoreBringsItBackInPlace() {
        const QString id = onlineCart();
        QVERIFY(changes().addToCart(id, kScarfEan, 1, {}, kStore));
        const CartLine jacket = cached(id)->lines.at(0);
        const Result<CartChanges::Changed> removed = changes().removeLine(id, kSku, {}, kStore);
        QVERIFY(removed);
        QCOMPARE(cached(id)->lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(removed->entry.payload)[u"lines"].toArray().size(), 1);
        QVERIFY(changes().restoreLine(id, jacket, 0, {}, kStore));
        QCOMPARE(cached(id)->lines, (QList<CartLine>{jacket, cached(id)->lines.at(1)}));
        QCOMPARE(cached(id)->lines.at(0).sku, kSku);
        // Discarding the removal while the restore still stands keeps what the restore sends.
        QVERIFY(LocalChanges(*m_db).discard(removed->entry.id, u"test"_s));
        QCOMPARE(cached(id)->lines.size(), 2);
    }

    void changeOfACartInConflictIsRefused() {
        const QString id = onlineCart();
        const Result<CartChanges::Changed> first = changes().setQuantity(id, kSku, 2, {}, kStore);
        QVERIFY(first);
        OutboxRepository outbox(m_db->sql());
        QVERIFY(outbox.markSending(first->entry.id));
        QVERIFY(outbox.markConflict(first->entry.id, makeError(u"version_mismatch"_s, {}, 412),
                                    R"({"code":"version_mismatch","current_version":3})"));
        const Result<CartChanges::Changed> second = changes().setQuantity(id, kSku, 5, {}, kStore);
        QVERIFY(!second);
        QCOMPARE(second.error().code, u"local.cart_conflict"_s);
        QCOMPARE(outboxRows(), 1);
        QCOMPARE(cached(id)->lines.at(0).quantity, 2);
    }

    void refusedLineChangesChangeNothing_data() {
        QTest::addColumn<QString>("cart");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("code");
        const QString id = Ex::cart()[u"id"].toString();
        QTest::newRow("unknown cart") << u"no-such-cart"_s << kSku << 2 << u"local.cart_unknown"_s;
        QTest::newRow("unknown line") << id << u"SCF-0815-ONE-GREY"_s << 2 << u"local.cart_line_unknown"_s;
        QTest::newRow("too many") << id << kSku << 1000 << u"local.quantity_invalid"_s;
        QTest::newRow("negative") << id << kSku << -1 << u"local.quantity_invalid"_s;
    }
    void refusedLineChangesChangeNothing() {
        QFETCH(QString, cart);
        QFETCH(QString, sku);
        QFETCH(int, quantity);
        QFETCH(QString, code);
        const QString id = onlineCart();
        const Result<CartChanges::Changed> changed = changes().setQuantity(cart, sku, quantity, {}, kStore);
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, code);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(cached(id)->lines.at(0).quantity, 1);
        const Result<CartChanges::Changed> unknown =
            changes().addToCart(id, u"4000000000000"_s, 1, {}, kStore);
        QCOMPARE(unknown.error().code, u"local.product_unknown"_s);
        QCOMPARE(outboxRows(), 0);
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
