// theke-server's demo data as a client sees it: the channel mix of the orders, returns that match the
// returned quantities, pickups in every state in every store (overdue ones too) whose codes the test
// route hands out, ~5 % of customers with a cart, a valid assortment, and the same bytes for the same seed.
#include "PinHash.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 2000;
const QString kDemoNow = u"2025-06-01"_s;
const QStringList kStores{u"hh-moenckebergstrasse"_s, u"b-tauentzienstrasse"_s, u"m-kaufingerstrasse"_s,
                          u"k-schildergasse"_s, u"f-zeil"_s};
const QStringList kFeeds{u"stores"_s, u"staff"_s,   u"products"_s, u"stock"_s, u"customers"_s,
                         u"orders"_s, u"pickups"_s, u"returns"_s,  u"carts"_s, u"contacts"_s};

TestServer::Options optionsFor(int seed) {
    TestServer::Options options;
    options.demoCustomers = kCustomers;
    options.seed = seed;
    options.enrollCodes = {u"DEMO-1"_s};
    options.extraArgs = {u"--test-mode"_s, u"--demo-now"_s, kDemoNow};
    return options;
}

// GS1 check digit: weights 1 and 3 from the left over the first twelve digits.
bool isValidEan13(const QString& code) {
    if (code.size() != 13 || !QRegularExpression(u"^[0-9]{13}$"_s).match(code).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += code[i].digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == code[12].digitValue();
}

QDateTime timeOf(const QJsonValue& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

class TestServerDemoData : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token;
    QJsonArray m_orders;
    QJsonArray m_returns;

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<TestServer>(optionsFor(21));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enroll(u"DEMO-1"_s);
        QVERIFY(!m_token.isEmpty());
        m_orders = m_api->readFeed(u"orders"_s, m_token, 2000).items;
        m_returns = m_api->readFeed(u"returns"_s, m_token, 2000).items;
        QVERIFY(m_orders.size() > 4000);
    }

    void ordersComeFromEveryChannelInTheExpectedMix_data() {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<double>("share");
        QTest::addColumn<QString>("orderNo");
        QTest::newRow("webshop") << u"webshop"_s << 0.45 << u"^W-20\\d\\d-\\d{7}$"_s;
        QTest::newRow("app") << u"app"_s << 0.15 << u"^A-20\\d\\d-\\d{7}$"_s;
        QTest::newRow("marketplace") << u"marketplace:"_s << 0.10 << u"^M-20\\d\\d-\\d{7}$"_s;
        QTest::newRow("store") << u"store"_s << 0.30 << u"^F-20\\d\\d-\\d{7}$"_s;
    }
    void ordersComeFromEveryChannelInTheExpectedMix() {
        QFETCH(QString, channel);
        QFETCH(double, share);
        QFETCH(QString, orderNo);
        const QRegularExpression number(orderNo);
        int count = 0;
        for (const QJsonValue& order : std::as_const(m_orders)) {
            if (!order[u"channel"].toString().startsWith(channel))
                continue;
            ++count;
            QVERIFY2(number.match(order[u"order_no"].toString()).hasMatch(),
                     qPrintable(order[u"order_no"].toString()));
            if (channel == u"store") // a receipt names its store
                QVERIFY(kStores.contains(order[u"store_id"].toString()));
        }
        const double actual = double(count) / double(m_orders.size());
        QVERIFY2(qAbs(actual - share) < 0.03, qPrintable(u"share %1"_s.arg(actual)));
    }

    void deliveredOrdersHaveDeliveredAtAndConsistentTotals() {
        for (const QJsonValue& order : std::as_const(m_orders)) {
            const QString state = order[u"state"].toString();
            if (state == u"delivered" || state == u"collected" || state == u"completed") {
                QVERIFY(timeOf(order[u"delivered_at"]) >= timeOf(order[u"placed_at"]));
            } else if (state != u"ready_for_pickup") {
                QVERIFY(order[u"delivered_at"].isNull());
            }
            qint64 lines = 0;
            for (const QJsonValue& line : order[u"lines"].toArray()) {
                QCOMPARE(line[u"total"][u"amount"].toInteger(),
                         line[u"unit_price"][u"amount"].toInteger() * line[u"quantity"].toInteger());
                lines += line[u"total"][u"amount"].toInteger();
            }
            const QJsonValue totals = order[u"totals"];
            QCOMPARE(totals[u"gross"][u"amount"].toInteger(),
                     lines + totals[u"shipping"][u"amount"].toInteger());
            QCOMPARE(totals[u"net"][u"amount"].toInteger() + totals[u"vat"][u"amount"].toInteger(),
                     totals[u"gross"][u"amount"].toInteger());
        }
    }

    void aboutFifteenPercentOfOnlineOrdersHaveReturnsThatMatchReturnedQuantities() {
        QHash<QString, int> returnedByLine; // "order_no/line_id"
        QSet<QString> returnedOrders;
        for (const QJsonValue& ret : std::as_const(m_returns)) {
            returnedOrders.insert(ret[u"order_no"].toString());
            for (const QJsonValue& line : ret[u"lines"].toArray())
                returnedByLine[ret[u"order_no"].toString() + u'/' + line[u"line_id"].toString()] +=
                    line[u"quantity"].toInt();
        }
        int online = 0;
        int withReturns = 0;
        int linesChecked = 0;
        for (const QJsonValue& order : std::as_const(m_orders)) {
            const QString no = order[u"order_no"].toString();
            if (order[u"channel"].toString() != u"store") {
                ++online;
                withReturns += returnedOrders.contains(no) ? 1 : 0;
            }
            for (const QJsonValue& line : order[u"lines"].toArray()) {
                const int returned = line[u"returned_quantity"].toInt();
                QCOMPARE(returned, returnedByLine.value(no + u'/' + line[u"line_id"].toString()));
                QVERIFY(returned <= line[u"quantity"].toInt());
                linesChecked += returned > 0 ? 1 : 0;
            }
        }
        QVERIFY(linesChecked > 0);
        const double share = double(withReturns) / double(online);
        QVERIFY2(share > 0.12 && share < 0.18, qPrintable(u"share %1"_s.arg(share)));
    }

    void everyStoreHasPickupsInEveryStateIncludingOverdue() {
        const QDateTime now = QDateTime(QDate::fromString(kDemoNow, Qt::ISODate), QTime(0, 0), Qt::UTC);
        QHash<QString, QString> orderStore;
        for (const QJsonValue& order : std::as_const(m_orders))
            if (order[u"fulfilment"].toString() == u"pickup")
                orderStore.insert(order[u"order_no"].toString(), order[u"store_id"].toString());
        for (const QString& store : kStores) {
            const QString token = m_api->enrollAt(store);
            QVERIFY(!token.isEmpty());
            QSet<QString> states;
            for (const QJsonValue& pickup : m_api->readFeed(u"pickups"_s, token, 2000).items) {
                QCOMPARE(orderStore.value(pickup[u"order_no"].toString()), store); // a Click & Collect order
                QString state = pickup[u"state"].toString();
                if (state == u"ready")
                    state += timeOf(pickup[u"deadline"]) < now ? u"/overdue"_s : u"/in time"_s;
                states.insert(state);
            }
            const QSet<QString> all{u"awaiting_stock"_s, u"ready/in time"_s,      u"ready/overdue"_s,
                                    u"handed_over"_s,    u"partly_handed_over"_s, u"returned_to_stock"_s,
                                    u"cancelled"_s};
            QCOMPARE(states, all);
        }
    }

    void theTestRouteHandsOutCodesThatMatchTheirHashes() {
        const QJsonArray pickups = m_api->readFeed(u"pickups"_s, m_token, 2000).items;
        QVERIFY(pickups.size() >= 7);
        for (qsizetype i = 0; i < 3; ++i) {
            const QJsonObject pickup = pickups[i].toObject();
            const TestApi::Answer answer =
                m_api->get(u"/v1/test/pickups/%1/code"_s.arg(pickup[u"id"].toString()));
            QCOMPARE(answer.status, 200);
            const QString code = answer.object().value(u"code").toString();
            QVERIFY(QRegularExpression(u"^[A-Z2-9]{6}$"_s).match(code).hasMatch());
            const QJsonObject hash = pickup[u"pickup_code_hash"].toObject();
            auto hashOf = [&hash](const QString& text) {
                return PinHash::pbkdf2Sha256(text.toUtf8(),
                                             QByteArray::fromBase64(hash[u"salt"].toString().toLatin1()),
                                             hash[u"iterations"].toInt(), PinHash::kHashBytes)
                    .toBase64();
            };
            QCOMPARE(hashOf(code), hash[u"hash"].toString().toLatin1());
            QVERIFY(hashOf(code.toLower()) != hash[u"hash"].toString().toLatin1());
        }
        QCOMPARE(m_api->get(u"/v1/test/pickups/gibt-es-nicht/code"_s).status, 404);
    }

    void aboutFivePercentOfCustomersHaveAnOnlineCart() {
        QSet<QString> customers;
        for (const QJsonValue& cart : m_api->readFeed(u"carts"_s, m_token, 2000).items) {
            QCOMPARE(cart[u"origin"].toString(), u"online"_s);
            QVERIFY(!cart[u"lines"].toArray().isEmpty());
            customers.insert(cart[u"customer_id"].toString());
        }
        const double share = double(customers.size()) / kCustomers;
        QVERIFY2(share > 0.035 && share < 0.065, qPrintable(u"share %1"_s.arg(share)));
        QVERIFY(!m_api->readFeed(u"contacts"_s, m_token, 2000).items.isEmpty());
    }

    void theAssortmentHasValidBarcodesVatAndReturnRules() {
        const QJsonArray products = m_api->readFeed(u"products"_s, m_token, 2000).items;
        QVERIFY(products.size() >= 2000 && products.size() < 2100);
        QSet<QString> skus;
        QSet<QString> eans;
        int notReturnable = 0;
        for (const QJsonValue& product : products) {
            skus.insert(product[u"sku"].toString());
            for (const QJsonValue& ean : product[u"eans"].toArray()) {
                QVERIFY2(isValidEan13(ean.toString()), qPrintable(ean.toString()));
                eans.insert(ean.toString());
            }
            QVERIFY(product[u"vat_rate"].toInt() == 19 || product[u"vat_rate"].toInt() == 7);
            QVERIFY(product[u"price"][u"amount"].toInteger() > 0);
            const bool returnable = product[u"returnable"].toBool();
            QCOMPARE(product[u"non_returnable_reason"].isNull(), returnable);
            notReturnable += returnable ? 0 : 1;
        }
        QCOMPARE(skus.size(), products.size());
        QVERIFY(eans.size() >= products.size());
        QVERIFY(notReturnable > 10 && notReturnable < products.size() / 5);
    }

    void theSameSeedGivesByteIdenticalFeeds() {
        TestServer twin(optionsFor(21));
        QVERIFY2(twin.start(), qPrintable(twin.errorString()));
        TestApi api(twin.port());
        const QString token = api.enroll(u"DEMO-1"_s);
        QVERIFY(!token.isEmpty());
        for (const QString& feed : kFeeds) {
            const TestApi::Feed mine = m_api->readFeed(feed, m_token, 2000);
            const TestApi::Feed theirs = api.readFeed(feed, token, 2000);
            QVERIFY(mine.ok && theirs.ok);
            QVERIFY2(mine.rawItems == theirs.rawItems, qPrintable(feed));
            QCOMPARE(mine.cursor, theirs.cursor);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerDemoData)
#include "tst_serverdemodata.moc"
