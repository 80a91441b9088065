// theke-server's pickup commands over real HTTP: the state machine (every allowed and refused
// transition), changes in the pickups feed, If-Match and idempotent replays, pickups of other stores.
// Handovers, codes, authorised persons, returning to stock and notifying: tst_serverpickuphandover.cpp.
#include "PickupServerFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerPickups : public QObject, public PickupServerSupport::PickupServerFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }

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
