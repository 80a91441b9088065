// theke-server's pickup handovers over real HTTP: the pickup code against its stored hash, partial
// handovers, authorised persons, the deadline for returning to stock (and the stock it raises), and
// notifying a customer who can be reached.
#include "PickupServerFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerPickupHandover : public QObject, public PickupServerSupport::PickupServerFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }

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
};

QTEST_GUILESS_MAIN(TestServerPickupHandover)
#include "tst_serverpickuphandover.moc"
