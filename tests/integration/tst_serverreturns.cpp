// theke-server's return command over real HTTP, decided by the shared ReturnPolicy: returns within the
// window, quantities left across every channel (also when two devices return the same piece at once),
// manager approvals (who may approve), the refund limit, and what the feeds show afterwards.
#include "CommandClient.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <functional>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;

QJsonObject returnLine(const QJsonObject& line, qint64 quantity, const QString& disposition = u"restock"_s) {
    return {{u"line_id"_s, line[u"line_id"]},
            {u"quantity"_s, quantity},
            {u"reason"_s, u"does_not_fit"_s},
            {u"condition"_s, u"as_new"_s},
            {u"disposition"_s, disposition}};
}

QJsonObject returnBody(const QJsonObject& order, const QJsonArray& lines, qint64 refundCents = 100,
                       const QJsonArray& approvals = {}) {
    return {{u"order_no"_s, order[u"order_no"]},
            {u"lines"_s, lines},
            {u"refund"_s,
             QJsonObject{{u"method"_s, u"original"_s},
                         {u"amount"_s, QJsonObject{{u"amount"_s, refundCents}, {u"currency"_s, u"EUR"_s}}}}},
            {u"approvals"_s, approvals}};
}

QJsonObject approval(const QString& approver, const QString& requester, const QString& rule) {
    return {{u"approver_staff_id"_s, approver},
            {u"requester_staff_id"_s, requester},
            {u"rule"_s, rule},
            {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

} // namespace

class TestServerReturns : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token;
    QString m_associate, m_manager, m_otherAssociate, m_foreignManager;
    QHash<QString, bool> m_returnable; // sku → returnable
    QSet<QString> m_used;              // orders a test returned from

    QJsonArray orders() { return m_api->readFeed(u"orders"_s, m_token, 2000).items; }
    // A webshop order delivered between minDays and maxDays ago, nothing returned yet, every article
    // returnable and at least minPieces on its first line; marked used.
    QJsonObject order(int minDays, int maxDays, int minPieces = 1) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonValue& value : orders()) {
            const QJsonObject o = value.toObject();
            const QDateTime delivered =
                QDateTime::fromString(o[u"delivered_at"].toString(), Qt::ISODateWithMs);
            if (o[u"channel"] != u"webshop"_s || !delivered.isValid() ||
                m_used.contains(o[u"order_no"].toString()))
                continue;
            const qint64 days = delivered.daysTo(now);
            bool fits = days >= minDays && days <= maxDays &&
                        o[u"lines"].toArray().at(0)[u"quantity"].toInt() >= minPieces;
            for (const QJsonValue& line : o[u"lines"].toArray())
                fits = fits && line[u"returned_quantity"].toInt() == 0 &&
                       m_returnable.value(line[u"sku"].toString());
            if (fits) {
                m_used.insert(o[u"order_no"].toString());
                return o;
            }
        }
        return {};
    }
    QJsonObject current(const QJsonObject& o) {
        return m_api->get(u"/v1/orders/"_s + o[u"order_no"].toString(), m_token).object();
    }
    static QJsonObject firstLine(const QJsonObject& o) { return o[u"lines"].toArray().at(0).toObject(); }
    QString staffOf(const QString& token, const QString& role, int skip = 0) {
        for (const QJsonValue& s : m_api->readFeed(u"staff"_s, token, 500).items) {
            if (s[u"role"] == role && skip-- == 0)
                return s[u"id"].toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 2000;
        options.seed = 31;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enrollAt(kStore);
        QVERIFY(!m_token.isEmpty());
        m_associate = staffOf(m_token, u"associate"_s);
        m_otherAssociate = staffOf(m_token, u"associate"_s, 1);
        m_manager = staffOf(m_token, u"manager"_s);
        m_foreignManager = staffOf(m_api->enrollAt(u"b-tauentzienstrasse"_s), u"manager"_s);
        QVERIFY(!m_associate.isEmpty() && !m_otherAssociate.isEmpty() && !m_manager.isEmpty());
        QVERIFY(!m_foreignManager.isEmpty());
        for (const QJsonValue& p : m_api->readFeed(u"products"_s, m_token, 2000).items)
            m_returnable.insert(p[u"sku"].toString(), p[u"returnable"].toBool());
    }

    void returnWithinTheWindowIsBookedAndShownInTheFeeds() {
        const QJsonObject o = order(1, 10);
        QVERIFY2(!o.isEmpty(), "no recent webshop order");
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject body = returnBody(o, {returnLine(firstLine(o), 1)});
        body.insert(u"id"_s, id);
        const QString returnsCursor = m_api->readFeed(u"returns"_s, m_token, 2000).cursor;
        const QString ordersCursor = m_api->readFeed(u"orders"_s, m_token, 2000).cursor;
        const TestApi::Feed stockBefore = m_api->readFeed(u"stock"_s, m_token, 2000);
        const QString stockId = firstLine(o)[u"sku"].toString() + u'@' + kStore;
        qint64 before = 0;
        for (const QJsonValue& row : stockBefore.items) {
            if (row[u"id"] == stockId)
                before = row[u"quantity"].toInteger();
        }

        CommandClient desk(m_server->port(), m_token, m_associate);
        const CommandClient::Answer answer = desk.send(u"POST"_s, u"/v1/returns"_s, body);
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.etag, QByteArray("\"1\""));
        const QJsonObject created = answer.object();
        QCOMPARE(created[u"id"].toString(), id);
        QCOMPARE(created[u"state"].toString(), u"refund_pending"_s);
        QCOMPARE(created[u"store_id"].toString(), kStore);
        QCOMPARE(created[u"requester_staff_id"].toString(), m_associate);

        const TestApi::Feed returns = m_api->readFeed(u"returns"_s, m_token, 2000, returnsCursor);
        QCOMPARE(returns.rawItems.size(), 1);
        QCOMPARE(returns.rawItems.first(), answer.body);
        const TestApi::Feed changedOrders = m_api->readFeed(u"orders"_s, m_token, 2000, ordersCursor);
        QCOMPARE(changedOrders.items.size(), 1);
        const QJsonObject after = changedOrders.items.first().toObject();
        QCOMPARE(after[u"order_no"], o[u"order_no"]);
        QCOMPARE(after[u"version"].toInteger(), o[u"version"].toInteger() + 1);
        QCOMPARE(firstLine(after)[u"returned_quantity"].toInt(), 1);
        const TestApi::Feed stock = m_api->readFeed(u"stock"_s, m_token, 2000, stockBefore.cursor);
        QCOMPARE(stock.items.size(), 1);
        QCOMPARE(stock.items.first()[u"id"].toString(), stockId);
        QCOMPARE(stock.items.first()[u"quantity"].toInteger(), before + 1);

        // The same id again (another key): the return exists already.
        QCOMPARE(desk.send(u"POST"_s, u"/v1/returns"_s, body).status, 409);
    }

    void quantitiesLeftAreNeverExceeded() {
        const QJsonObject o = order(1, 10);
        const int bought = firstLine(o)[u"quantity"].toInt();
        CommandClient desk(m_server->port(), m_token, m_associate);
        const CommandClient::Answer tooMany =
            desk.send(u"POST"_s, u"/v1/returns"_s, returnBody(o, {returnLine(firstLine(o), bought + 1)}));
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.code(), u"return_quantity_exceeded"_s);
        QCOMPARE(current(o)[u"version"].toInteger(), o[u"version"].toInteger()); // nothing written

        QCOMPARE(
            desk.send(u"POST"_s, u"/v1/returns"_s, returnBody(o, {returnLine(firstLine(o), bought)})).status,
            201);
        const CommandClient::Answer again =
            desk.send(u"POST"_s, u"/v1/returns"_s, returnBody(o, {returnLine(firstLine(o), 1)}));
        QCOMPARE(again.status, 422);
        QCOMPARE(again.code(), u"return_quantity_exceeded"_s);
        QCOMPARE(firstLine(current(o))[u"returned_quantity"].toInt(), bought);
    }

    void twoDevicesReturningTheLastPieceAtOnceBookItOnce() {
        const QJsonObject o = order(1, 10);
        const QJsonObject body = returnBody(o, {returnLine(firstLine(o), firstLine(o)[u"quantity"].toInt())});
        const QString otherToken = m_api->enrollAt(kStore);
        int statuses[2] = {0, 0};
        QString codes[2];
        {
            std::thread first([&] {
                CommandClient desk(m_server->port(), m_token, m_associate);
                const CommandClient::Answer a = desk.send(u"POST"_s, u"/v1/returns"_s, body);
                statuses[0] = a.status;
                codes[0] = a.code();
            });
            std::thread second([&] {
                CommandClient desk(m_server->port(), otherToken, m_otherAssociate);
                const CommandClient::Answer a = desk.send(u"POST"_s, u"/v1/returns"_s, body);
                statuses[1] = a.status;
                codes[1] = a.code();
            });
            first.join();
            second.join();
        }
        QCOMPARE(std::count(std::begin(statuses), std::end(statuses), 201), 1);
        const int loser = statuses[0] == 201 ? 1 : 0;
        QCOMPARE(statuses[loser], 422);
        QCOMPARE(codes[loser], u"return_quantity_exceeded"_s);
        QCOMPARE(current(o)[u"version"].toInteger(), o[u"version"].toInteger() + 1);
    }

    void goodwillNeedsAnotherPersonWhoManagesThisStore_data() {
        QTest::addColumn<QString>("approver");
        QTest::addColumn<QString>("requester");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no approval") << QString() << QString() << 422 << u"approval_required"_s;
        QTest::newRow("approver is the requester")
            << u"manager"_s << u"manager"_s << 422 << u"approval_invalid"_s;
        QTest::newRow("approver is an associate")
            << u"other"_s << u"associate"_s << 422 << u"approval_invalid"_s;
        QTest::newRow("manager of another store")
            << u"foreign"_s << u"associate"_s << 422 << u"approval_invalid"_s;
        QTest::newRow("requester is not the sender")
            << u"manager"_s << u"other"_s << 422 << u"approval_invalid"_s;
        QTest::newRow("manager of this store") << u"manager"_s << u"associate"_s << 201 << QString();
    }
    void goodwillNeedsAnotherPersonWhoManagesThisStore() {
        QFETCH(QString, approver);
        QFETCH(QString, requester);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QHash<QString, QString> who{{u"manager"_s, m_manager},
                                          {u"associate"_s, m_associate},
                                          {u"other"_s, m_otherAssociate},
                                          {u"foreign"_s, m_foreignManager}};
        const QJsonObject o = order(45, 90); // past the 30-day window: goodwill
        QVERIFY2(!o.isEmpty(), "no webshop order delivered 45 to 90 days ago");
        QJsonArray approvals;
        if (!approver.isEmpty())
            approvals.append(approval(who.value(approver), who.value(requester), u"outside_window"_s));
        // The sender is the requester, except where the approval names someone else.
        CommandClient desk(m_server->port(), m_token, requester == u"manager" ? m_manager : m_associate);
        const CommandClient::Answer answer = desk.send(
            u"POST"_s, u"/v1/returns"_s, returnBody(o, {returnLine(firstLine(o), 1)}, 100, approvals));
        QCOMPARE(answer.status, status);
        if (status != 201) {
            QCOMPARE(answer.code(), code);
            QCOMPARE(current(o)[u"version"].toInteger(), o[u"version"].toInteger());
            return;
        }
        const QJsonObject recorded = answer.object()[u"approvals"].toArray().at(0).toObject();
        QCOMPARE(recorded[u"approver_staff_id"].toString(), m_manager);
        QCOMPARE(recorded[u"rule"].toString(), u"outside_window"_s);
    }

    void refundAboveWhatTheRulesAllowIsRefused() {
        const QJsonObject o = order(1, 10);
        CommandClient desk(m_server->port(), m_token, m_associate);
        const qint64 tooMuch = o[u"totals"][u"gross"][u"amount"].toInteger() + 1;
        const CommandClient::Answer answer =
            desk.send(u"POST"_s, u"/v1/returns"_s, returnBody(o, {returnLine(firstLine(o), 1)}, tooMuch));
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.code(), u"refund_amount_exceeded"_s);
    }

    void requestsTheRulesCannotJudgeAreRefused_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown order") << u"order"_s << 404 << u"order_not_found"_s;
        QTest::newRow("line not on the order") << u"line"_s << 422 << u"invalid_value"_s;
        QTest::newRow("unknown reason") << u"reason"_s << 422 << u"invalid_value"_s;
        QTest::newRow("no lines") << u"nolines"_s << 422 << u"invalid_value"_s;
        QTest::newRow("refund missing") << u"norefund"_s << 400 << u"invalid_request"_s;
        QTest::newRow("id not a UUID") << u"id"_s << 422 << u"invalid_value"_s;
    }
    void requestsTheRulesCannotJudgeAreRefused() {
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QJsonObject o = order(1, 10);
        QJsonObject line = returnLine(firstLine(o), 1);
        QJsonObject body = returnBody(o, {line});
        if (change == u"order")
            body.insert(u"order_no"_s, u"W-0000-0000000"_s);
        if (change == u"line")
            line.insert(u"line_id"_s, u"99"_s);
        if (change == u"reason")
            line.insert(u"reason"_s, u"gefaellt_nicht"_s);
        if (change == u"line" || change == u"reason")
            body.insert(u"lines"_s, QJsonArray{line});
        if (change == u"nolines")
            body.insert(u"lines"_s, QJsonArray());
        if (change == u"norefund")
            body.remove(u"refund"_s);
        if (change == u"id")
            body.insert(u"id"_s, u"ret-1"_s);
        const CommandClient::Answer answer =
            CommandClient(m_server->port(), m_token, m_associate).send(u"POST"_s, u"/v1/returns"_s, body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.code(), code);
    }
};

QTEST_GUILESS_MAIN(TestServerReturns)
#include "tst_serverreturns.moc"
