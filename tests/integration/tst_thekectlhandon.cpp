// theke-ctl hands carts on and orders at the counter, as a script would: the real binary on a synced
// profile against the real theke-server. cart handoff (till code, online account), cart order
// (delivery to the address on file or another, pickup elsewhere), usage mistakes, the server's
// refusals (exit 3, nothing changed) and no server at all (exit 1, network needed).
#include "CtlRunner.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kOtherStore = u"b-tauentzienstrasse"_s;

void verifyOneLineFailure(const CtlRun& run, int exitCode, const QByteArray& code) {
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("theke-ctl: "));
    QVERIFY2(run.err.contains(code), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

} // namespace

class TestThekeCtlHandOn : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QTemporaryDir m_dir;
    QString m_token;
    QStringList m_customers; // with an address on file and no cart
    QJsonArray m_products;   // regular price, plenty in the warehouse and in kOtherStore
    int m_nextProduct = 0;

    CtlRun ctl(const QStringList& args) const { return runCtl(m_dir.path(), args); }
    QJsonObject product() { return m_products.at(m_nextProduct++ % m_products.size()).toObject(); }
    QString sku() { return product()[u"sku"].toString(); }
    // The customer's store cart, added to and pushed; its id.
    QString pushedCart(const QString& customer) {
        const QString ean = product()[u"eans"].toArray().at(0).toString();
        if (ctl({u"cart"_s, u"add"_s, customer, ean, u"--qty"_s, u"2"_s}).exitCode != 0 ||
            ctl({u"push"_s}).exitCode != 0)
            return {};
        const QJsonArray carts =
            QJsonDocument::fromJson(ctl({u"cart"_s, u"show"_s, customer, u"--json"_s}).out).array();
        return carts.isEmpty() ? QString() : carts.at(0)[u"id"].toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        TestServer::Options options;
        options.demoCustomers = 300;
        options.seed = 59;
        options.enrollCodes = {u"HANDON-1"_s};
        options.extraArgs = {u"--test-mode"_s, u"--enroll-store"_s, kStore};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enrollAt(kStore);
        const CtlRun enroll =
            ctl({u"enroll"_s, u"--server"_s, m_server->url().toString(), u"--code"_s, u"HANDON-1"_s});
        QVERIFY2(enroll.exitCode == 0, enroll.err.constData());
        const CtlRun sync = ctl({u"sync"_s});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());

        QSet<QString> withCart;
        for (const QJsonValue& c : m_api->readFeed(u"carts"_s, m_token, 2000).items)
            withCart.insert(c[u"customer_id"].toString());
        for (const QJsonValue& c : m_api->readFeed(u"customers"_s, m_token, 500).items) {
            if (!withCart.contains(c[u"id"].toString()) && !c[u"address"][u"street"].toString().isEmpty())
                m_customers.append(c[u"id"].toString());
        }
        QHash<QString, qint64> stock;
        for (const QJsonValue& s : m_api->readFeed(u"stock"_s, m_token, 2000).items)
            stock.insert(s[u"id"].toString(), s[u"quantity"].toInteger());
        for (const QJsonValue& p : m_api->readFeed(u"products"_s, m_token, 2000).items) {
            const QString id = p[u"sku"].toString();
            if (p[u"promotion"].isNull() && !p[u"eans"].toArray().isEmpty() &&
                stock.value(id + u"@ONLINE"_s) >= 10 && stock.value(id + u'@' + kOtherStore) >= 2)
                m_products.append(p);
        }
        QVERIFY(m_customers.size() >= 6 && m_products.size() >= 5);
    }

    void handoffToTheTillPrintsTheCodeAndRepeatsIt() {
        const QString cartId = pushedCart(m_customers.takeFirst());
        QVERIFY(!cartId.isEmpty());
        const CtlRun first = ctl({u"cart"_s, u"handoff"_s, cartId, u"--target"_s, u"till"_s});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QRegularExpressionMatch code =
            QRegularExpression(u"code ([A-Z2-9]{8}) \\(QR THEKE-CART:\\1\\)"_s)
                .match(QString::fromUtf8(first.out));
        QVERIFY2(code.hasMatch(), first.out.constData());
        const CtlRun again = ctl({u"cart"_s, u"handoff"_s, cartId, u"--target"_s, u"till"_s, u"--json"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out)[u"handoff_code"].toString(), code.captured(1));
        QCOMPARE(m_api->get(u"/v1/handoffs/"_s + code.captured(1), m_token).object()[u"cart_id"].toString(),
                 cartId);
    }

    void handoffOnlineMovesTheLinesIntoTheOnlineCart() {
        const QString customer = m_customers.takeFirst();
        const QString cartId = pushedCart(customer);
        const CtlRun run = ctl({u"cart"_s, u"handoff"_s, cartId, u"--target"_s, u"online"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject online = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(online[u"origin"].toString(), u"online"_s);
        QCOMPARE(online[u"lines"].toArray().at(0)[u"quantity"].toInt(), 2);
        const QJsonArray carts =
            QJsonDocument::fromJson(ctl({u"cart"_s, u"show"_s, customer, u"--json"_s}).out).array();
        QCOMPARE(carts.size(), 1);
        QCOMPARE(carts.at(0)[u"id"], online[u"id"]);
    }

    void handoffWaitsForUnsentChanges() {
        const QString customer = m_customers.takeFirst();
        const QString ean = product()[u"eans"].toArray().at(0).toString();
        QCOMPARE(ctl({u"cart"_s, u"add"_s, customer, ean}).exitCode, 0);
        const QString cartId = QJsonDocument::fromJson(ctl({u"cart"_s, u"show"_s, customer, u"--json"_s}).out)
                                   .array()
                                   .at(0)[u"id"]
                                   .toString();
        verifyOneLineFailure(ctl({u"cart"_s, u"handoff"_s, cartId, u"--target"_s, u"till"_s}), 3,
                             "[local.cart_changes_pending]");
        QCOMPARE(ctl({u"push"_s}).exitCode, 0);
        QCOMPARE(ctl({u"cart"_s, u"handoff"_s, cartId, u"--target"_s, u"till"_s}).exitCode, 0);
    }

    void orderForDeliveryAndForPickupElsewhere() {
        const QString customer = m_customers.takeFirst();
        const CtlRun delivered =
            ctl({u"cart"_s, u"order"_s, customer, u"--line"_s, sku() + u":1"_s, u"--line"_s, sku() + u":2"_s,
                 u"--deliver-to-profile-address"_s, u"--payment"_s, u"online"_s});
        QVERIFY2(delivered.exitCode == 0, delivered.err.constData());
        QVERIFY2(
            QRegularExpression(
                u"^order E-\\d{4}-\\d{7} placed: 2 line\\(s\\), total .* delivery, payment pending_online\\n$"_s)
                .match(QString::fromUtf8(delivered.out))
                .hasMatch(),
            delivered.out.constData());

        const QString reserved = sku();
        const CtlRun pickup = ctl({u"cart"_s, u"order"_s, customer, u"--line"_s, reserved + u":1"_s,
                                   u"--pickup-store"_s, kOtherStore, u"--json"_s});
        QVERIFY2(pickup.exitCode == 0, pickup.err.constData());
        const QJsonObject order = QJsonDocument::fromJson(pickup.out).object();
        QCOMPARE(order[u"fulfilment"].toString(), u"pickup"_s);
        QCOMPARE(order[u"payment"][u"method"].toString(), u"pending_till"_s); // till is the default
        QCOMPARE(order[u"lines"].toArray().at(0)[u"sku"].toString(), reserved);
        const QString pickupToken = m_api->enrollAt(kOtherStore);
        bool queued = false;
        for (const QJsonValue& p : m_api->readFeed(u"pickups"_s, pickupToken, 2000).items)
            queued = queued || p[u"order_no"] == order[u"order_no"];
        QVERIFY(queued);

        const CtlRun elsewhere =
            ctl({u"cart"_s, u"order"_s, customer, u"--line"_s, sku() + u":1"_s, u"--deliver-to"_s,
                 u"Eppendorfer Weg 211|20253|Hamburg"_s, u"--json"_s});
        QVERIFY2(elsewhere.exitCode == 0, elsewhere.err.constData());
    }

    void orderFromACartClosesIt() {
        const QString customer = m_customers.takeFirst();
        const QString cartId = pushedCart(customer);
        const QJsonObject cart =
            QJsonDocument::fromJson(ctl({u"cart"_s, u"show"_s, customer, u"--json"_s}).out)
                .array()
                .at(0)
                .toObject();
        const QJsonObject line = cart[u"lines"].toArray().at(0).toObject();
        const CtlRun run = ctl({u"cart"_s, u"order"_s, customer, u"--cart"_s, cartId, u"--line"_s,
                                line[u"sku"].toString() + u':' + QString::number(line[u"quantity"].toInt()),
                                u"--deliver-to-profile-address"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(ctl({u"cart"_s, u"show"_s, customer, u"--json"_s}).out).array().size(),
            0);
    }

    void usageMistakesAreExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no destination") << QStringList{u"--line"_s, u"X:1"_s};
        QTest::newRow("two destinations") << QStringList{
            u"--line"_s, u"X:1"_s, u"--deliver-to-profile-address"_s, u"--pickup-store"_s, kOtherStore};
        QTest::newRow("line without quantity")
            << QStringList{u"--line"_s, u"X"_s, u"--deliver-to-profile-address"_s};
        QTest::newRow("bad address") << QStringList{u"--line"_s, u"X:1"_s, u"--deliver-to"_s, u"Hamburg"_s};
        QTest::newRow("bad payment") << QStringList{u"--line"_s, u"X:1"_s, u"--deliver-to-profile-address"_s,
                                                    u"--payment"_s, u"bar"_s};
        QTest::newRow("warehouse without pickup")
            << QStringList{u"--line"_s, u"X:1"_s, u"--deliver-to-profile-address"_s, u"--from-warehouse"_s};
    }
    void usageMistakesAreExitTwo() {
        QFETCH(QStringList, args);
        const CtlRun run = ctl(QStringList{u"cart"_s, u"order"_s, m_customers.first()} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(ctl({u"cart"_s, u"handoff"_s, u"c1"_s, u"--target"_s, u"kasse"_s}).exitCode, 2);
    }

    void refusalsAreExitThree() {
        const QString customer = m_customers.first();
        verifyOneLineFailure(ctl({u"cart"_s, u"order"_s, customer, u"--line"_s, sku() + u":1"_s,
                                  u"--pickup-store"_s, u"gibt-es-nicht"_s}),
                             3, "[unknown_store]");
        verifyOneLineFailure(ctl({u"cart"_s, u"order"_s, customer, u"--line"_s, u"GIBT-ES-NICHT:1"_s,
                                  u"--deliver-to-profile-address"_s}),
                             3, "[unknown_sku]");
        verifyOneLineFailure(ctl({u"cart"_s, u"order"_s, customer, u"--line"_s, sku() + u":0"_s,
                                  u"--deliver-to-profile-address"_s}),
                             3, "[local.quantity_invalid]");
    }

    // Last: stops the server.
    void withoutTheServerNothingIsHandedOn() {
        const QString customer = m_customers.takeFirst();
        const QString cartId = pushedCart(customer);
        m_server->stop();
        verifyOneLineFailure(ctl({u"cart"_s, u"handoff"_s, cartId, u"--target"_s, u"online"_s}), 1,
                             "[local.needs_network]");
        verifyOneLineFailure(ctl({u"cart"_s, u"order"_s, customer, u"--line"_s, sku() + u":1"_s,
                                  u"--deliver-to-profile-address"_s}),
                             1, "[local.needs_network]");
        QCOMPARE(QJsonDocument::fromJson(ctl({u"cart"_s, u"show"_s, customer, u"--json"_s}).out)
                     .array()
                     .at(0)[u"id"]
                     .toString(),
                 cartId);
    }
};

QTEST_GUILESS_MAIN(TestThekeCtlHandOn)
#include "tst_thekectlhandon.moc"
