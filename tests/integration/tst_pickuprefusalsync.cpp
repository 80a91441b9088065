// The new return reasons end to end against the real theke-server. A customer refuses a piece at the
// pickup desk while the device is offline (PickupRefusal: handover + return in one transaction);
// OutboxPusher brings both to the server, which records the refusal on the handover and accepts the
// return of a piece that was never handed over — exactly once, also when the answers are lost and
// everything is sent again. The server refuses "refused at pickup" for pieces no handover refused,
// and reason "other" without (or with too long) a text, with stable codes.
#include "ApiClient.h"
#include "Backoff.h"
#include "CommandClient.h"
#include "CtlRunner.h"
#include "CurlTransport.h"
#include "Database.h"
#include "EnrolledDevice.h"
#include "MockClock.h"
#include "OrderRepository.h"
#include "OutboxPusher.h"
#include "OutboxRepository.h"
#include "PickupRefusal.h"
#include "PickupRepository.h"
#include "ReturnRepository.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;

QJsonObject line(const QString& lineId, const QString& reason,
                 const QJsonValue& text = QJsonValue::Undefined) {
    QJsonObject object{{u"line_id"_s, lineId},
                       {u"quantity"_s, 1},
                       {u"reason"_s, reason},
                       {u"condition"_s, u"as_new"_s},
                       {u"disposition"_s, u"restock"_s}};
    if (!text.isUndefined())
        object.insert(u"reason_text"_s, text);
    return object;
}

QJsonObject returnBody(const QString& orderNo, const QJsonObject& returnLine) {
    return {
        {u"order_no"_s, orderNo},
        {u"lines"_s, QJsonArray{returnLine}},
        {u"refund"_s, QJsonObject{{u"method"_s, u"original"_s},
                                  {u"amount"_s, QJsonObject{{u"amount"_s, 100}, {u"currency"_s, u"EUR"_s}}}}},
        {u"approvals"_s, QJsonArray()}};
}

} // namespace

class TestPickupRefusalSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_token;
    QString m_staff;
    MockClock m_clock{QDateTime::currentDateTimeUtc()};
    Backoff m_backoff{1};

    Result<PushReport> push() {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        return OutboxPusher(*m_db, api, m_clock, m_backoff).push();
    }
    QSet<QString> m_used; // orders a test returned from
    QJsonArray feed(const QString& name) { return m_api->readFeed(name, m_token, 2000).items; }
    // A webshop order delivered in the last days with its first line not returned at all; marked used.
    std::pair<QString, QString> recentOrderAndLine() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonValue& value : feed(u"orders"_s)) {
            const QDateTime delivered =
                QDateTime::fromString(value[u"delivered_at"].toString(), Qt::ISODateWithMs);
            const QJsonObject first = value[u"lines"][0].toObject();
            const QString orderNo = value[u"order_no"].toString();
            if (value[u"channel"] == u"webshop"_s && delivered.isValid() && delivered.daysTo(now) < 10 &&
                first[u"returned_quantity"].toInt() == 0 && !m_used.contains(orderNo)) {
                m_used.insert(orderNo);
                return {orderNo, first[u"line_id"].toString()};
            }
        }
        return {};
    }
    QJsonObject pickupOnServer(const QString& pickupId) {
        for (const QJsonValue& value : feed(u"pickups"_s)) {
            if (value[u"id"].toString() == pickupId)
                return value.toObject();
        }
        return {};
    }
    QJsonArray returnsOnServer(const QString& orderNo) {
        QJsonArray result;
        for (const QJsonValue& value : feed(u"returns"_s)) {
            if (value[u"order_no"].toString() == orderNo)
                result.append(value);
        }
        return result;
    }
    QSet<QString> m_usedPickups;
    // A ready pickup whose order the device has cached, the one with the most pieces; marked used.
    std::optional<Pickup> readyPickup() {
        const QList<Pickup> ready =
            PickupRepository(m_db->sql()).forStore(kStore, {PickupState::Ready}).value();
        std::optional<Pickup> best;
        int most = 0;
        for (const Pickup& pickup : ready) {
            int pieces = 0;
            for (const PickupLine& l : pickup.lines)
                pieces += l.quantity;
            if (pieces > most && !m_usedPickups.contains(pickup.id) &&
                OrderRepository(m_db->sql()).findByOrderNo(pickup.orderNo)) {
                best = pickup;
                most = pieces;
            }
        }
        if (best)
            m_usedPickups.insert(best->id);
        return best;
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 1000;
        options.seed = 23;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        EnrolledDevice device = EnrolledDevice::enroll(*m_api, m_server->url(), m_dir.path(), u"REFUSAL-1"_s,
                                                       kStore, u"Abholung"_s);
        QVERIFY2(device.error.isEmpty(), qPrintable(device.error));
        m_token = device.token;
        m_db = std::move(device.db);
        const QString pulled = EnrolledDevice::pullAll(*m_db, m_server->url(), m_token);
        QVERIFY2(pulled.isEmpty(), qPrintable(pulled));
        QSqlQuery staff(m_db->sql());
        QVERIFY(staff.exec(u"SELECT id FROM staff ORDER BY id LIMIT 1"_s) && staff.next());
        m_staff = staff.value(0).toString();
    }

    void offlineRefusalReachesTheServerExactlyOnce() {
        const std::optional<Pickup> pickup = readyPickup();
        QVERIFY2(pickup, "no ready pickup with a cached order");
        // The customer refuses one piece of the first line and takes everything else (if there is more).
        PickupActions::HandoverInput input;
        const PickupLine first = pickup->lines.constFirst();
        input.refusedLines = {{first.lineId, 1}};
        for (const PickupLine& l : pickup->lines) {
            const int take = l.lineId == first.lineId ? l.quantity - 1 : l.quantity;
            if (take > 0)
                input.lines.append({l.lineId, take});
        }
        input.recipientName = u"Kundin"_s;
        input.method = IdentityMethod::PickupCode;
        input.code = m_api->get(u"/v1/test/pickups/%1/code"_s.arg(pickup->id)).object()[u"code"].toString();
        const int returnedBefore =
            OrderRepository(m_db->sql()).findByOrderNo(pickup->orderNo)->lines.constFirst().returnedQuantity;

        const Result<PickupRefusal::Outcome> outcome =
            PickupRefusal(*m_db, kStore, m_clock).handOver(pickup->id, input, m_staff);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QVERIFY(outcome->refund);
        const Money refund = outcome->decision.total;
        QVERIFY(refund.cents > 0);

        const Result<PushReport> report = push();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->done, 2); // the handover, then the return waiting behind it
        QCOMPARE(report->conflicts + report->quarantined + report->failed, 0);

        const auto verifyServer = [&] {
            const QJsonObject onServer = pickupOnServer(pickup->id);
            QCOMPARE(onServer[u"state"].toString(), u"handed_over"_s);
            const QJsonArray handovers = onServer[u"handovers"].toArray();
            QCOMPARE(handovers.size(), 1);
            QCOMPARE(handovers[0][u"refused_lines"].toArray().size(), 1);
            QCOMPARE(handovers[0][u"refused_lines"][0][u"line_id"].toString(), first.lineId);
            const QJsonArray returns = returnsOnServer(pickup->orderNo);
            QCOMPARE(returns.size(), 1);
            QCOMPARE(returns[0][u"lines"][0][u"reason"].toString(), u"refused_at_pickup"_s);
            QCOMPARE(returns[0][u"refund"][u"amount"][u"amount"].toInteger(), refund.cents);
            const QJsonObject order = m_api->get(u"/v1/orders/"_s + pickup->orderNo, m_token).object();
            QCOMPARE(order[u"lines"][0][u"returned_quantity"].toInt(), returnedBefore + 1);
        };
        verifyServer();
        if (QTest::currentTestFailed())
            return;

        // The return's answer got lost (a crash after sending): it goes out again with its key and the
        // server answers with the return it booked the first time — no second refund.
        QSqlQuery again(m_db->sql());
        QVERIFY(again.exec(
            u"UPDATE outbox SET state = 'pending', server_status = NULL WHERE command = 'return.create'"_s));
        const Result<PushReport> replay = push();
        QVERIFY(replay);
        QCOMPARE(replay->done, 1);
        QCOMPARE(replay->conflicts + replay->quarantined + replay->failed, 0);
        verifyServer(); // still one handover and one return
    }

    void refusedAtPickupNeedsARefusalRecordedAtAHandover() {
        // A delivered webshop order: nothing was ever refused at a pickup desk.
        const auto [orderNo, lineId] = recentOrderAndLine();
        QVERIFY(!orderNo.isEmpty());
        CommandClient client(m_server->port(), m_token, m_staff);
        const CommandClient::Answer answer = client.send(
            u"POST"_s, u"/v1/returns"_s, returnBody(orderNo, line(lineId, u"refused_at_pickup"_s)));
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.code(), u"not_returnable"_s);
        QVERIFY(returnsOnServer(orderNo).isEmpty());
    }

    void reasonOtherNeedsItsText_data() {
        QTest::addColumn<QJsonValue>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kept");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << 422 << u"reason_text_required"_s
                                 << QString();
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 422 << u"reason_text_required"_s
                              << QString();
        QTest::newRow("blank") << QJsonValue(u"   "_s) << 422 << u"reason_text_required"_s << QString();
        QTest::newRow("201 characters")
            << QJsonValue(QString(201, u'x')) << 422 << u"reason_text_too_long"_s << QString();
        QTest::newRow("kept trimmed") << QJsonValue(u"  Geschenk, doppelt bekommen "_s) << 201 << QString()
                                      << u"Geschenk, doppelt bekommen"_s;
    }

    void reasonOtherNeedsItsText() {
        QFETCH(QJsonValue, text);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, kept);
        const auto [orderNo, lineId] = recentOrderAndLine();
        QVERIFY(!orderNo.isEmpty());
        CommandClient client(m_server->port(), m_token, m_staff);
        const CommandClient::Answer answer =
            client.send(u"POST"_s, u"/v1/returns"_s, returnBody(orderNo, line(lineId, u"other"_s, text)));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.code(), code);
        if (status == 201)
            QCOMPARE(answer.object()[u"lines"][0][u"reason_text"].toString(), kept);
    }

    void ctlTakesTheTextOfReasonOtherAfterTheCondition() {
        const auto [orderNo, lineId] = recentOrderAndLine();
        QVERIFY(!orderNo.isEmpty());
        const QString profile = m_dir.path();
        const CtlRun missing = runCtl(profile, {u"return"_s, u"create"_s, u"--order"_s, orderNo, u"--line"_s,
                                                lineId + u":1:other:as_new"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("TEXT"), missing.err.constData());
        // Everything after the condition is the text, colons included.
        const CtlRun created = runCtl(profile, {u"return"_s, u"create"_s, u"--order"_s, orderNo, u"--line"_s,
                                                lineId + u":1:other:as_new: Geschenk: doppelt bekommen"_s,
                                                u"--staff"_s, m_staff});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const CtlRun pushed = runCtl(profile, {u"push"_s});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        const QJsonArray returns = returnsOnServer(orderNo);
        QCOMPARE(returns.size(), 1);
        QCOMPARE(returns[0][u"lines"][0][u"reason"].toString(), u"other"_s);
        QCOMPARE(returns[0][u"lines"][0][u"reason_text"].toString(), u"Geschenk: doppelt bekommen"_s);
    }

    void ctlRefusesAPieceAtTheHandover() {
        const std::optional<Pickup> pickup = readyPickup();
        QVERIFY2(pickup, "no second ready pickup with a cached order");
        const PickupLine first = pickup->lines.constFirst();
        const QString code =
            m_api->get(u"/v1/test/pickups/%1/code"_s.arg(pickup->id)).object()[u"code"].toString();
        QSqlQuery associate(m_db->sql());
        QVERIFY(associate.exec(u"SELECT id FROM staff WHERE role = 'associate' ORDER BY id LIMIT 1"_s) &&
                associate.next());
        const QString profile = m_dir.path();
        const CtlRun handed =
            runCtl(profile,
                   {u"pickup"_s, u"handover"_s, pickup->orderNo, u"--staff"_s, associate.value(0).toString(),
                    u"--code"_s, code, u"--refuse"_s, first.lineId + u":1"_s},
                   "1234\n");
        QVERIFY2(handed.exitCode == 0, handed.err.constData());
        QVERIFY2(handed.out.contains("refused pieces booked as return"), handed.out.constData());
        const CtlRun pushed = runCtl(profile, {u"push"_s});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        const QJsonObject onServer = pickupOnServer(pickup->id);
        QCOMPARE(onServer[u"state"].toString(), u"handed_over"_s);
        QCOMPARE(onServer[u"handovers"][0][u"refused_lines"][0][u"quantity"].toInt(), 1);
        const QJsonArray returns = returnsOnServer(pickup->orderNo);
        QCOMPARE(returns.size(), 1);
        QCOMPARE(returns[0][u"lines"][0][u"reason"].toString(), u"refused_at_pickup"_s);
    }

    void ctlDiscardOfARefusedHandoverTakesItsReturnAlong() {
        const std::optional<Pickup> pickup = readyPickup();
        QVERIFY2(pickup, "no third ready pickup with a cached order");
        const QString code =
            m_api->get(u"/v1/test/pickups/%1/code"_s.arg(pickup->id)).object()[u"code"].toString();
        QSqlQuery associate(m_db->sql());
        QVERIFY(associate.exec(u"SELECT id FROM staff WHERE role = 'associate' ORDER BY id LIMIT 1"_s) &&
                associate.next());
        const QString staffId = associate.value(0).toString();
        associate.finish(); // an open statement would keep this connection on its old snapshot
        const QString profile = m_dir.path();
        const CtlRun handed =
            runCtl(profile,
                   {u"pickup"_s, u"handover"_s, pickup->orderNo, u"--staff"_s, staffId, u"--code"_s, code,
                    u"--refuse"_s, pickup->lines.constFirst().lineId + u":1"_s},
                   "1234\n");
        QVERIFY2(handed.exitCode == 0, handed.err.constData());
        // The customer cancels online meanwhile: the server refuses the handover, the return waits.
        QCOMPARE(m_api->post(u"/v1/test/orders/%1/cancel"_s.arg(pickup->orderNo), {}).status, 200);
        QCOMPARE(runCtl(profile, {u"push"_s}).exitCode, 0);
        const QList<OutboxEntry> rows =
            OutboxRepository(m_db->sql()).forEntity(u"pickup"_s, pickup->id).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).state, OutboxState::kConflict.toString());
        QCOMPARE(rows.at(1).command, u"return.create"_s);
        QCOMPARE(rows.at(1).state, OutboxState::kPending.toString());

        const CtlRun discarded = runCtl(profile, {u"outbox"_s, u"discard"_s, QString::number(rows.at(0).id),
                                                  u"--reason"_s, u"Bestellung online storniert"_s});
        QVERIFY2(discarded.exitCode == 0, discarded.err.constData());
        QVERIFY2(discarded.out.contains(QString::number(rows.at(1).id).toUtf8() + " discarded with it"),
                 discarded.out.constData());
        for (const OutboxEntry& row :
             OutboxRepository(m_db->sql()).forEntity(u"pickup"_s, pickup->id).value())
            QCOMPARE(row.state, OutboxState::kDiscarded.toString());
        QCOMPARE(runCtl(profile, {u"push"_s}).exitCode, 0);
        QVERIFY(returnsOnServer(pickup->orderNo).isEmpty()); // never sent, so never refused as a conflict
        QVERIFY(ReturnRepository(m_db->sql()).forOrderNo(pickup->orderNo).value().isEmpty());
    }
};

QTEST_MAIN(TestPickupRefusalSync)
#include "tst_pickuprefusalsync.moc"
