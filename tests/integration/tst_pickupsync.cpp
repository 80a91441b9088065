// The pickup desk end to end against the real theke-server: a device enrolled at a store pulls its
// pickups, readies and hands over offline through PickupActions (the code checked against the cached
// hash), and OutboxPusher brings both to the server, whose pickups feed then shows them. A handover
// of a pickup that changed on the server meanwhile (stale If-Match) becomes a conflict, not an effect;
// one of an order cancelled online meanwhile says so and what to do, in German too; one the server
// refuses because its code is blocked after wrong guesses elsewhere waits as a conflict that says so.
// Pieces marked unavailable while preparing travel with the offline ready command.
#include "ApiClient.h"
#include "Backoff.h"
#include "CommandClient.h"
#include "ConflictDetailsDialog.h"
#include "CurlTransport.h"
#include "Database.h"
#include "EnrolledDevice.h"
#include "LocalChanges.h"
#include "MockClock.h"
#include "OutboxModel.h"
#include "OutboxPusher.h"
#include "OutboxRepository.h"
#include "PickProgressRepository.h"
#include "PickupActions.h"
#include "PickupRepository.h"
#include "SyncEngine.h"
#include "TestApi.h"
#include "TestServer.h"
#include "Translations.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;

PickupActions::HandoverInput everything(const Pickup& pickup, const QString& code) {
    PickupActions::HandoverInput input;
    input.lines = pickup.lines;
    input.recipientName = u"Kundin"_s;
    input.method = IdentityMethod::PickupCode;
    input.code = code;
    return input;
}

} // namespace

class TestPickupSync : public QObject {
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
    QSet<QString> m_used;

    Result<PushReport> push() {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        return OutboxPusher(*m_db, api, m_clock, m_backoff).push();
    }
    // A cached pickup in state, with its deadline at least a day away, that no test used yet.
    Pickup take(PickupState state) {
        const QList<Pickup> pickups = PickupRepository(m_db->sql()).forStore(kStore, {state}).value();
        for (const Pickup& pickup : pickups) {
            if (m_used.contains(pickup.id) ||
                (state == PickupState::Ready && pickup.deadline < QDateTime::currentDateTimeUtc().addDays(1)))
                continue;
            m_used.insert(pickup.id);
            return pickup;
        }
        return {};
    }
    QString code(const Pickup& pickup) {
        return m_api->get(u"/v1/test/pickups/%1/code"_s.arg(pickup.id)).object()[u"code"].toString();
    }
    QJsonObject onServer(const QString& pickupId) {
        for (const QJsonValue& value : m_api->readFeed(u"pickups"_s, m_token, 500).items) {
            if (value[u"id"].toString() == pickupId)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 2500; // enough ready and awaiting-stock pickups for every case here
        options.seed = 21;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        EnrolledDevice device = EnrolledDevice::enroll(*m_api, m_server->url(), m_dir.path(), u"PICKUP-1"_s,
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

    void offlineReadyAndHandoverReachTheServer() {
        const Pickup waiting = take(PickupState::AwaitingStock);
        const Pickup ready = take(PickupState::Ready);
        QVERIFY(!waiting.id.isEmpty() && !ready.id.isEmpty());
        PickupActions actions(*m_db, m_clock);
        QVERIFY(actions.ready(waiting.id, u"Z-01"_s, m_staff));
        // Two changes of one pickup in a row: the second is based on the first's answer.
        QVERIFY(actions.ready(ready.id, u"Z-02"_s, m_staff));
        const Result<OutboxEntry> handover =
            actions.handover(ready.id, everything(ready, code(ready)), m_staff);
        QVERIFY2(handover, qPrintable(handover ? QString() : handover.error().detail));
        QCOMPARE(PickupRepository(m_db->sql()).find(ready.id)->state, PickupState::HandedOver); // at once

        const Result<PushReport> report = push();
        QVERIFY(report);
        QCOMPARE(report->done, 3);
        QCOMPARE(report->conflicts + report->quarantined + report->failed, 0);

        const QJsonObject handedOver = onServer(ready.id);
        QCOMPARE(handedOver[u"state"].toString(), u"handed_over"_s);
        QCOMPARE(handedOver[u"shelf"].toString(), u"Z-02"_s);
        QCOMPARE(handedOver[u"handovers"].toArray().size(), 1);
        QCOMPARE(handedOver[u"handovers"][0][u"identity_check"][u"method"].toString(), u"pickup_code"_s);
        QCOMPARE(onServer(waiting.id)[u"state"].toString(), u"ready"_s);
        QCOMPARE(onServer(waiting.id)[u"shelf"].toString(), u"Z-01"_s);
        // The answers replaced the cached pickups: the server's versions.
        QCOMPARE(PickupRepository(m_db->sql()).find(ready.id)->version, ready.version + 2);
        QCOMPARE(PickupRepository(m_db->sql()).find(waiting.id)->version, waiting.version + 1);
    }

    void offlineReadyWithUnavailablePiecesReachesTheServer() {
        Pickup waiting;
        for (const Pickup& pickup :
             PickupRepository(m_db->sql()).forStore(kStore, {PickupState::AwaitingStock}).value()) {
            int pieces = 0;
            for (const PickupLine& line : pickup.lines)
                pieces += line.quantity;
            if (pieces >= 2 && !m_used.contains(pickup.id)) {
                waiting = pickup;
                break;
            }
        }
        QVERIFY2(!waiting.id.isEmpty(), "a pickup to prepare with two pieces");
        m_used.insert(waiting.id);
        const QString lineId = waiting.lines.first().lineId;
        // The pick list kept on this device while preparing.
        QVERIFY(PickProgressRepository(m_db->sql())
                    .save(waiting.id, {{lineId, 0, 1, u"damaged"_s}}, m_clock.nowUtc()));
        PickupActions actions(*m_db, m_clock);
        // Every piece unavailable: refused here already, nothing queued, the pick list stays.
        QList<UnavailablePieces> everything;
        for (const PickupLine& line : waiting.lines)
            everything.append({line.lineId, line.quantity, u"not_found"_s});
        const Result<OutboxEntry> refused = actions.ready(waiting.id, u"Z-03"_s, m_staff, everything);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"nothing_available"_s);
        QCOMPARE(PickupRepository(m_db->sql()).find(waiting.id)->state, PickupState::AwaitingStock);
        QCOMPARE(PickProgressRepository(m_db->sql()).load(waiting.id).size(), 1);

        const Result<OutboxEntry> ready =
            actions.ready(waiting.id, u"Z-03"_s, m_staff, {{lineId, 1, u"damaged"_s}});
        QVERIFY2(ready, qPrintable(ready ? QString() : ready.error().detail));
        const Pickup cached = *PickupRepository(m_db->sql()).find(waiting.id);
        QCOMPARE(cached.state, PickupState::Ready); // at once, offline
        QCOMPARE(cached.lines.first().unavailableQuantity, 1);
        QVERIFY(PickProgressRepository(m_db->sql()).load(waiting.id).isEmpty()); // went with the command

        const Result<PushReport> report = push();
        QVERIFY(report);
        QCOMPARE(report->done, 1);
        const QJsonObject onTheServer = onServer(waiting.id);
        QCOMPARE(onTheServer[u"state"].toString(), u"ready"_s);
        QCOMPARE(onTheServer[u"lines"][0][u"unavailable"][u"quantity"].toInt(), 1);
        QCOMPARE(onTheServer[u"lines"][0][u"unavailable"][u"reason"].toString(), u"damaged"_s);
        // The server's answer replaced the cached pickup and still has them.
        const Pickup answered = *PickupRepository(m_db->sql()).find(waiting.id);
        QCOMPARE(answered.version, waiting.version + 1);
        QCOMPARE(answered.lines.first().unavailableReason, u"damaged"_s);
    }

    void handoverOfAPickupChangedMeanwhileIsAConflict() {
        const Pickup ready = take(PickupState::Ready);
        QVERIFY(!ready.id.isEmpty());
        const Result<OutboxEntry> handover =
            PickupActions(*m_db, m_clock).handover(ready.id, everything(ready, code(ready)), m_staff);
        QVERIFY(handover);
        // Another desk moves it to another shelf first.
        CommandClient other(m_server->port(), m_token, m_staff);
        QCOMPARE(other
                     .send(u"POST"_s, u"/v1/pickups/%1/ready"_s.arg(ready.id),
                           QJsonObject{{u"shelf"_s, u"X-9"_s}}, CommandClient::etagOf(ready.version))
                     .status,
                 200);

        const Result<PushReport> report = push();
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1);
        const OutboxEntry row = *OutboxRepository(m_db->sql()).find(handover->id);
        QCOMPARE(row.state, OutboxState::kConflict.toString());
        QCOMPARE(row.serverStatus, 412);
        QCOMPARE(onServer(ready.id)[u"state"].toString(), u"ready"_s); // nothing handed over
        QCOMPARE(onServer(ready.id)[u"handovers"].toArray().size(), 0);

        // "Send mine anyway": based on the version the server named, the handover goes through.
        QVERIFY(LocalChanges(*m_db, m_clock).retry(handover->id));
        m_clock.advanceSecs(3600); // past any backoff
        const Result<PushReport> again = push();
        QVERIFY(again);
        QCOMPARE(again->done, 1);
        QCOMPARE(onServer(ready.id)[u"state"].toString(), u"handed_over"_s);
        QCOMPARE(onServer(ready.id)[u"shelf"].toString(), u"X-9"_s);
    }

    void handoverWhileTheServerBlocksTheCodeIsAConflictThatSaysSo() {
        Pickup ready = take(PickupState::Ready);
        if (ready.id.isEmpty()) { // none left far from its deadline: make one ready here
            const Pickup waiting = take(PickupState::AwaitingStock);
            QVERIFY(!waiting.id.isEmpty());
            QVERIFY(PickupActions(*m_db, m_clock).ready(waiting.id, u"Z-07"_s, m_staff));
            const Result<PushReport> readied = push();
            QVERIFY(readied && readied->done == 1);
            ready = *PickupRepository(m_db->sql()).find(waiting.id);
        }
        const Result<OutboxEntry> handover =
            PickupActions(*m_db, m_clock).handover(ready.id, everything(ready, code(ready)), m_staff);
        QVERIFY(handover); // right by the cached hash, offline
        // Meanwhile someone tries five wrong codes at another desk: the server blocks the code.
        CommandClient other(m_server->port(), m_token, m_staff);
        const QString wrong = code(ready) == u"AAAAAA"_s ? u"BBBBBB"_s : u"AAAAAA"_s;
        QJsonArray lines;
        for (const PickupLine& line : ready.lines)
            lines.append(QJsonObject{{u"line_id"_s, line.lineId}, {u"quantity"_s, line.quantity}});
        const QJsonObject guess{
            {u"lines"_s, lines},
            {u"recipient"_s, QJsonObject{{u"type"_s, u"customer"_s}, {u"name"_s, u"Kundin"_s}}},
            {u"identity_check"_s, QJsonObject{{u"method"_s, u"pickup_code"_s}}},
            {u"pickup_code"_s, wrong}};
        int lastStatus = 0;
        for (int i = 0; i < 5; ++i)
            lastStatus = other
                             .send(u"POST"_s, u"/v1/pickups/%1/handover"_s.arg(ready.id), guess,
                                   CommandClient::etagOf(ready.version))
                             .status;
        QCOMPARE(lastStatus, 423);

        const Result<PushReport> report = push();
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1); // not retried on and on: a person decides
        QCOMPARE(report->failed, 0);
        const OutboxEntry row = *OutboxRepository(m_db->sql()).find(handover->id);
        QCOMPARE(row.state, OutboxState::kConflict.toString());
        QCOMPARE(row.serverStatus, 423);
        QCOMPARE(row.lastErrorCode, u"pickup_code_blocked"_s);
        QCOMPARE(onServer(ready.id)[u"handovers"].toArray().size(), 0);
        const QString reason = OutboxModel::describeReason(row);
        QVERIFY2(reason.contains(u"Too many wrong pickup codes"_s) && reason.contains(u"identity document"_s),
                 qPrintable(reason));
        QVERIFY(ConflictDetailsDialog::keepMineIsSafe(row)); // once the block has ended

        // After the block, "Keep mine" sends it again under a new key, and it goes through.
        QCOMPARE(m_api->post(u"/v1/test/clock"_s, {{u"advance_seconds"_s, 15 * 60 + 1}}).status, 200);
        QVERIFY(LocalChanges(*m_db, m_clock).retry(handover->id));
        const Result<PushReport> again = push();
        QVERIFY(again);
        QCOMPARE(again->done, 1);
        QCOMPARE(onServer(ready.id)[u"state"].toString(), u"handed_over"_s);

        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"de"_s), u"de"_s);
        const QString german = OutboxModel::describeReason(row);
        QVERIFY2(german.contains(u"Abholcode"_s) && german.contains(u"sperrt"_s), qPrintable(german));
        // Back to the source texts for the tests after this one.
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void handoverOfAnOrderCancelledOnlineMeanwhileSaysWhatToDo() {
        Pickup ready = take(PickupState::Ready);
        if (ready.id.isEmpty()) { // no ready pickup left that is far from its deadline: any will do
            const QList<Pickup> all =
                PickupRepository(m_db->sql()).forStore(kStore, {PickupState::Ready}).value();
            for (const Pickup& pickup : all)
                if (!m_used.contains(pickup.id))
                    ready = pickup;
        }
        QVERIFY(!ready.id.isEmpty());
        m_used.insert(ready.id);
        const Result<OutboxEntry> handover =
            PickupActions(*m_db, m_clock).handover(ready.id, everything(ready, code(ready)), m_staff);
        QVERIFY(handover);
        // The customer cancels in the web shop while this device is offline.
        const TestApi::Answer cancelled = m_api->post(u"/v1/test/orders/%1/cancel"_s.arg(ready.orderNo), {});
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.object()[u"cancelled_pickups"].toArray().size(), 1);

        const Result<PushReport> report = push();
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1);
        const OutboxEntry row = *OutboxRepository(m_db->sql()).find(handover->id);
        QCOMPARE(row.state, OutboxState::kConflict.toString());
        QCOMPARE(row.serverStatus, 409);
        QCOMPARE(row.lastErrorCode, u"pickup_cancelled"_s); // not merely "changed meanwhile" (412)
        QCOMPARE(onServer(ready.id)[u"state"].toString(), u"cancelled"_s);
        QCOMPARE(onServer(ready.id)[u"handovers"].toArray().size(), 0);
        const QString reason = OutboxModel::describeReason(row);
        QVERIFY2(reason.contains(ready.orderNo) && reason.contains(u"cancelled online"_s) &&
                     reason.contains(u"Do not hand the goods over"_s),
                 qPrintable(reason));
        QVERIFY(!ConflictDetailsDialog::keepMineIsSafe(row)); // sending again cannot succeed

        // The next pull brings the cancellation into the cache: the desk no longer offers the pickup.
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        QVERIFY(SyncEngine(*m_db, api).pullAll());
        QCOMPARE(PickupRepository(m_db->sql()).find(ready.id)->state, PickupState::Cancelled);

        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"de"_s), u"de"_s);
        const QString german = OutboxModel::describeReason(row);
        QVERIFY2(german.contains(ready.orderNo) && german.contains(u"online storniert"_s),
                 qPrintable(german));
    }
};

QTEST_GUILESS_MAIN(TestPickupSync)
#include "tst_pickupsync.moc"
