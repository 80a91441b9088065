// theke-server's pickup commands over real HTTP: the state machine (every allowed and refused
// transition), the pickup code against its stored hash, partial handovers, authorised persons, the
// deadline for returning to stock (and the stock it raises), If-Match and idempotent replays.
#include "CommandClient.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QStringList kStores{u"hh-moenckebergstrasse"_s, u"b-tauentzienstrasse"_s, u"m-kaufingerstrasse"_s,
                          u"k-schildergasse"_s, u"f-zeil"_s};

QJsonObject handoverBody(const QJsonArray& lines, const QString& method,
                         const QString& recipientType = u"customer"_s, const QString& name = u"Kundin"_s) {
    QJsonObject check{{u"method"_s, method}};
    if (method == u"identity_document")
        check.insert(u"document_type"_s, u"id_card"_s);
    return {{u"lines"_s, lines},
            {u"recipient"_s, QJsonObject{{u"type"_s, recipientType}, {u"name"_s, name}}},
            {u"identity_check"_s, check}};
}

} // namespace

class TestServerPickups : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QHash<QString, QString> m_tokens; // store → device token
    QSet<QString> m_used;             // pickups a test has changed
    QHash<QString, QJsonObject> m_customers;

    // A pickup of the demo data in `group` (a PickupState wire name, or "overdue": ready and past its
    // deadline) that no test changed yet, matching `also`; marks it used when `take`.
    QJsonObject pickup(const QString& group, bool take = true,
                       const std::function<bool(const QJsonObject&)>& also = {}) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& store : kStores) {
            const TestApi::Feed feed = m_api->readFeed(u"pickups"_s, m_tokens.value(store), 500);
            for (const QJsonValue& value : feed.items) {
                const QJsonObject p = value.toObject();
                const QString state = p[u"state"].toString();
                const QDateTime deadline =
                    QDateTime::fromString(p[u"deadline"].toString(), Qt::ISODateWithMs);
                const bool overdue = state == u"ready" && deadline.isValid() && deadline < now.addSecs(-60);
                const bool waiting = state == u"ready" && deadline.isValid() && deadline > now.addDays(1);
                const bool fits = group == u"overdue" ? overdue
                                  : group == u"ready" ? waiting
                                                      : state == group;
                if (fits && !m_used.contains(p[u"id"].toString()) && (!also || also(p))) {
                    if (take)
                        m_used.insert(p[u"id"].toString());
                    return p;
                }
            }
        }
        return {};
    }
    // The pickup as the feed has it now.
    QJsonObject current(const QJsonObject& p) {
        const TestApi::Feed feed =
            m_api->readFeed(u"pickups"_s, m_tokens.value(p[u"store_id"].toString()), 500);
        for (const QJsonValue& value : feed.items) {
            if (value[u"id"] == p[u"id"])
                return value.toObject();
        }
        return {};
    }
    bool customerHas(const QJsonObject& p, const QString& field) const {
        return !m_customers.value(p[u"customer_id"].toString())[field].toString().isEmpty();
    }
    CommandClient client(const QJsonObject& p, const QString& staff = u"st-test-0001"_s) {
        return CommandClient(m_server->port(), m_tokens.value(p[u"store_id"].toString()), staff);
    }
    static QString path(const QJsonObject& p, const QString& command) {
        return u"/v1/pickups/%1/%2"_s.arg(p[u"id"].toString(), command);
    }
    static QString ifMatch(const QJsonObject& p) { return CommandClient::etagOf(p[u"version"].toInteger()); }
    QString code(const QJsonObject& p) {
        return m_api->get(u"/v1/test/pickups/%1/code"_s.arg(p[u"id"].toString()))
            .object()[u"code"]
            .toString();
    }
    // Every open piece of the pickup, for a full handover.
    static QJsonArray allLines(const QJsonObject& p) { return p[u"lines"].toArray(); }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 2000;
        options.seed = 21;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        for (const QString& store : kStores) {
            m_tokens.insert(store, m_api->enrollAt(store));
            QVERIFY(!m_tokens.value(store).isEmpty());
        }
        for (const QJsonValue& c : m_api->readFeed(u"customers"_s, m_tokens.value(kStores[0]), 2000).items)
            m_customers.insert(c[u"id"].toString(), c.toObject());
        QCOMPARE(m_customers.size(), 2000);
    }

    void transitionsFollowTheStateMachine_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QJsonObject>("body"); // handover: lines filled in with every line of the pickup
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcome"); // the new state, or the problem code
        const QJsonObject shelf{{u"shelf"_s, u"C-12"_s}};
        const QJsonObject sms{{u"channel"_s, u"email"_s}};
        const QJsonObject handover = handoverBody({}, u"known_customer"_s);
        const QJsonObject notCollected{{u"reason"_s, u"not_collected"_s}};
        const QJsonObject cancelled{{u"reason"_s, u"cancelled_by_customer"_s}};
        const QStringList finals{u"handed_over"_s, u"returned_to_stock"_s, u"cancelled"_s};
        // A cancelled order's pickup says so (and before If-Match), the other final states refuse the move.
        const auto refusal = [](const QString& state) {
            return state == u"cancelled" ? u"pickup_cancelled"_s : u"invalid_transition"_s;
        };
        QTest::newRow("awaiting_stock: ready")
            << u"awaiting_stock"_s << u"ready"_s << shelf << 200 << u"ready"_s;
        QTest::newRow("ready: ready on another shelf")
            << u"ready"_s << u"ready"_s << shelf << 200 << u"ready"_s;
        QTest::newRow("ready: notify") << u"ready"_s << u"notify"_s << sms << 200 << u"ready"_s;
        QTest::newRow("ready: hand over everything")
            << u"ready"_s << u"handover"_s << handover << 200 << u"handed_over"_s;
        QTest::newRow("ready: back to stock before the deadline")
            << u"ready"_s << u"return-to-stock"_s << notCollected << 422 << u"deadline_not_reached"_s;
        QTest::newRow("ready: cancelled by the customer")
            << u"ready"_s << u"return-to-stock"_s << cancelled << 200 << u"returned_to_stock"_s;
        QTest::newRow("overdue: back to stock")
            << u"overdue"_s << u"return-to-stock"_s << notCollected << 200 << u"returned_to_stock"_s;
        QTest::newRow("awaiting_stock: cancelled by the customer")
            << u"awaiting_stock"_s << u"return-to-stock"_s << cancelled << 200 << u"cancelled"_s;
        QTest::newRow("awaiting_stock: notify")
            << u"awaiting_stock"_s << u"notify"_s << sms << 409 << u"invalid_transition"_s;
        QTest::newRow("awaiting_stock: hand over")
            << u"awaiting_stock"_s << u"handover"_s << handover << 409 << u"invalid_transition"_s;
        QTest::newRow("awaiting_stock: back to stock")
            << u"awaiting_stock"_s << u"return-to-stock"_s << notCollected << 409 << u"invalid_transition"_s;
        QTest::newRow("partly_handed_over: hand over the rest")
            << u"partly_handed_over"_s << u"handover"_s << handover << 200 << u"handed_over"_s;
        for (const QString& command : {u"ready"_s, u"notify"_s, u"return-to-stock"_s}) {
            const QJsonObject body = command == u"ready" ? shelf : command == u"notify" ? sms : notCollected;
            QTest::addRow("partly_handed_over: %s", qPrintable(command))
                << u"partly_handed_over"_s << command << body << 409 << u"invalid_transition"_s;
            for (const QString& state : finals)
                QTest::addRow("%s: %s", qPrintable(state), qPrintable(command))
                    << state << command << body << 409 << refusal(state);
        }
        for (const QString& state : finals)
            QTest::addRow("%s: hand over", qPrintable(state))
                << state << u"handover"_s << handover << 409 << refusal(state);
    }

    void transitionsFollowTheStateMachine() {
        QFETCH(QString, group);
        QFETCH(QString, command);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        const bool changes = status == 200;
        const QJsonObject p = pickup(group, changes, [this, &command](const QJsonObject& c) {
            return command != u"notify" || customerHas(c, u"email"_s);
        });
        QVERIFY2(!p.isEmpty(), "no demo pickup left in that state");
        if (command == u"handover") {
            QJsonArray open = allLines(p);
            if (group == u"partly_handed_over") { // what the earlier handovers left
                QHash<QString, int> given;
                for (const QJsonValue& h : p[u"handovers"].toArray())
                    for (const QJsonValue& l : h[u"lines"].toArray())
                        given[l[u"line_id"].toString()] += l[u"quantity"].toInt();
                open = {};
                for (const QJsonValue& l : allLines(p)) {
                    const int left = l[u"quantity"].toInt() - given.value(l[u"line_id"].toString());
                    if (left > 0)
                        open.append(QJsonObject{{u"line_id"_s, l[u"line_id"]}, {u"quantity"_s, left}});
                }
            }
            body.insert(u"lines"_s, open.isEmpty() ? allLines(p) : open);
        }
        const CommandClient::Answer answer = client(p).send(u"POST"_s, path(p, command), body, ifMatch(p));
        QCOMPARE(answer.status, status);
        if (!changes) {
            QCOMPARE(answer.code(), outcome);
            QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
            return;
        }
        const QJsonObject changed = answer.object();
        QCOMPARE(changed[u"state"].toString(), outcome);
        QCOMPARE(changed[u"version"].toInteger(), p[u"version"].toInteger() + 1);
        QCOMPARE(answer.etag, CommandClient::etagOf(p[u"version"].toInteger() + 1).toUtf8());
        QVERIFY(changed[u"updated_at"].toString() > p[u"updated_at"].toString());
        if (command == u"ready") {
            QCOMPARE(changed[u"shelf"].toString(), u"C-12"_s);
            QVERIFY(!changed[u"deadline"].isNull());
        }
        if (command == u"notify") {
            const QJsonObject sent = changed[u"notifications"].toArray().last().toObject();
            QCOMPARE(sent[u"channel"].toString(), u"email"_s);
            QCOMPARE(sent[u"template"].toString(), u"ready"_s);
            QCOMPARE(sent[u"staff_id"].toString(), u"st-test-0001"_s);
        }
    }

    void changesReachThePickupsFeedAsAnswered() {
        const QJsonObject p = pickup(u"awaiting_stock"_s);
        const QString token = m_tokens.value(p[u"store_id"].toString());
        const QString cursor = m_api->readFeed(u"pickups"_s, token, 500).cursor;
        const CommandClient::Answer answer =
            client(p).send(u"POST"_s, path(p, u"ready"_s), {{u"shelf"_s, u"A-01"_s}}, ifMatch(p));
        QCOMPARE(answer.status, 200);
        const TestApi::Feed after = m_api->readFeed(u"pickups"_s, token, 500, cursor);
        QCOMPARE(after.rawItems.size(), 1);
        QCOMPARE(after.rawItems.first(), answer.body);
    }

    void pickupCodeIsCheckedAgainstItsHash_data() {
        QTest::addColumn<bool>("right");
        QTest::newRow("right code, typed in lower case") << true;
        QTest::newRow("wrong code") << false;
    }
    void pickupCodeIsCheckedAgainstItsHash() {
        QFETCH(bool, right);
        const QJsonObject p = pickup(u"ready"_s, right);
        const QString plain = code(p);
        QCOMPARE(plain.size(), 6);
        QJsonObject body = handoverBody(allLines(p), u"pickup_code"_s);
        body.insert(u"pickup_code"_s,
                    right ? plain.toLower() : (plain.startsWith(u'A') ? u"BBBBBB"_s : u"AAAAAA"_s));
        const CommandClient::Answer answer =
            client(p).send(u"POST"_s, path(p, u"handover"_s), body, ifMatch(p));
        QCOMPARE(answer.status, right ? 200 : 422);
        if (!right) {
            QCOMPARE(answer.code(), u"pickup_code_invalid"_s);
            return;
        }
        const QJsonObject handover = answer.object()[u"handovers"].toArray().last().toObject();
        QCOMPARE(handover[u"identity_check"][u"method"].toString(), u"pickup_code"_s);
        QVERIFY(!answer.body.contains(plain.toUtf8())); // the code itself is never stored or answered
    }

    void partialHandoverThenTheRestCollectsTheOrder() {
        const QJsonObject p =
            pickup(u"ready"_s, true, [](const QJsonObject& c) { return c[u"lines"].toArray().size() >= 2; });
        QVERIFY2(!p.isEmpty(), "no ready pickup with two lines");
        CommandClient desk = client(p);
        const QJsonArray lines = allLines(p);
        CommandClient::Answer first = desk.send(u"POST"_s, path(p, u"handover"_s),
                                                handoverBody({lines.at(0)}, u"known_customer"_s), ifMatch(p));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object()[u"state"].toString(), u"partly_handed_over"_s);
        const QJsonObject order =
            m_api
                ->get(u"/v1/orders/"_s + p[u"order_no"].toString(), m_tokens.value(p[u"store_id"].toString()))
                .object();
        QVERIFY(!order[u"delivered_at"].isNull()); // the withdrawal period starts with the first handover

        // The same line again is more than is open.
        const QString version = CommandClient::etagOf(first.object()[u"version"].toInteger());
        const CommandClient::Answer twice = desk.send(
            u"POST"_s, path(p, u"handover"_s), handoverBody({lines.at(0)}, u"known_customer"_s), version);
        QCOMPARE(twice.status, 422);
        QCOMPARE(twice.code(), u"handover_quantity_exceeded"_s);

        QJsonArray rest = lines;
        rest.removeFirst();
        const CommandClient::Answer second =
            desk.send(u"POST"_s, path(p, u"handover"_s), handoverBody(rest, u"known_customer"_s), version);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.object()[u"state"].toString(), u"handed_over"_s);
        QCOMPARE(second.object()[u"handovers"].toArray().size(), p[u"handovers"].toArray().size() + 2);
        const QJsonObject collected =
            m_api
                ->get(u"/v1/orders/"_s + p[u"order_no"].toString(), m_tokens.value(p[u"store_id"].toString()))
                .object();
        QCOMPARE(collected[u"state"].toString(), u"collected"_s);
    }

    void onlyANamedPersonMayCollectForTheCustomer_data() {
        QTest::addColumn<bool>("named");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("named, identity card") << true << u"identity_document"_s << 200 << QString();
        QTest::newRow("named, known to the associate")
            << true << u"known_customer"_s << 422 << u"identity_check_required"_s;
        QTest::newRow("not named") << false << u"identity_document"_s << 422 << u"recipient_not_authorised"_s;
    }
    void onlyANamedPersonMayCollectForTheCustomer() {
        QFETCH(bool, named);
        QFETCH(QString, method);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QJsonObject p = pickup(u"ready"_s, status == 200, [](const QJsonObject& c) {
            return !c[u"authorised_persons"].toArray().isEmpty();
        });
        QVERIFY2(!p.isEmpty(), "no ready pickup with an authorised person");
        const QString person = p[u"authorised_persons"].toArray().at(0)[u"name"].toString();
        const QJsonObject body = handoverBody(allLines(p), method, u"authorised_person"_s,
                                              named ? person.toUpper() : u"Fremde Person"_s);
        const CommandClient::Answer answer =
            client(p).send(u"POST"_s, path(p, u"handover"_s), body, ifMatch(p));
        QCOMPARE(answer.status, status);
        if (status != 200)
            QCOMPARE(answer.code(), code);
        else
            QCOMPARE(answer.object()[u"handovers"]
                         .toArray()
                         .last()[u"identity_check"][u"document_type"]
                         .toString(),
                     u"id_card"_s);
    }

    void returnToStockRaisesTheStoreStockOfWhatWasLeft() {
        const QJsonObject p = pickup(u"overdue"_s);
        QVERIFY2(!p.isEmpty(), "no overdue pickup");
        const QString store = p[u"store_id"].toString();
        const QString token = m_tokens.value(store);
        const QJsonObject order = m_api->get(u"/v1/orders/"_s + p[u"order_no"].toString(), token).object();
        QHash<QString, qint64> expected; // stock id → quantity after
        const TestApi::Feed stock = m_api->readFeed(u"stock"_s, token, 2000);
        for (const QJsonValue& line : allLines(p)) {
            for (const QJsonValue& ordered : order[u"lines"].toArray()) {
                if (ordered[u"line_id"] == line[u"line_id"])
                    expected[ordered[u"sku"].toString() + u'@' + store] += line[u"quantity"].toInteger();
            }
        }
        for (const QJsonValue& row : stock.items) {
            if (expected.contains(row[u"id"].toString()))
                expected[row[u"id"].toString()] += row[u"quantity"].toInteger();
        }
        const CommandClient::Answer answer = client(p).send(u"POST"_s, path(p, u"return-to-stock"_s),
                                                            {{u"reason"_s, u"not_collected"_s}}, ifMatch(p));
        QCOMPARE(answer.status, 200);
        const TestApi::Feed changed = m_api->readFeed(u"stock"_s, token, 2000, stock.cursor);
        QCOMPARE(changed.items.size(), expected.size());
        for (const QJsonValue& row : changed.items)
            QCOMPARE(row[u"quantity"].toInteger(), expected.value(row[u"id"].toString()));
    }

    void notifyNeedsAWayToReachTheCustomer() {
        const QJsonObject p = pickup(u"ready"_s);
        CommandClient desk = client(p);
        const QString customerId = p[u"customer_id"].toString();
        QJsonObject customer = m_customers.value(customerId);
        QVERIFY(!customer.isEmpty());
        customer.insert(u"phone"_s, QString());
        QCOMPARE(desk.send(u"PUT"_s, u"/v1/test/customers/"_s + customerId, customer).status, 200);
        const CommandClient::Answer answer =
            desk.send(u"POST"_s, path(p, u"notify"_s), {{u"channel"_s, u"sms"_s}}, ifMatch(p));
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.code(), u"no_contact_channel"_s);
    }

    void versionsAreCheckedAndKeysReplayed() {
        const QJsonObject p = pickup(u"ready"_s);
        CommandClient desk = client(p);
        const QJsonObject body{{u"shelf"_s, u"D-03"_s}};
        const CommandClient::Answer missing = desk.send(u"POST"_s, path(p, u"ready"_s), body);
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.code(), u"precondition_required"_s);
        const qint64 version = p[u"version"].toInteger();
        const CommandClient::Answer stale =
            desk.send(u"POST"_s, path(p, u"ready"_s), body, CommandClient::etagOf(version - 1));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.code(), u"version_mismatch"_s);
        QCOMPARE(stale.object()[u"current_version"].toInteger(), version);

        const QString key = CommandClient::newKey();
        const CommandClient::Answer first =
            desk.send(u"POST"_s, path(p, u"ready"_s), body, QString::number(version), key);
        QCOMPARE(first.status, 200);
        const CommandClient::Answer replay =
            desk.send(u"POST"_s, path(p, u"ready"_s), body, QString::number(version), key);
        QCOMPARE(replay.status, 200);
        QVERIFY(replay.replayed);
        QCOMPARE(replay.body, first.body);
        const CommandClient::Answer reused = desk.send(
            u"POST"_s, path(p, u"ready"_s), {{u"shelf"_s, u"D-04"_s}}, QString::number(version), key);
        QCOMPARE(reused.code(), u"idempotency_key_reused"_s);
        QCOMPARE(current(p)[u"version"].toInteger(), version + 1); // applied once
    }

    void pickupsOfAnotherStoreAreNotFound() {
        const QJsonObject p = pickup(u"ready"_s, false);
        const QString other = kStores.at((kStores.indexOf(p[u"store_id"].toString()) + 1) % kStores.size());
        CommandClient desk(m_server->port(), m_tokens.value(other), u"st-test-0001"_s);
        const CommandClient::Answer answer =
            desk.send(u"POST"_s, path(p, u"ready"_s), {{u"shelf"_s, u"A-01"_s}}, ifMatch(p));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.code(), u"pickup_not_found"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerPickups)
#include "tst_serverpickups.moc"
