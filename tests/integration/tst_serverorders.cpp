// theke-server's counter orders (POST /v1/orders, endless aisle) over real HTTP: priced by the server
// with promotions, numbered, stock taken (the warehouse for deliveries, the pickup store when it
// reserves), a pickup in that store's feed, the ordered cart closed, idempotent replays, and every
// refusal with its code changing nothing. Also the demo promotions of the products feed.
#include "CommandClient.h"
#include "Money.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;     // where the order is placed
const QString kPickupStore = u"b-tauentzienstrasse"_s; // where it is collected

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject orderLine(const QString& sku, int quantity) {
    return {{u"sku"_s, sku}, {u"quantity"_s, quantity}};
}

} // namespace

class TestServerOrders : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token;       // a device at kStore
    QString m_pickupToken; // a device at kPickupStore, to read its pickups feed
    QString m_customerId;
    QJsonArray m_products;
    QHash<QString, qint64> m_stock; // "sku@location" → quantity, as last read

    CommandClient counter() const { return CommandClient(m_server->port(), m_token, u"st-hh-0002"_s); }
    QJsonObject order(const QJsonArray& lines, const QJsonObject& fulfilment, const QString& payment) const {
        return {{u"customer_id"_s, m_customerId},
                {u"lines"_s, lines},
                {u"fulfilment"_s, fulfilment},
                {u"payment"_s, payment}};
    }
    void readStock() {
        for (const QJsonValue& row : m_api->readFeed(u"stock"_s, m_token, 2000).items)
            m_stock.insert(row[u"id"].toString(), row[u"quantity"].toInteger());
    }
    // A product (promoted or not) with at least pieces in stock at location.
    QJsonObject productWithStock(bool promoted, const QString& location, qint64 pieces) const {
        for (const QJsonValue& p : m_products) {
            if (p[u"promotion"].isObject() == promoted &&
                m_stock.value(p[u"sku"].toString() + u'@' + location) >= pieces)
                return p.toObject();
        }
        return {};
    }
    QString skuWithout(const QString& location) const {
        for (const QJsonValue& p : m_products) {
            if (m_stock.value(p[u"sku"].toString() + u'@' + location, -1) == 0)
                return p[u"sku"].toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 200;
        options.seed = 47;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enrollAt(kStore);
        m_pickupToken = m_api->enrollAt(kPickupStore);
        QVERIFY(!m_token.isEmpty() && !m_pickupToken.isEmpty());
        for (const QJsonValue& c : m_api->readFeed(u"customers"_s, m_token, 500).items) {
            if (!c[u"address"][u"street"].toString().isEmpty()) {
                m_customerId = c[u"id"].toString();
                break;
            }
        }
        QVERIFY(!m_customerId.isEmpty());
        m_products = m_api->readFeed(u"products"_s, m_token, 2000).items;
        readStock();
    }

    void productsFeedCarriesAFewPromotions() {
        int promoted = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonValue& p : std::as_const(m_products)) {
            if (p[u"promotion"].isNull())
                continue;
            ++promoted;
            const QJsonObject promotion = p[u"promotion"].toObject();
            QVERIFY(!promotion[u"label"].toString().isEmpty());
            const Money price = *Money::fromJson(p[u"price"]);
            const Money reduced = *Money::fromJson(promotion[u"price"]);
            QVERIFY(reduced.sameCurrency(price));
            QVERIFY(reduced.cents > 0 && reduced.cents < price.cents);
            QVERIFY(QDateTime::fromString(promotion[u"ends_at"].toString(), Qt::ISODateWithMs) > now);
        }
        // A few per cent of the assortment.
        QVERIFY2(promoted >= m_products.size() / 100 && promoted <= m_products.size() / 10,
                 qPrintable(QString::number(promoted)));
    }

    void deliveryIsPricedByTheServerAndTakesWarehouseStock() {
        const QJsonObject promoted = productWithStock(true, u"ONLINE"_s, 2);
        QVERIFY(!promoted.isEmpty());
        const QString sku = promoted[u"sku"].toString();
        const QString ordersCursor = m_api->readFeed(u"orders"_s, m_token, 2000).cursor;
        const CommandClient::Answer placed =
            counter().send(u"POST"_s, u"/v1/orders"_s,
                           order({orderLine(sku, 2)}, {{u"type"_s, u"delivery"_s}}, u"online"_s));
        QCOMPARE(placed.status, 201);
        QCOMPARE(placed.etag, QByteArray("\"1\""));
        const QJsonObject o = placed.object();
        const QString orderNo = o[u"order_no"].toString();
        QVERIFY2(QRegularExpression(u"^E-\\d{4}-\\d{7}$"_s).match(orderNo).hasMatch(), qPrintable(orderNo));
        QCOMPARE(placed.location, (u"/v1/orders/"_s + orderNo).toUtf8());
        QCOMPARE(o[u"channel"].toString(), u"store"_s);
        QCOMPARE(o[u"store_id"].toString(), kStore);
        QCOMPARE(o[u"state"].toString(), u"placed"_s);
        QCOMPARE(o[u"fulfilment"].toString(), u"delivery"_s);
        QCOMPARE(o[u"payment"][u"method"].toString(), u"pending_online"_s);
        const QJsonObject line = o[u"lines"].toArray().at(0).toObject();
        const Money unit = *Money::fromJson(promoted[u"promotion"][u"price"]);
        QCOMPARE(*Money::fromJson(line[u"unit_price"]), unit);
        QCOMPARE(*Money::fromJson(line[u"total"]), unit * 2);
        const Money shipping = Money::eur(unit.cents * 2 < 5000 ? 495 : 0);
        const QJsonObject totals = o[u"totals"].toObject();
        QCOMPARE(*Money::fromJson(totals[u"shipping"]), shipping);
        QCOMPARE(*Money::fromJson(totals[u"gross"]), unit * 2 + shipping);
        const int rate = qRound(promoted[u"vat_rate"].toDouble() * 100);
        const Money vat = (unit * 2).vatShareOfGross(rate) + shipping.vatShareOfGross(1900);
        QCOMPARE(*Money::fromJson(totals[u"vat"]), vat);

        const qint64 before = m_stock.value(sku + u"@ONLINE"_s);
        readStock();
        QCOMPARE(m_stock.value(sku + u"@ONLINE"_s), before - 2);
        QJsonObject lookedUp = m_api->get(u"/v1/orders/"_s + orderNo, m_token).object();
        QCOMPARE(lookedUp.take(u"returns"_s).toArray(), QJsonArray()); // the look-up adds the order's returns
        QCOMPARE(lookedUp, o);
        const TestApi::Feed orders = m_api->readFeed(u"orders"_s, m_token, 2000, ordersCursor);
        QCOMPARE(orders.items.size(), 1);
        QCOMPARE(orders.items.at(0).toObject(), o);
    }

    void pickupReservesInThatStoreAndQueuesThePickupThere() {
        const QJsonObject product = productWithStock(false, kPickupStore, 1);
        QVERIFY(!product.isEmpty());
        const QString sku = product[u"sku"].toString();
        const QString pickupsCursor = m_api->readFeed(u"pickups"_s, m_pickupToken, 2000).cursor;
        const CommandClient::Answer placed = counter().send(
            u"POST"_s, u"/v1/orders"_s,
            order({orderLine(sku, 1)}, {{u"type"_s, u"pickup"_s}, {u"store_id"_s, kPickupStore}}, u"till"_s));
        QCOMPARE(placed.status, 201);
        const QJsonObject o = placed.object();
        QCOMPARE(o[u"fulfilment"].toString(), u"pickup"_s);
        QCOMPARE(o[u"payment"][u"method"].toString(), u"pending_till"_s);
        QCOMPARE(o[u"totals"][u"shipping"][u"amount"].toInt(), 0);

        const TestApi::Feed pickups = m_api->readFeed(u"pickups"_s, m_pickupToken, 2000, pickupsCursor);
        QCOMPARE(pickups.items.size(), 1);
        const QJsonObject pickup = pickups.items.at(0).toObject();
        QCOMPARE(pickup[u"order_no"], o[u"order_no"]);
        QCOMPARE(pickup[u"store_id"].toString(), kPickupStore);
        QCOMPARE(pickup[u"state"].toString(), u"awaiting_stock"_s);
        QCOMPARE(pickup[u"customer_id"].toString(), m_customerId);
        const QJsonArray expectedLines{QJsonObject{{u"line_id"_s, u"1"_s}, {u"quantity"_s, 1}}};
        QCOMPARE(pickup[u"lines"].toArray(), expectedLines);
        QCOMPARE(pickup[u"pickup_code_hash"][u"algorithm"].toString(), u"pbkdf2-sha256"_s);
        // Not in the ordering store's queue.
        for (const QJsonValue& p : m_api->readFeed(u"pickups"_s, m_token, 2000).items)
            QVERIFY(p[u"order_no"] != o[u"order_no"]);

        const qint64 before = m_stock.value(sku + u'@' + kPickupStore);
        const qint64 warehouse = m_stock.value(sku + u"@ONLINE"_s);
        readStock();
        QCOMPARE(m_stock.value(sku + u'@' + kPickupStore), before - 1);
        QCOMPARE(m_stock.value(sku + u"@ONLINE"_s), warehouse);
    }

    void orderClosesItsCartAndReplaysItsKey() {
        const QJsonObject product = productWithStock(false, u"ONLINE"_s, 1);
        const QString cartId = newId();
        CommandClient client = counter();
        QCOMPARE(client
                     .send(u"PUT"_s, u"/v1/carts/"_s + cartId,
                           {{u"customer_id"_s, m_customerId},
                            {u"origin"_s, u"store"_s},
                            {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, product[u"sku"]},
                                                                {u"name"_s, product[u"name"]},
                                                                {u"quantity"_s, 1},
                                                                {u"unit_price"_s, product[u"price"]}}}}})
                     .status,
                 201);
        const QString cartsCursor = m_api->readFeed(u"carts"_s, m_token, 2000).cursor;
        QJsonObject body =
            order({orderLine(product[u"sku"].toString(), 1)}, {{u"type"_s, u"delivery"_s}}, u"till"_s);
        body.insert(u"cart_id"_s, cartId);
        const QString key = CommandClient::newKey();
        const CommandClient::Answer first = client.send(u"POST"_s, u"/v1/orders"_s, body, {}, key);
        QCOMPARE(first.status, 201);
        const CommandClient::Answer replay = client.send(u"POST"_s, u"/v1/orders"_s, body, {}, key);
        QCOMPARE(replay.status, 201);
        QVERIFY(replay.replayed);
        QCOMPARE(replay.body, first.body);
        QVERIFY(m_api->readFeed(u"carts"_s, m_token, 2000, cartsCursor).deleted.contains(cartId));

        // The next order takes the next number.
        const CommandClient::Answer next = client.send(
            u"POST"_s, u"/v1/orders"_s,
            order({orderLine(product[u"sku"].toString(), 1)}, {{u"type"_s, u"delivery"_s}}, u"till"_s));
        const QString a = first.object()[u"order_no"].toString();
        const QString b = next.object()[u"order_no"].toString();
        QCOMPARE(b.section(u'-', 2).toInt(), a.section(u'-', 2).toInt() + 1);
    }

    void refusalsHaveStableCodesAndChangeNothing_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown customer") << u"customer"_s << 404 << u"customer_not_found"_s;
        QTest::newRow("unknown SKU") << u"sku"_s << 422 << u"unknown_sku"_s;
        QTest::newRow("unknown store") << u"store"_s << 422 << u"unknown_store"_s;
        QTest::newRow("quantity 0") << u"quantity"_s << 422 << u"invalid_value"_s;
        QTest::newRow("no lines") << u"empty"_s << 422 << u"invalid_value"_s;
        QTest::newRow("sold out in the pickup store") << u"soldout"_s << 422 << u"insufficient_stock"_s;
        QTest::newRow("more than the warehouse has") << u"toomany"_s << 422 << u"insufficient_stock"_s;
        QTest::newRow("unknown cart") << u"cart"_s << 404 << u"cart_not_found"_s;
        QTest::newRow("no address on file") << u"noaddress"_s << 422 << u"address_required"_s;
        QTest::newRow("payment missing") << u"payment"_s << 400 << u"invalid_request"_s;
        QTest::newRow("fulfilment unknown") << u"fulfilment"_s << 422 << u"invalid_value"_s;
    }
    void refusalsHaveStableCodesAndChangeNothing() {
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QJsonObject product = productWithStock(false, u"ONLINE"_s, 1);
        const QString sku = product[u"sku"].toString();
        QJsonObject body =
            order({orderLine(sku, 1), orderLine(sku, 1)}, {{u"type"_s, u"delivery"_s}}, u"online"_s);
        if (change == u"customer")
            body.insert(u"customer_id"_s, newId());
        if (change == u"sku")
            body.insert(u"lines"_s, QJsonArray{orderLine(sku, 1), orderLine(u"GIBT-ES-NICHT"_s, 1)});
        if (change == u"store")
            body.insert(u"fulfilment"_s,
                        QJsonObject{{u"type"_s, u"pickup"_s}, {u"store_id"_s, u"gibt-es-nicht"_s}});
        if (change == u"quantity")
            body.insert(u"lines"_s, QJsonArray{orderLine(sku, 0)});
        if (change == u"empty")
            body.insert(u"lines"_s, QJsonArray{});
        if (change == u"soldout") {
            const QString none = skuWithout(kPickupStore);
            QVERIFY(!none.isEmpty());
            body.insert(u"lines"_s, QJsonArray{orderLine(sku, 1), orderLine(none, 1)});
            body.insert(u"fulfilment"_s,
                        QJsonObject{{u"type"_s, u"pickup"_s}, {u"store_id"_s, kPickupStore}});
        }
        if (change == u"toomany")
            body.insert(u"lines"_s, QJsonArray{orderLine(sku, 1), orderLine(sku, 999)});
        if (change == u"cart")
            body.insert(u"cart_id"_s, newId());
        if (change == u"noaddress") {
            const QString id = newId();
            const CommandClient::Answer made = CommandClient(m_server->port(), {})
                                                   .send(u"PUT"_s, u"/v1/test/customers/"_s + id,
                                                         {{u"customer_no"_s, u"K7770001"_s},
                                                          {u"first_name"_s, u"Jürgen"_s},
                                                          {u"last_name"_s, u"Weiß"_s}});
            QCOMPARE(made.status, 201);
            body.insert(u"customer_id"_s, id);
        }
        if (change == u"payment")
            body.remove(u"payment"_s);
        if (change == u"fulfilment")
            body.insert(u"fulfilment"_s, QJsonObject{{u"type"_s, u"drohne"_s}});

        const QString stockCursor = m_api->readFeed(u"stock"_s, m_token, 2000).cursor;
        const QString ordersCursor = m_api->readFeed(u"orders"_s, m_token, 2000).cursor;
        const CommandClient::Answer refused = counter().send(u"POST"_s, u"/v1/orders"_s, body);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.code(), code);
        QVERIFY(refused.contentType.startsWith("application/problem+json"));
        // The first line's stock was taken before the refusal: the whole order rolled back.
        QCOMPARE(m_api->readFeed(u"stock"_s, m_token, 2000, stockCursor).items.size(), 0);
        QCOMPARE(m_api->readFeed(u"orders"_s, m_token, 2000, ordersCursor).items.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerOrders)
#include "tst_serverorders.moc"
