// theke-server's cart hand-on over real HTTP: to the till (a short code, stable on a repeat, unique
// among carts, the till's GET /v1/handoffs/{code} with server prices and VAT), into the customer's
// online cart (quantities merged, the store cart gone from the carts feed), If-Match and idempotency,
// and every refusal with its code.
#include "CommandClient.h"
#include "Money.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"b-tauentzienstrasse"_s;

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString handoffPath(const QString& cartId) {
    return u"/v1/carts/%1/handoff"_s.arg(cartId);
}

QJsonObject target(const QString& where) {
    return {{u"target"_s, where}};
}

} // namespace

class TestServerHandoff : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token;
    QJsonArray m_customers;
    QJsonObject m_regular;                     // a product without a promotion
    QJsonObject m_promoted;                    // one with a running promotion
    QHash<QString, QJsonObject> m_onlineCarts; // customer id → the demo online cart
    int m_nextCustomer = 0;

    CommandClient desk() const { return CommandClient(m_server->port(), m_token, u"st-b-0002"_s); }
    static QJsonObject line(const QJsonObject& product, int quantity) {
        // A price the server must not take.
        return {{u"sku"_s, product[u"sku"]},
                {u"name"_s, product[u"name"]},
                {u"quantity"_s, quantity},
                {u"unit_price"_s, QJsonObject{{u"amount"_s, 1}, {u"currency"_s, u"EUR"_s}}}};
    }
    // A customer without an online cart (withOnline false) or with one; each only once.
    QString customer(bool withOnline) {
        while (m_nextCustomer < m_customers.size()) {
            const QString id = m_customers.at(m_nextCustomer++)[u"id"].toString();
            if (m_onlineCarts.contains(id) == withOnline)
                return id;
        }
        return {};
    }
    // A new store cart on the server (version 1), its id.
    QString storeCart(const QString& customerId, const QJsonArray& lines) {
        const QString id = newId();
        const QJsonObject body{
            {u"customer_id"_s, customerId.isEmpty() ? QJsonValue() : QJsonValue(customerId)},
            {u"origin"_s, u"store"_s},
            {u"lines"_s, lines}};
        const CommandClient::Answer created = desk().send(u"PUT"_s, u"/v1/carts/"_s + id, body);
        return created.status == 201 ? id : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 300;
        options.seed = 43;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enrollAt(kStore);
        QVERIFY(!m_token.isEmpty());
        m_customers = m_api->readFeed(u"customers"_s, m_token, 500).items;
        for (const QJsonValue& cart : m_api->readFeed(u"carts"_s, m_token, 2000).items) {
            if (cart[u"origin"] == u"online"_s && cart[u"customer_id"].isString())
                m_onlineCarts.insert(cart[u"customer_id"].toString(), cart.toObject());
        }
        QVERIFY(!m_onlineCarts.isEmpty());
        for (const QJsonValue& p : m_api->readFeed(u"products"_s, m_token, 2000).items) {
            if (p[u"promotion"].isNull() && m_regular.isEmpty() && p[u"vat_rate"].toInt() == 19)
                m_regular = p.toObject();
            if (p[u"promotion"].isObject() && m_promoted.isEmpty())
                m_promoted = p.toObject();
        }
        QVERIFY(!m_regular.isEmpty() && !m_promoted.isEmpty());
    }

    void tillGetsAStableShortCodeAndLoadsTheCartPricedByTheServer() {
        const QString cartId = storeCart(customer(false), {line(m_regular, 2), line(m_promoted, 1)});
        QVERIFY(!cartId.isEmpty());
        CommandClient client = desk();
        const CommandClient::Answer first =
            client.send(u"POST"_s, handoffPath(cartId), target(u"till"_s), CommandClient::etagOf(1));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.etag, QByteArray("\"2\""));
        const QString code = first.object()[u"handoff_code"].toString();
        // Unambiguous characters only: no I, O, 0 or 1.
        QVERIFY2(QRegularExpression(u"^[A-HJ-NP-Z2-9]{8}$"_s).match(code).hasMatch(), qPrintable(code));

        const CommandClient::Answer again =
            client.send(u"POST"_s, handoffPath(cartId), target(u"till"_s), CommandClient::etagOf(2));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object()[u"handoff_code"].toString(), code);
        QCOMPARE(again.object()[u"version"].toInt(), 2); // nothing changed

        // Typed at the till in lower case with a space.
        const QString typed = code.left(4).toLower() + u"%20"_s + code.mid(4).toLower();
        const TestApi::Answer till = m_api->get(u"/v1/handoffs/"_s + typed, m_token);
        QCOMPARE(till.status, 200);
        QCOMPARE(till.etag, QByteArray("\"2\""));
        const QJsonObject loaded = till.object();
        QCOMPARE(loaded[u"cart_id"].toString(), cartId);
        QCOMPARE(loaded[u"handoff_code"].toString(), code);
        const QJsonArray lines = loaded[u"lines"].toArray();
        QCOMPARE(lines.size(), 2);
        const Money regular = *Money::fromJson(m_regular[u"price"]);
        const Money promoted = *Money::fromJson(m_promoted[u"promotion"][u"price"]);
        QCOMPARE(*Money::fromJson(lines.at(0)[u"unit_price"]), regular);
        QCOMPARE(*Money::fromJson(lines.at(0)[u"total"]), regular * 2);
        QVERIFY(lines.at(0)[u"promotion_label"].isNull());
        QCOMPARE(*Money::fromJson(lines.at(1)[u"unit_price"]), promoted);
        QCOMPARE(*Money::fromJson(lines.at(1)[u"regular_price"]), *Money::fromJson(m_promoted[u"price"]));
        QCOMPARE(lines.at(1)[u"promotion_label"].toString(), m_promoted[u"promotion"][u"label"].toString());
        const int promotedRate = qRound(m_promoted[u"vat_rate"].toDouble() * 100);
        const Money gross = regular * 2 + promoted;
        const Money vat = promotedRate == 1900
                              ? gross.vatShareOfGross(1900)
                              : (regular * 2).vatShareOfGross(1900) + promoted.vatShareOfGross(promotedRate);
        const QJsonObject totals = loaded[u"totals"].toObject();
        QCOMPARE(*Money::fromJson(totals[u"gross"]), gross);
        QCOMPARE(*Money::fromJson(totals[u"vat"]), vat);
        QCOMPARE(*Money::fromJson(totals[u"net"]), gross - vat);

        // Changed after the hand-on: same code, and the till sees the change.
        const CommandClient::Answer changed =
            client.send(u"PUT"_s, u"/v1/carts/"_s + cartId,
                        QJsonObject{{u"customer_id"_s, loaded[u"customer_id"]},
                                    {u"origin"_s, u"store"_s},
                                    {u"lines"_s, QJsonArray{line(m_regular, 5)}}},
                        CommandClient::etagOf(2));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.object()[u"handoff_code"].toString(), code);
        const QJsonObject reloaded = m_api->get(u"/v1/handoffs/"_s + code, m_token).object();
        QCOMPARE(reloaded[u"version"].toInt(), 3);
        QCOMPARE(reloaded[u"lines"].toArray().at(0)[u"quantity"].toInt(), 5);
    }

    void tillCodesAreUniqueAmongCarts() {
        QSet<QString> codes;
        for (int i = 0; i < 15; ++i) {
            const QString cartId = storeCart({}, {line(m_regular, 1)}); // anonymous carts go to the till too
            QVERIFY(!cartId.isEmpty());
            const CommandClient::Answer handed =
                desk().send(u"POST"_s, handoffPath(cartId), target(u"till"_s), CommandClient::etagOf(1));
            QCOMPARE(handed.status, 200);
            codes.insert(handed.object()[u"handoff_code"].toString());
        }
        QCOMPARE(codes.size(), 15);
    }

    void handOffNeedsTheCurrentVersionAndReplaysItsKey() {
        const QString cartId = storeCart(customer(false), {line(m_regular, 1)});
        CommandClient client = desk();
        const CommandClient::Answer missing = client.send(u"POST"_s, handoffPath(cartId), target(u"till"_s));
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.code(), u"precondition_required"_s);
        const CommandClient::Answer stale =
            client.send(u"POST"_s, handoffPath(cartId), target(u"till"_s), CommandClient::etagOf(7));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.code(), u"version_mismatch"_s);
        QCOMPARE(stale.object()[u"current_version"].toInt(), 1);

        const QString key = CommandClient::newKey();
        const CommandClient::Answer first =
            client.send(u"POST"_s, handoffPath(cartId), target(u"till"_s), CommandClient::etagOf(1), key);
        QCOMPARE(first.status, 200);
        const CommandClient::Answer replay =
            client.send(u"POST"_s, handoffPath(cartId), target(u"till"_s), CommandClient::etagOf(1), key);
        QCOMPARE(replay.status, 200);
        QVERIFY(replay.replayed);
        QCOMPARE(replay.body, first.body);
        const CommandClient::Answer reused =
            client.send(u"POST"_s, handoffPath(cartId), target(u"online"_s), CommandClient::etagOf(1), key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), u"idempotency_key_reused"_s);
    }

    void onlineHandOffMergesIntoTheOnlineCartAndClosesTheStoreCart() {
        const QString customerId = customer(true);
        QVERIFY(!customerId.isEmpty());
        const QJsonObject online = m_onlineCarts.value(customerId);
        const QJsonArray before = online[u"lines"].toArray();
        bool promotedThere = false;
        for (const QJsonValue& l : before)
            promotedThere = promotedThere || l[u"sku"] == m_promoted[u"sku"];
        QJsonObject existing;
        for (const QJsonValue& l : before) {
            if (l[u"sku"] != m_promoted[u"sku"])
                existing = l.toObject();
        }
        if (existing.isEmpty())
            QSKIP("the demo online cart holds only the promoted article");
        const QJsonObject product{{u"sku"_s, existing[u"sku"]}, {u"name"_s, existing[u"name"]}};
        const QString cartId = storeCart(customerId, {line(product, 2), line(m_promoted, 1)});
        QVERIFY(!cartId.isEmpty());
        const QString cursor = m_api->readFeed(u"carts"_s, m_token, 2000).cursor;

        const CommandClient::Answer handed =
            desk().send(u"POST"_s, handoffPath(cartId), target(u"online"_s), CommandClient::etagOf(1));
        QCOMPARE(handed.status, 200);
        const QJsonObject merged = handed.object();
        QCOMPARE(merged[u"id"], online[u"id"]);
        QCOMPARE(merged[u"origin"].toString(), u"online"_s);
        QCOMPARE(merged[u"version"].toInt(), online[u"version"].toInt() + 1);
        QCOMPARE(handed.etag, CommandClient::etagOf(merged[u"version"].toInt()).toUtf8());
        const QJsonArray lines = merged[u"lines"].toArray();
        QCOMPARE(lines.size(), before.size() + (promotedThere ? 0 : 1)); // a new article is appended
        for (const QJsonValue& l : lines) {
            if (l[u"sku"] == existing[u"sku"])
                QCOMPARE(l[u"quantity"].toInt(), existing[u"quantity"].toInt() + 2);
            if (l[u"sku"] == m_promoted[u"sku"]) // priced by the server, at the promotion price
                QCOMPARE(l[u"unit_price"].toObject(), m_promoted[u"promotion"][u"price"].toObject());
        }
        if (!promotedThere)
            QCOMPARE(lines.last()[u"sku"], m_promoted[u"sku"]);

        const TestApi::Feed feed = m_api->readFeed(u"carts"_s, m_token, 2000, cursor);
        QVERIFY(feed.deleted.contains(cartId));
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items.at(0)[u"id"], online[u"id"]);
        const CommandClient::Answer gone =
            desk().send(u"POST"_s, handoffPath(cartId), target(u"till"_s), CommandClient::etagOf(1));
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.code(), u"cart_not_found"_s);
    }

    void onlineHandOffStartsAnOnlineCartWhenThereIsNone() {
        const QString customerId = customer(false);
        const QString cartId = storeCart(customerId, {line(m_regular, 3)});
        const CommandClient::Answer handed =
            desk().send(u"POST"_s, handoffPath(cartId), target(u"online"_s), CommandClient::etagOf(1));
        QCOMPARE(handed.status, 200);
        const QJsonObject created = handed.object();
        QVERIFY(created[u"id"].toString() != cartId);
        QCOMPARE(created[u"customer_id"].toString(), customerId);
        QCOMPARE(created[u"origin"].toString(), u"online"_s);
        QCOMPARE(created[u"version"].toInt(), 1);
        QVERIFY(created[u"handoff_code"].isNull());
        QCOMPARE(created[u"lines"].toArray().at(0)[u"quantity"].toInt(), 3);
    }

    void refusalsHaveStableCodes_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("anonymous cart online")
            << u"anonymous"_s << u"online"_s << 422 << u"customer_required"_s;
        QTest::newRow("empty cart to the till") << u"empty"_s << u"till"_s << 422 << u"cart_empty"_s;
        QTest::newRow("unknown cart") << u"unknown"_s << u"till"_s << 404 << u"cart_not_found"_s;
        QTest::newRow("online cart online") << u"online"_s << u"online"_s << 422 << u"invalid_value"_s;
        QTest::newRow("unknown target") << u"plain"_s << u"kasse"_s << 422 << u"invalid_value"_s;
        QTest::newRow("no target") << u"plain"_s << QString() << 400 << u"invalid_request"_s;
    }
    void refusalsHaveStableCodes() {
        QFETCH(QString, kind);
        QFETCH(QString, where);
        QFETCH(int, status);
        QFETCH(QString, code);
        QString cartId;
        qint64 version = 1;
        if (kind == u"anonymous")
            cartId = storeCart({}, {line(m_regular, 1)});
        else if (kind == u"empty")
            cartId = storeCart(customer(false), {});
        else if (kind == u"unknown")
            cartId = newId();
        else if (kind == u"plain")
            cartId = storeCart(customer(false), {line(m_regular, 1)});
        else {
            const QJsonObject online = m_onlineCarts.value(customer(true));
            cartId = online[u"id"].toString();
            version = online[u"version"].toInteger();
        }
        QVERIFY(!cartId.isEmpty());
        const QJsonObject body = where.isNull() ? QJsonObject{{u"ziel"_s, u"till"_s}} : target(where);
        const CommandClient::Answer refused =
            desk().send(u"POST"_s, handoffPath(cartId), body, CommandClient::etagOf(version));
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.code(), code);
        QVERIFY(refused.contentType.startsWith("application/problem+json"));
    }

    void unknownCodeIsNotFound() {
        const TestApi::Answer missing = m_api->get(u"/v1/handoffs/ZZZZ2222"_s, m_token);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object()[u"code"].toString(), u"handoff_not_found"_s);
        QCOMPARE(m_api->get(u"/v1/handoffs/ZZZZ2222"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerHandoff)
#include "tst_serverhandoff.moc"
