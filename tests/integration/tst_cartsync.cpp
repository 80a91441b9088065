// The cart desk against the real theke-server, two writers on one online cart: "the customer" in the
// web shop (a second device's commands) and the associate at the desk (CartDesk, offline first).
// The desk's change meets a 412, the pull brings the customer's version, the merge goes out through
// the outbox on top of it, and the server's cart holds what both put in.
#include "ApiClient.h"
#include "Backoff.h"
#include "CartDesk.h"
#include "CartLinesModel.h"
#include "CartRepository.h"
#include "CommandClient.h"
#include "CurlTransport.h"
#include "Database.h"
#include "EnrolledDevice.h"
#include "MockClock.h"
#include "OutboxPusher.h"
#include "OutboxRepository.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;

QString linesText(const QJsonArray& lines) {
    QStringList parts;
    for (const QJsonValue& line : lines)
        parts << u"%1:%2"_s.arg(line[u"sku"].toString()).arg(line[u"quantity"].toInt());
    parts.sort();
    return parts.join(u',');
}

} // namespace

class TestCartSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_token;
    QString m_webToken; // the web shop's device: the customer's own changes
    QString m_staff;
    QString m_customerId;
    QJsonArray m_products;
    MockClock m_clock{QDateTime::currentDateTimeUtc()};
    Backoff m_backoff{1};

    Result<PushReport> push() {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        return OutboxPusher(*m_db, api, m_clock, m_backoff).push();
    }
    bool pull() { return EnrolledDevice::pullAll(*m_db, m_server->url(), m_token).isEmpty(); }
    QJsonObject line(int index, int quantity) const {
        const QJsonObject p = m_products.at(index).toObject();
        return {{u"sku"_s, p[u"sku"]},
                {u"name"_s, p[u"name"]},
                {u"quantity"_s, quantity},
                {u"unit_price"_s, p[u"price"]}};
    }
    // The customer's web-shop cart as the server has it now.
    QJsonObject onServer(const QString& cartId) {
        for (const QJsonValue& value : m_api->readFeed(u"carts"_s, m_token, 500).items) {
            if (value[u"id"].toString() == cartId)
                return value.toObject();
        }
        return {};
    }
    CommandClient::Answer customerPuts(const QString& cartId, const QJsonArray& lines,
                                       const QString& ifMatch) {
        CommandClient web(m_server->port(), m_webToken, m_staff);
        return web.send(u"PUT"_s, u"/v1/carts/"_s + cartId,
                        {{u"customer_id"_s, m_customerId}, {u"origin"_s, u"online"_s}, {u"lines"_s, lines}},
                        ifMatch);
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 100;
        options.seed = 43;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        EnrolledDevice device =
            EnrolledDevice::enroll(*m_api, m_server->url(), m_dir.path(), u"CART-1"_s, kStore, u"Kasse 2"_s);
        QVERIFY2(device.error.isEmpty(), qPrintable(device.error));
        m_token = device.token;
        m_webToken = m_api->enrollAt(kStore);
        QVERIFY(!m_webToken.isEmpty());
        m_db = std::move(device.db);
        QVERIFY(pull());
        QSqlQuery query(m_db->sql());
        QVERIFY(query.exec(
                    u"SELECT id FROM staff WHERE store_id = 'hh-moenckebergstrasse' ORDER BY id LIMIT 1"_s) &&
                query.next());
        m_staff = query.value(0).toString();
        QVERIFY(query.exec(u"SELECT c.id FROM customers c WHERE NOT EXISTS "
                           "(SELECT 1 FROM carts WHERE customer_id = c.id) ORDER BY c.id LIMIT 1"_s) &&
                query.next());
        m_customerId = query.value(0).toString();
        m_products = m_api->get(u"/v1/sync/products?limit=5"_s, m_token).object()[u"items"].toArray();
        QCOMPARE(m_products.size(), 5);
    }

    void customerAndDeskChangeTheSameCartAndTheMergeKeepsBoth() {
        // The customer leaves a cart online: one piece of article 0.
        const QString cartId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(customerPuts(cartId, {line(0, 1)}, {}).status, 201);
        QVERIFY(pull());

        QWidget host;
        CartDesk desk(m_db->sql(), &host);
        desk.setOnline([] { return false; }); // the change is made first, sent after
        QVERIFY(desk.openCustomer(m_customerId));
        QCOMPARE(desk.page()->shownCart(), CartPage::Which::Online);
        QCOMPARE(desk.shownCart()->id, cartId);
        // At the counter: the customer wants two of article 0 and scans article 1.
        QVERIFY(desk.setQuantity(m_products.at(0)[u"sku"].toString(), 2));
        QVERIFY(desk.scan(m_products.at(1)[u"eans"][0].toString()));
        QCOMPARE(desk.page()->linesModel()->rowCount(), 2);

        // Meanwhile the customer adds article 2 on the phone (version 1 → 2).
        const CommandClient::Answer online =
            customerPuts(cartId, {line(0, 1), line(2, 1)}, CommandClient::etagOf(1));
        QCOMPARE(online.status, 200);

        // The desk's first change is refused as stale; the second waits behind it.
        const Result<PushReport> refused = push();
        QVERIFY(refused);
        QCOMPARE(refused->conflicts, 1);
        QCOMPARE(refused->done, 0);
        desk.refresh();
        QVERIFY(!desk.page()->conflictText().isEmpty());
        QVERIFY(!desk.page()->scanField()->isEnabled());

        // The pull brings the customer's version; then the associate compares and merges.
        QVERIFY(pull());
        desk.refresh();
        std::optional<CartConflicts::Conflict> compared;
        desk.setMergeChooser([&compared](const CartConflicts::Conflict& conflict) {
            compared = conflict;
            return std::optional(CartConflicts::Resolution::Merge);
        });
        QVERIFY(desk.resolveConflict());
        QVERIFY(compared && compared->theirs);
        QCOMPARE(compared->theirs->version, 2);
        QCOMPARE(compared->serverVersion, 2);

        const Result<PushReport> merged = push();
        QVERIFY(merged);
        QCOMPARE(merged->done, 1);
        QCOMPARE(merged->conflicts + merged->quarantined + merged->failed, 0);
        const QJsonObject served = onServer(cartId);
        QCOMPARE(served[u"version"].toInt(), 3);
        QCOMPARE(served[u"origin"].toString(), u"online"_s);
        const QStringList expected{m_products.at(0)[u"sku"].toString() + u":2"_s,
                                   m_products.at(1)[u"sku"].toString() + u":1"_s,
                                   m_products.at(2)[u"sku"].toString() + u":1"_s};
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(linesText(served[u"lines"].toArray()), sorted.join(u','));
        // The answer replaced the cached cart; nothing waits, nothing is in conflict.
        QCOMPARE(CartRepository(m_db->sql()).find(cartId)->version, 3);
        desk.refresh();
        QVERIFY(desk.page()->conflictText().isEmpty());
        QVERIFY(desk.page()->pendingText().isEmpty());
        QCOMPARE(OutboxRepository(m_db->sql()).counts()->conflicts, 0);
    }

    void takingTheCustomersVersionSendsNothing() {
        const QString cartId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(customerPuts(cartId, {line(3, 1)}, {}).status, 201);
        QVERIFY(pull());
        QWidget host;
        CartDesk desk(m_db->sql(), &host);
        QVERIFY(desk.openCart(cartId));
        QVERIFY(desk.removeLine(m_products.at(3)[u"sku"].toString()));
        QCOMPARE(customerPuts(cartId, {line(3, 4)}, CommandClient::etagOf(1)).status, 200);
        QCOMPARE(push()->conflicts, 1);
        QVERIFY(pull());
        desk.setMergeChooser([](const CartConflicts::Conflict&) {
            return std::optional(CartConflicts::Resolution::TakeTheirs);
        });
        QVERIFY(desk.resolveConflict());
        QCOMPARE(OutboxRepository(m_db->sql()).counts()->pending, 0);
        QCOMPARE(desk.page()->linesModel()->rowCount(), 1);
        QCOMPARE(onServer(cartId)[u"version"].toInt(), 2);
        QCOMPARE(linesText(onServer(cartId)[u"lines"].toArray()),
                 m_products.at(3)[u"sku"].toString() + u":4"_s);
    }
};

QTEST_MAIN(TestCartSync)
#include "tst_cartsync.moc"
