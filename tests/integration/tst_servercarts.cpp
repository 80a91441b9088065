// theke-server's cart command over real HTTP: creating a cart (no If-Match, no handoff code until it
// is handed on), replacing it with If-Match, stale and missing versions, the server's own prices, and
// what the carts feed shows.
#include "CommandClient.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"b-tauentzienstrasse"_s;

QString newCartPath() {
    return u"/v1/carts/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestServerCarts : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token;
    QString m_customerId;
    QJsonArray m_products;

    QJsonObject line(int index, int quantity) const {
        const QJsonObject p = m_products.at(index).toObject();
        return {{u"sku"_s, p[u"sku"]},
                {u"name"_s, p[u"name"]},
                {u"quantity"_s, quantity},
                {u"unit_price"_s, p[u"price"]}};
    }
    QJsonObject cart(const QJsonArray& lines, const QString& customerId) const {
        return {{u"customer_id"_s, customerId.isEmpty() ? QJsonValue() : QJsonValue(customerId)},
                {u"origin"_s, u"store"_s},
                {u"lines"_s, lines}};
    }
    CommandClient desk() const { return CommandClient(m_server->port(), m_token, u"st-b-0002"_s); }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 100;
        options.seed = 41;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enrollAt(kStore);
        QVERIFY(!m_token.isEmpty());
        m_customerId = m_api->readFeed(u"customers"_s, m_token, 10).items.first()[u"id"].toString();
        m_products = m_api->get(u"/v1/sync/products?limit=5"_s, m_token).object()[u"items"].toArray();
        QCOMPARE(m_products.size(), 5);
    }

    void newCartIsCreatedWithoutAHandoffCodeAndReachesTheFeed() {
        const QString cursor = m_api->readFeed(u"carts"_s, m_token, 2000).cursor;
        const QString path = newCartPath();
        const CommandClient::Answer created =
            desk().send(u"PUT"_s, path, cart({line(0, 1), line(1, 2)}, m_customerId));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.etag, QByteArray("\"1\""));
        const QJsonObject c = created.object();
        QCOMPARE(c[u"id"].toString(), path.section(u'/', -1));
        QCOMPARE(c[u"version"].toInt(), 1);
        QCOMPARE(c[u"customer_id"].toString(), m_customerId);
        QCOMPARE(c[u"store_id"].toString(), kStore); // the device's store when none is named
        QCOMPARE(c[u"lines"].toArray().size(), 2);
        QVERIFY(c.contains(u"handoff_code"));
        QVERIFY(c[u"handoff_code"].isNull()); // only a hand-on to the till gives one

        const TestApi::Feed feed = m_api->readFeed(u"carts"_s, m_token, 2000, cursor);
        QCOMPARE(feed.rawItems.size(), 1);
        QCOMPARE(feed.rawItems.first(), created.body);
    }

    void replacingNeedsTheCurrentVersion() {
        const QString path = newCartPath();
        CommandClient client = desk();
        const CommandClient::Answer created = client.send(u"PUT"_s, path, cart({line(0, 1)}, {}));
        QCOMPARE(created.status, 201);
        QVERIFY(created.object()[u"customer_id"].isNull());

        const CommandClient::Answer missing = client.send(u"PUT"_s, path, cart({line(0, 3)}, {}));
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.code(), u"precondition_required"_s);

        const CommandClient::Answer updated =
            client.send(u"PUT"_s, path, cart({line(0, 3), line(2, 1)}, m_customerId), u"\"1\""_s);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.etag, QByteArray("\"2\""));
        const QJsonObject c = updated.object();
        QCOMPARE(c[u"version"].toInt(), 2);
        QCOMPARE(c[u"lines"].toArray().at(0)[u"quantity"].toInt(), 3);
        QCOMPARE(c[u"customer_id"].toString(), m_customerId);
        QVERIFY(c[u"handoff_code"].isNull());

        const CommandClient::Answer stale = client.send(u"PUT"_s, path, cart({}, {}), u"1"_s);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.code(), u"version_mismatch"_s);
        QCOMPARE(stale.object()[u"current_version"].toInt(), 2);
        QCOMPARE(stale.etag, QByteArray("\"2\""));
    }

    void linesArePricedByTheServerWithPromotions() {
        QJsonObject promoted;
        QJsonObject regular;
        for (const QJsonValue& p : m_api->readFeed(u"products"_s, m_token, 2000).items) {
            if (p[u"promotion"].isObject() && promoted.isEmpty())
                promoted = p.toObject();
            if (p[u"promotion"].isNull() && regular.isEmpty())
                regular = p.toObject();
        }
        QVERIFY(!promoted.isEmpty() && !regular.isEmpty());
        const QJsonObject cheap{{u"amount"_s, 1}, {u"currency"_s, u"EUR"_s}};
        QJsonObject first{{u"sku"_s, promoted[u"sku"]},
                          {u"name"_s, promoted[u"name"]},
                          {u"quantity"_s, 1},
                          {u"unit_price"_s, cheap}};
        QJsonObject second{
            {u"sku"_s, regular[u"sku"]}, {u"name"_s, u""_s}, {u"quantity"_s, 2}, {u"unit_price"_s, cheap}};
        const CommandClient::Answer created =
            desk().send(u"PUT"_s, newCartPath(), cart({first, second}, m_customerId));
        QCOMPARE(created.status, 201);
        const QJsonArray lines = created.object()[u"lines"].toArray();
        QCOMPARE(lines.at(0)[u"unit_price"].toObject(), promoted[u"promotion"][u"price"].toObject());
        QCOMPARE(lines.at(1)[u"unit_price"].toObject(), regular[u"price"].toObject());
        QVERIFY(
            lines.at(1)[u"name"].toString().startsWith(regular[u"name"].toString())); // named by the server
    }

    void replayedKeyAnswersTheFirstAnswer() {
        const QString path = newCartPath();
        const QString key = CommandClient::newKey();
        CommandClient client = desk();
        const QJsonObject body = cart({line(3, 1)}, m_customerId);
        const CommandClient::Answer first = client.send(u"PUT"_s, path, body, {}, key);
        QCOMPARE(first.status, 201);
        const CommandClient::Answer replay = client.send(u"PUT"_s, path, body, {}, key);
        QCOMPARE(replay.status, 201);
        QVERIFY(replay.replayed);
        QCOMPARE(replay.body, first.body);
    }

    void invalidCartsAreRefused_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown SKU") << u"sku"_s << 422 << u"invalid_value"_s;
        QTest::newRow("quantity 0") << u"quantity"_s << 422 << u"invalid_value"_s;
        QTest::newRow("unknown customer") << u"customer"_s << 404 << u"customer_not_found"_s;
        QTest::newRow("unknown origin") << u"origin"_s << 422 << u"invalid_value"_s;
        QTest::newRow("unknown store") << u"store"_s << 422 << u"invalid_value"_s;
        QTest::newRow("customer_id missing") << u"nocustomer"_s << 400 << u"invalid_request"_s;
    }
    void invalidCartsAreRefused() {
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, code);
        QJsonObject l = line(0, 1);
        QJsonObject body = cart({}, m_customerId);
        if (change == u"sku")
            l.insert(u"sku"_s, u"GIBT-ES-NICHT"_s);
        if (change == u"quantity")
            l.insert(u"quantity"_s, 0);
        body.insert(u"lines"_s, QJsonArray{l});
        if (change == u"customer")
            body.insert(u"customer_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (change == u"origin")
            body.insert(u"origin"_s, u"telefon"_s);
        if (change == u"store")
            body.insert(u"store_id"_s, u"gibt-es-nicht"_s);
        if (change == u"nocustomer")
            body.remove(u"customer_id"_s);
        const CommandClient::Answer answer = desk().send(u"PUT"_s, newCartPath(), body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.code(), code);
    }
};

QTEST_GUILESS_MAIN(TestServerCarts)
#include "tst_servercarts.moc"
