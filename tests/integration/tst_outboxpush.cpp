// The outbox end to end: local changes on a real cache, pushed by OutboxPusher through libcurl to the
// real theke-server in test mode, with its fault injection for lost answers and 503s. Time is a
// MockClock, so backoff and Retry-After are checked without sleeping.
#include "ApiClient.h"
#include "CtlRunner.h"
#include "CurlTransport.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "Enrollment.h"
#include "LocalChanges.h"
#include "MockClock.h"
#include "NoteRepository.h"
#include "OutboxPusher.h"
#include "OutboxRepository.h"
#include "SyncEngine.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Device {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    QString token;
};

using Run = CtlRun;

Run ctl(const QString& profile, const QStringList& args) {
    return runCtl(profile, args);
}

} // namespace

class TestOutboxPush : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    int m_nextCode = 0;
    MockClock m_clock;
    Backoff m_backoff{1};
    QStringList m_customerIds;

    Device enrolledDevice() {
        Device device;
        device.dir = std::make_unique<QTemporaryDir>();
        CurlTransport transport;
        const Profile profile(device.dir->path());
        auto enrolled = Enrollment::enroll(profile, transport, m_server->url(), u"OUT-%1"_s.arg(m_nextCode++),
                                           u"Kasse"_s);
        if (!enrolled) {
            qWarning() << enrolled.error().toString();
            return device;
        }
        device.token = profile.readToken().value();
        device.db = Database::open(profile.databasePath()).value();
        ApiClient api(transport, m_server->url(), device.token);
        SyncEngine engine(*device.db, api);
        if (auto pulled = engine.pullAll(); !pulled)
            qWarning() << pulled.error().toString();
        return device;
    }

    Result<PushReport> push(Device& device, const QUrl& url = {}) {
        CurlTransport transport;
        ApiClient api(transport, url.isEmpty() ? m_server->url() : url, device.token);
        OutboxPusher pusher(*device.db, api, m_clock, m_backoff);
        return pusher.push();
    }

    QJsonObject admin(const QByteArray& method, const QString& path, const QJsonObject& body = {}) {
        CurlTransport transport;
        HttpRequest request;
        request.method = method;
        request.url = QUrl(m_server->url().toString() + path);
        if (!body.isEmpty()) {
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        }
        auto response = transport.send(request);
        if (!response || response->status / 100 != 2) {
            qWarning() << "admin call failed" << path << (response ? response->status : 0);
            return {};
        }
        return QJsonDocument::fromJson(response->body).object();
    }

    QJsonObject stats() { return admin("GET", u"/v1/test/stats"_s); }
    void setFaults(const QStringList& faults) {
        admin("POST", u"/v1/test/faults"_s,
              QJsonObject{{u"faults"_s, QJsonArray::fromStringList(faults)}, {u"seed"_s, 1}});
    }
    void clearFaults() { admin("DELETE", u"/v1/test/faults"_s); }

    static OutboxEntry row(Device& device, qint64 id) { return *OutboxRepository(device.db->sql()).find(id); }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 40;
        options.seed = 11;
        for (int i = 0; i < 20; ++i)
            options.enrollCodes << u"OUT-%1"_s.arg(i);
        options.extraArgs << u"--test-mode"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        Device probe = enrolledDevice();
        QVERIFY(probe.db);
        QSqlQuery q(probe.db->sql());
        QVERIFY(q.exec(u"SELECT id FROM customers ORDER BY id"_s));
        while (q.next())
            m_customerIds << q.value(0).toString();
        QCOMPARE(m_customerIds.size(), 40);
    }

    void cleanup() { clearFaults(); }

    void offlineChangesStayPendingThenGoOutExactlyOnce() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        const QString customerId = m_customerIds.at(0);
        LocalChanges changes(*device.db, m_clock);
        const OutboxEntry note =
            changes.addNote(customerId, u"Ruft wegen Größe 42 zurück"_s, u"st-1"_s).value();
        const qint64 before = CustomerRepository(device.db->sql()).find(customerId)->version;
        const OutboxEntry consent = changes.setConsent(customerId, u"sms"_s, true, u"st-1"_s).value();

        const Result<PushReport> offline = push(device, QUrl(u"http://127.0.0.1:1"_s));
        QVERIFY(offline);
        QVERIFY(offline->stoppedBy.isNetwork());
        QCOMPARE(offline->done, 0);
        QCOMPARE(OutboxRepository(device.db->sql()).counts()->pending, 2);
        QVERIFY(NoteRepository(device.db->sql()).findLocal(note.idempotencyKey)->pending);

        const QJsonObject start = stats();
        m_clock.advanceSecs(600);
        const Result<PushReport> online = push(device);
        QVERIFY2(online, qPrintable(online.error().toString()));
        QCOMPARE(online->done, 2);
        QCOMPARE(row(device, note.id).state, u"done"_s);
        QCOMPARE(row(device, consent.id).state, u"done"_s);
        const QJsonObject end = stats();
        QCOMPARE(end.value(u"notes").toInt() - start.value(u"notes").toInt(), 1);
        QCOMPARE(end.value(u"commands_applied").toInt() - start.value(u"commands_applied").toInt(), 2);

        const std::optional<Note> stored = NoteRepository(device.db->sql()).findLocal(note.idempotencyKey);
        QVERIFY(stored);
        QVERIFY(!stored->pending);
        QVERIFY(!stored->id.isEmpty());
        const Customer customer = *CustomerRepository(device.db->sql()).find(customerId);
        QCOMPARE(customer.version, before + 1);
        bool granted = false;
        for (const Consent& c : customer.consents)
            granted = granted || (c.purpose == u"sms" && c.granted);
        QVERIFY(granted);

        // Nothing left: a second push sends nothing.
        QCOMPARE(push(device)->sent, 0);
    }

    void lostAnswerIsReplayedAndAppliedExactlyOnce() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        const OutboxEntry note =
            LocalChanges(*device.db, m_clock).addNote(m_customerIds.at(1), u"Lost"_s, {}).value();
        const QJsonObject start = stats();
        setFaults({u"drop_after_commit:path=/v1/customers/*"_s});
        const Result<PushReport> lost = push(device);
        QVERIFY(lost);
        QCOMPARE(lost->done, 0);
        QCOMPARE(row(device, note.id).state, u"failed"_s);
        QCOMPARE(stats().value(u"notes").toInt() - start.value(u"notes").toInt(), 1); // committed

        clearFaults();
        m_clock.advanceSecs(600);
        const Result<PushReport> replayed = push(device);
        QVERIFY(replayed);
        QCOMPARE(replayed->done, 1);
        const QJsonObject end = stats();
        QCOMPARE(end.value(u"notes").toInt() - start.value(u"notes").toInt(), 1);
        QCOMPARE(end.value(u"commands_applied").toInt() - start.value(u"commands_applied").toInt(), 1);
        QCOMPARE(end.value(u"idempotency_keys").toInt() - start.value(u"idempotency_keys").toInt(), 1);
        QVERIFY(!NoteRepository(device.db->sql()).findLocal(note.idempotencyKey)->pending);
        QCOMPARE(NoteRepository(device.db->sql()).forCustomer(m_customerIds.at(1))->size(), 1);
    }

    void serviceUnavailableIsNotRetriedBeforeRetryAfter() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        const OutboxEntry note =
            LocalChanges(*device.db, m_clock).addNote(m_customerIds.at(2), u"Busy"_s, {}).value();
        setFaults({u"error:status=503,retry_after=30,path=/v1/customers/*"_s});
        const Result<PushReport> busy = push(device);
        QVERIFY(busy);
        QCOMPARE(busy->failed, 1);
        QCOMPARE(busy->stoppedBy.httpStatus, 503);
        const OutboxEntry failed = row(device, note.id);
        QCOMPARE(failed.state, u"failed"_s);
        QVERIFY(failed.nextAttemptUtc >= m_clock.nowUtc().addSecs(30));

        clearFaults();
        m_clock.advanceSecs(29);
        QCOMPARE(push(device)->sent, 0);
        m_clock.advanceSecs(2);
        const Result<PushReport> later = push(device);
        QCOMPARE(later->done, 1);
    }

    void staleConsentConflictsAndHoldsBackOnlyThatCustomer() {
        Device mine = enrolledDevice();
        Device other = enrolledDevice();
        QVERIFY(mine.db && other.db);
        const QString contested = m_customerIds.at(3);
        const QString bystander = m_customerIds.at(4);
        // The second device changes the consent first.
        LocalChanges(*other.db, m_clock).setConsent(contested, u"email"_s, false, u"st-9"_s).value();
        QCOMPARE(push(other)->done, 1);

        LocalChanges changes(*mine.db, m_clock);
        const OutboxEntry stale = changes.setConsent(contested, u"email"_s, true, u"st-1"_s).value();
        const OutboxEntry waiting = changes.addNote(contested, u"Nach Einwilligung"_s, {}).value();
        const OutboxEntry unrelated = changes.addNote(bystander, u"Anderer Kunde"_s, {}).value();
        const Result<PushReport> report = push(mine);
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(report->done, 1);
        const OutboxEntry conflict = row(mine, stale.id);
        QCOMPARE(conflict.state, u"conflict"_s);
        QCOMPARE(conflict.lastErrorCode, u"version_mismatch"_s);
        QCOMPARE(conflict.serverStatus, 412);
        QVERIFY(conflict.serverBody.contains("current_version"));
        QCOMPARE(row(mine, waiting.id).state, u"pending"_s);
        QCOMPARE(row(mine, unrelated.id).state, u"done"_s);

        // "Keep mine": retry on top of the version the server named; the held-back note follows.
        // The server keeps the 412 as the first answer to the old key, so the retry goes out under a
        // new one.
        QVERIFY(changes.retry(stale.id));
        QVERIFY(row(mine, stale.id).idempotencyKey != stale.idempotencyKey);
        const qint64 current =
            QJsonDocument::fromJson(conflict.serverBody).object().value(u"current_version").toInteger();
        QCOMPARE(row(mine, stale.id).ifMatch, std::optional<qint64>(current));
        const Result<PushReport> resolved = push(mine);
        QCOMPARE(resolved->done, 2);
        QCOMPARE(row(mine, waiting.id).state, u"done"_s);
    }

    void invalidValueIsAConflictAndUnknownCustomerIsQuarantined() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        // Past local validation, as a row from an older client might be.
        OutboxCommand empty;
        empty.entity = u"customer"_s;
        empty.entityId = m_customerIds.at(5);
        empty.command = u"note.add"_s;
        empty.method = "POST";
        empty.path = u"/v1/customers/%1/notes"_s.arg(m_customerIds.at(5));
        empty.payload = R"({"text":""})";
        const OutboxEntry invalid = OutboxRepository(device.db->sql(), m_clock).enqueue(empty).value();

        Customer ghost;
        ghost.id = u"ghost-customer"_s;
        ghost.customerNo = u"K-0"_s;
        ghost.version = 1;
        QVERIFY(CustomerRepository(device.db->sql()).upsert({ghost}));
        LocalChanges changes(*device.db, m_clock);
        const OutboxEntry first = changes.addNote(ghost.id, u"Wer?"_s, {}).value();
        const OutboxEntry second = changes.addNote(ghost.id, u"Immer noch?"_s, {}).value();

        const Result<PushReport> report = push(device);
        QVERIFY(report);
        QCOMPARE(row(device, invalid.id).state, u"conflict"_s);
        QCOMPARE(row(device, invalid.id).lastErrorCode, u"invalid_value"_s);
        QCOMPARE(row(device, first.id).state, u"quarantined"_s);
        QCOMPARE(row(device, first.id).lastErrorCode, u"customer_not_found"_s);
        QCOMPARE(row(device, second.id).state, u"quarantined"_s); // not held back by the first
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(report->quarantined, 2);
    }

    void thekeCtlQueuesListsPushesAndReports() {
        QTemporaryDir dir;
        const QString profile = dir.path();
        QCOMPARE(ctl(profile, {u"enroll"_s, u"--server"_s, m_server->url().toString(), u"--code"_s,
                               u"OUT-%1"_s.arg(m_nextCode++)})
                     .exitCode,
                 0);
        QCOMPARE(ctl(profile, {u"sync"_s}).exitCode, 0);
        const QString id = m_customerIds.at(6);

        Run note =
            ctl(profile, {u"note"_s, u"add"_s, id, u"--text"_s, u"Per CLI"_s, u"--staff"_s, u"st-3"_s});
        QVERIFY2(note.exitCode == 0, note.err.constData());
        Run consent = ctl(profile, {u"consent"_s, u"set"_s, id, u"phone"_s, u"--granted"_s, u"yes"_s});
        QVERIFY2(consent.exitCode == 0, consent.err.constData());
        QCOMPARE(ctl(profile, {u"consent"_s, u"set"_s, id, u"fax"_s, u"--granted"_s, u"yes"_s}).exitCode, 1);
        QCOMPARE(ctl(profile, {u"consent"_s, u"set"_s, id, u"sms"_s, u"--granted"_s, u"maybe"_s}).exitCode,
                 2);

        Run list = ctl(profile, {u"outbox"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 2);
        for (const char* key : {"id", "key", "entity", "entity_id", "command", "state", "attempts",
                                "next_attempt", "last_error"})
            QVERIFY2(rows.at(0).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(rows.at(0).toObject().value(u"command").toString(), u"note.add"_s);
        QCOMPARE(rows.at(1).toObject().value(u"state").toString(), u"pending"_s);

        Run status = ctl(profile, {u"status"_s, u"--json"_s});
        QJsonObject json = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(json.value(u"pending").toInt(), 2);
        QCOMPARE(json.value(u"conflicts").toInt(), 0);
        QCOMPARE(json.value(u"online").toBool(), true);

        Run pushed = ctl(profile, {u"push"_s, u"--json"_s});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(pushed.out).object().value(u"done").toInt(), 2);
        json = QJsonDocument::fromJson(ctl(profile, {u"status"_s, u"--json"_s}).out).object();
        QCOMPARE(json.value(u"pending").toInt(), 0);

        // Retry and discard: wrong states, missing reason, unknown ids.
        const QString first = QString::number(rows.at(0).toObject().value(u"id").toInteger());
        QCOMPARE(ctl(profile, {u"outbox"_s, u"retry"_s, first}).exitCode, 1); // done already
        QCOMPARE(ctl(profile, {u"outbox"_s, u"discard"_s, first}).exitCode, 2);
        QCOMPARE(ctl(profile, {u"outbox"_s, u"discard"_s, u"999"_s, u"--reason"_s, u"x"_s}).exitCode, 1);
        QVERIFY(ctl(profile, {u"note"_s, u"add"_s, id, u"--text"_s, u"Weg damit"_s}).exitCode == 0);
        const QString third = QString::number(rows.at(1).toObject().value(u"id").toInteger() + 1);
        Run discarded = ctl(profile, {u"outbox"_s, u"discard"_s, third, u"--reason"_s, u"typo"_s});
        QVERIFY2(discarded.exitCode == 0, discarded.err.constData());

        // Server gone: push fails with one line, the row it tried waits.
        QVERIFY(ctl(profile, {u"note"_s, u"add"_s, id, u"--text"_s, u"Offline"_s}).exitCode == 0);
        m_server->stop();
        Run offline = ctl(profile, {u"push"_s});
        QCOMPARE(offline.exitCode, 1);
        QVERIFY(offline.out.isEmpty());
        // One line says what failed (other lines may be warnings of the platform, e.g. no keychain).
        const QList<QByteArray> lines = offline.err.trimmed().split('\n');
        QCOMPARE(std::count_if(lines.begin(), lines.end(),
                               [](const QByteArray& l) { return l.startsWith("theke-ctl: "); }),
                 1);
        QVERIFY(offline.err.contains("theke-ctl: push stopped"));
        json = QJsonDocument::fromJson(ctl(profile, {u"status"_s, u"--json"_s}).out).object();
        QCOMPARE(json.value(u"online").toBool(), false);
        QCOMPARE(json.value(u"pending").toInt(), 1);
        QVERIFY(m_server->start());
    }
};

QTEST_GUILESS_MAIN(TestOutboxPush)
#include "tst_outboxpush.moc"
