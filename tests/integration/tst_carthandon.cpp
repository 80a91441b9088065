// CartHandOn against the real theke-server: a cart built at the counter (CartChanges, pushed) goes to
// the till (a code in the cache) or into the customer's online account (the store cart gone from the
// cache, the online cart there); a reservation in another store and an order from a cart land in the
// orders cache. Unsent changes hold a hand-on back; refusals keep the server's code; and without the
// server nothing changes and the message says the network is needed.
#include "ApiClient.h"
#include "Backoff.h"
#include "CartChanges.h"
#include "CartHandOn.h"
#include "CartRepository.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "ErrorMessages.h"
#include "MockClock.h"
#include "OrderRepository.h"
#include "OutboxPusher.h"
#include "SyncEngine.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kOtherStore = u"b-tauentzienstrasse"_s;
const QString kStaff = u"st-hh-0002"_s;

} // namespace

class TestCartHandOn : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Database> m_db;
    QString m_token;
    MockClock m_clock{QDateTime::currentDateTimeUtc()};
    Backoff m_backoff{1};
    QStringList m_customers; // with an address, no cart yet
    QJsonArray m_products;
    QHash<QString, qint64> m_stock; // "sku@location" → quantity
    QString m_onlineCartId;         // a customer's online cart in the cache

    QString nextCustomer() { return m_customers.isEmpty() ? QString() : m_customers.takeFirst(); }
    QString ean(int index) const { return m_products.at(index)[u"eans"].toArray().at(0).toString(); }
    Result<PushReport> push() {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        return OutboxPusher(*m_db, api, m_clock, m_backoff).push();
    }
    // A store cart of a new customer with two articles, as the server has it.
    Cart pushedCart() {
        const QString customer = nextCustomer();
        CartChanges changes(*m_db, m_clock);
        const auto first = changes.addToStoreCart(customer, ean(0), 1, kStaff, kStore);
        const auto second = changes.addToStoreCart(customer, ean(1), 2, kStaff, kStore);
        if (!first || !second || !push())
            return {};
        return CartRepository(m_db->sql()).find(first->cart.id).value_or(Cart{});
    }
    CartHandOn::Outcome await(CartHandOn& handOn) {
        QSignalSpy finished(&handOn, &CartHandOn::finished);
        if (!finished.wait(60000))
            return {};
        return finished.at(0).at(0).value<CartHandOn::Outcome>();
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<CartHandOn::Outcome>();
        TestServer::Options options;
        options.demoCustomers = 300;
        options.seed = 53;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        QCOMPARE(
            m_api->post(u"/v1/test/enrollment-codes"_s, {{u"code"_s, u"THEKE-1"_s}, {u"store_id"_s, kStore}})
                .status,
            201);
        CurlTransport transport;
        m_profile = std::make_unique<Profile>(m_dir.path());
        const auto enrolled =
            Enrollment::enroll(*m_profile, transport, m_server->url(), u"THEKE-1"_s, u"Kasse 1"_s);
        QVERIFY2(enrolled, qPrintable(enrolled ? QString() : enrolled.error().toString()));
        m_token = m_profile->readToken().value();
        m_db = Database::open(m_profile->databasePath()).value();
        ApiClient api(transport, m_server->url(), m_token);
        QVERIFY(SyncEngine(*m_db, api).pullAll());

        QSet<QString> withCart;
        for (const QJsonValue& c : m_api->readFeed(u"carts"_s, m_token, 2000).items)
            withCart.insert(c[u"customer_id"].toString());
        for (const QJsonValue& c : m_api->readFeed(u"customers"_s, m_token, 500).items) {
            if (!withCart.contains(c[u"id"].toString()) && !c[u"address"][u"street"].toString().isEmpty())
                m_customers.append(c[u"id"].toString());
        }
        for (const QJsonValue& s : m_api->readFeed(u"stock"_s, m_token, 2000).items)
            m_stock.insert(s[u"id"].toString(), s[u"quantity"].toInteger());
        // Articles the warehouse has plenty of, at their regular price.
        for (const QJsonValue& p : m_api->readFeed(u"products"_s, m_token, 2000).items) {
            if (p[u"promotion"].isNull() && !p[u"eans"].toArray().isEmpty() &&
                m_stock.value(p[u"sku"].toString() + u"@ONLINE"_s) >= 10)
                m_products.append(p);
        }
        QVERIFY(m_customers.size() >= 6 && m_products.size() >= 2);
    }

    void unsentChangesHoldTheHandOnBack() {
        const QString customer = nextCustomer();
        const auto added = CartChanges(*m_db, m_clock).addToStoreCart(customer, ean(0), 1, kStaff, kStore);
        QVERIFY(added);
        const CartHandOn::Outcome waiting = CartHandOn::handToTillNow(*m_profile, added->cart.id, kStaff);
        QCOMPARE(waiting.error.code, u"local.cart_changes_pending"_s);
        QVERIFY(ErrorMessages::describe(waiting.error).contains(u"Synchronise first"_s));
        QVERIFY(push());
        QVERIFY(CartHandOn::handToTillNow(*m_profile, added->cart.id, kStaff).ok());
    }

    void tillCodeLandsInTheCache() {
        const Cart cart = pushedCart();
        QVERIFY(!cart.id.isEmpty());
        CartHandOn handOn(*m_profile);
        handOn.handToTill(cart.id, kStaff);
        const CartHandOn::Outcome outcome = await(handOn);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.kind, CartHandOn::Kind::Till);
        QCOMPARE(outcome.cart.id, cart.id);
        QVERIFY(!outcome.cart.handoffCode.isEmpty());
        QCOMPARE(outcome.tillQrPayload(), u"THEKE-CART:"_s + outcome.cart.handoffCode);
        const Cart cached = CartRepository(m_db->sql()).find(cart.id).value();
        QCOMPARE(cached.handoffCode, outcome.cart.handoffCode);
        QCOMPARE(cached.version, cart.version + 1);
        // What the till loads by that code.
        CurlTransport transport;
        ApiClient till(transport, m_server->url(), m_token);
        const Result<QJsonObject> loaded = till.handedOffCart(outcome.cart.handoffCode.toLower());
        QVERIFY(loaded);
        QCOMPARE(loaded.value()[u"cart_id"].toString(), cart.id);
        QCOMPARE(till.handedOffCart(u"ZZZZ2222"_s).error().code, u"handoff_not_found"_s);
    }

    void onlineAccountReplacesTheStoreCartInTheCache() {
        const Cart cart = pushedCart();
        QVERIFY(!cart.id.isEmpty());
        CartHandOn handOn(*m_profile);
        handOn.handToOnlineAccount(cart.id, kStaff);
        const CartHandOn::Outcome outcome = await(handOn);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.cartId, cart.id);
        QCOMPARE(outcome.cart.origin, u"online"_s);
        QCOMPARE(outcome.cart.customerId, cart.customerId);
        QCOMPARE(outcome.cart.lines.size(), 2);
        CartRepository carts(m_db->sql());
        QVERIFY(!carts.find(cart.id));
        QCOMPARE(carts.find(outcome.cart.id).value(), outcome.cart);
        // The sync that follows agrees: the store cart is a tombstone on the server too.
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        QVERIFY(SyncEngine(*m_db, api).pullAll());
        QVERIFY(!carts.find(cart.id));
        QVERIFY(carts.find(outcome.cart.id));
        m_onlineCartId = outcome.cart.id;
    }

    void reservationInAnotherStoreIsAnOrderInTheCache() {
        QString sku;
        for (const QJsonValue& p : std::as_const(m_products)) {
            if (m_stock.value(p[u"sku"].toString() + u'@' + kOtherStore) > 0) {
                sku = p[u"sku"].toString();
                break;
            }
        }
        QVERIFY(!sku.isEmpty());
        const QString customer = nextCustomer();
        CartHandOn handOn(*m_profile);
        handOn.placeOrder(OrderDraft::reservation(customer, sku, 1, kOtherStore), kStaff);
        const CartHandOn::Outcome outcome = await(handOn);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.kind, CartHandOn::Kind::Order);
        QCOMPARE(outcome.order.fulfilment, u"pickup"_s);
        QCOMPARE(outcome.order.payment.method, u"pending_till"_s);
        QCOMPARE(outcome.order.customerId, customer);
        QCOMPARE(OrderRepository(m_db->sql()).findByOrderNo(outcome.order.orderNo).value(), outcome.order);
    }

    void orderFromACartClosesItInTheCache() {
        const Cart cart = pushedCart();
        OrderDraft draft;
        draft.customerId = cart.customerId;
        draft.cartId = cart.id;
        for (const CartLine& line : cart.lines)
            draft.lines.append({line.sku, line.quantity});
        draft.payment = OrderDraft::Payment::Online;
        const CartHandOn::Outcome outcome = CartHandOn::placeOrderNow(*m_profile, draft, kStaff);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.order.lines.size(), 2);
        QCOMPARE(outcome.order.payment.method, u"pending_online"_s);
        QVERIFY(!CartRepository(m_db->sql()).find(cart.id));
        QVERIFY(OrderRepository(m_db->sql()).find(outcome.order.id));
    }

    void refusalsKeepTheServersCode() {
        OrderDraft draft = OrderDraft::reservation(nextCustomer(), m_products.at(0)[u"sku"].toString(), 1,
                                                   u"gibt-es-nicht"_s);
        const CartHandOn::Outcome unknownStore = CartHandOn::placeOrderNow(*m_profile, draft, kStaff);
        QCOMPARE(unknownStore.error.code, u"unknown_store"_s);
        QVERIFY(ErrorMessages::describe(unknownStore.error).contains(u"store"_s));
        QVERIFY(!ErrorMessages::describe(unknownStore.error).contains(u"unexpected"_s));

        draft.lines.clear(); // found on the device, nothing sent
        QCOMPARE(CartHandOn::placeOrderNow(*m_profile, draft, kStaff).error.code, u"local.order_empty"_s);
        QCOMPARE(CartHandOn::handToTillNow(*m_profile, u"kein-warenkorb"_s, kStaff).error.code,
                 u"local.cart_unknown"_s);
        QVERIFY(!m_onlineCartId.isEmpty());
        const CartHandOn::Outcome online =
            CartHandOn::handToOnlineAccountNow(*m_profile, m_onlineCartId, kStaff);
        QCOMPARE(online.error.code, u"local.cart_already_online"_s);
        QVERIFY(!ErrorMessages::describe(online.error).contains(u"unexpected"_s));
    }

    // Last: stops the server.
    void offlineNothingChangesAndTheMessageSaysTheNetworkIsNeeded() {
        const Cart cart = pushedCart();
        QVERIFY(!cart.id.isEmpty());
        m_server->stop();
        CartHandOn handOn(*m_profile);
        handOn.handToOnlineAccount(cart.id, kStaff);
        const CartHandOn::Outcome outcome = await(handOn);
        QCOMPARE(outcome.error.code, u"local.needs_network"_s);
        QVERIFY(ErrorMessages::describe(outcome.error).contains(u"connection to the server"_s));
        QCOMPARE(CartRepository(m_db->sql()).find(cart.id).value(), cart);

        const OrderDraft draft =
            OrderDraft::reservation(cart.customerId, cart.lines.at(0).sku, 1, kOtherStore);
        QCOMPARE(CartHandOn::placeOrderNow(*m_profile, draft, kStaff).error.code, u"local.needs_network"_s);
    }
};

QTEST_GUILESS_MAIN(TestCartHandOn)
#include "tst_carthandon.moc"
