// The local audit trail reaches the real theke-server exactly once: uploaded in batches with ids and
// no personal data, sent again without doubling when the answer was lost (the server's drop_after_commit
// fault), waiting as long as a 503's Retry-After asks, and picked up where it stopped after a restart
// (theke-ctl push in a process of its own, and the app's push cycle).
#include "ApiClient.h"
#include "AuditLog.h"
#include "AuditUploader.h"
#include "CtlRunner.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "MockClock.h"
#include "SyncService.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditUpload : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    int m_nextCode = 0;

    struct Device {
        QTemporaryDir dir;
        QString id;
        QString storeId;
        QString token;
        std::unique_ptr<Database> db;
        Profile profile() const { return Profile(dir.path()); }
    };

    std::unique_ptr<Device> enrolledDevice() {
        auto device = std::make_unique<Device>();
        CurlTransport transport;
        const auto info = Enrollment::enroll(device->profile(), transport, m_server->url(),
                                             u"AUDIT-%1"_s.arg(m_nextCode++), u"Kasse 3"_s);
        if (!info)
            return {};
        device->id = info->deviceId;
        device->storeId = info->storeId;
        device->token = device->profile().readToken().value();
        auto db = Database::open(device->profile().databasePath());
        if (!db)
            return {};
        device->db = std::move(db).value();
        return device;
    }

    static QStringList append(Device& device, const QStringList& actions) {
        QStringList uuids;
        AuditLog log(device.db->sql());
        for (const QString& action : actions) {
            AuditEntry entry;
            entry.atUtc = QDateTime::currentDateTimeUtc();
            entry.deviceId = device.id;
            entry.staffId = u"st-hh-0001"_s;
            entry.action = action;
            entry.subjectType = u"customer"_s;
            entry.subjectId = u"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57"_s;
            entry.detail = QJsonObject{{u"via"_s, u"app"_s},
                                       {u"approver_staff_id"_s, u"st-hh-0002"_s},
                                       {u"customer_name"_s, u"Jürgen Weiß"_s}, // must stay on the device
                                       {u"pin"_s, u"4711"_s}};
            const Result<qint64> id = log.append(entry);
            if (!id)
                return {};
            uuids << log.list().value().first().uuid;
        }
        return uuids;
    }

    // The server's entries of one device, id → how often stored.
    QMap<QString, int> serverEntries(const QString& deviceId, QJsonArray* entries = nullptr) {
        const TestApi::Answer answer = m_api->get(u"/v1/test/audit"_s);
        QMap<QString, int> seen;
        for (const QJsonValue& value : answer.object().value(u"entries").toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(u"device_id").toString() != deviceId)
                continue;
            seen[entry.value(u"id").toString()] += 1;
            if (entries)
                entries->append(entry);
        }
        return seen;
    }

    static QMap<QString, int> once(const QStringList& uuids) {
        QMap<QString, int> map;
        for (const QString& uuid : uuids)
            map.insert(uuid, 1);
        return map;
    }

    void setFault(const QString& fault) {
        const TestApi::Answer answer =
            m_api->post(u"/v1/test/faults"_s, QJsonObject{{u"faults"_s, QJsonArray{fault}}});
        QCOMPARE(answer.status, 200);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("THEKE_TOKEN_STORE", "file");
        TestServer::Options options;
        for (int i = 0; i < 10; ++i)
            options.enrollCodes << u"AUDIT-%1"_s.arg(i);
        options.extraArgs << u"--test-mode"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
    }

    void cleanup() { m_api->del(u"/v1/test/faults"_s); }

    void entriesReachTheServerOnceWithoutPersonalData() {
        auto device = enrolledDevice();
        QVERIFY(device);
        const QStringList uuids = append(*device, {u"sign_in"_s, u"approval"_s, u"customer_erase"_s});
        QCOMPARE(uuids.size(), 3);
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device->token);
        MockClock clock;
        Backoff backoff(1);
        AuditUploader::RetryState retry;
        const Result<AuditUploadReport> report =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QVERIFY2(report, qPrintable(report.error().toString()));
        QCOMPARE(report->uploaded, 3);
        QCOMPARE(report->newOnServer, 3);
        QCOMPARE(AuditLog(device->db->sql()).unsyncedCount().value(), 0);

        QJsonArray stored;
        QCOMPARE(serverEntries(device->id, &stored), once(uuids));
        for (const QJsonValue& value : std::as_const(stored)) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(u"store_id").toString(), device->storeId);
            QCOMPARE(entry.value(u"staff_id").toString(), u"st-hh-0001"_s);
            QCOMPARE(entry.value(u"detail").toObject(),
                     (QJsonObject{{u"via"_s, u"app"_s}, {u"approver_staff_id"_s, u"st-hh-0002"_s}}));
        }
        const QByteArray raw = m_api->get(u"/v1/test/audit"_s).body;
        QVERIFY(!raw.contains("4711"));
        QVERIFY(!raw.contains(QStringLiteral("Jürgen").toUtf8()));

        // Nothing unsent: nothing goes out again.
        const Result<AuditUploadReport> again =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QCOMPARE(again->uploaded, 0);
        QCOMPARE(serverEntries(device->id), once(uuids));
    }

    void aLostAnswerIsSentAgainWithoutDoubling() {
        auto device = enrolledDevice();
        QVERIFY(device);
        const QStringList uuids = append(*device, {u"sign_in"_s, u"lock"_s});
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device->token);
        MockClock clock;
        Backoff backoff(1);
        AuditUploader::RetryState retry;

        setFault(u"drop_after_commit:path=/v1/audit"_s);
        const Result<AuditUploadReport> lost =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QVERIFY(lost);
        QVERIFY2(lost->stoppedBy.isNetwork(), qPrintable(lost->stoppedBy.code));
        QCOMPARE(lost->uploaded, 0);
        QCOMPARE(retry.attempts, 1);
        QCOMPARE(AuditLog(device->db->sql()).unsyncedCount().value(), 2); // not marked: no answer came
        QCOMPARE(serverEntries(device->id), once(uuids));                 // but the server has them

        m_api->del(u"/v1/test/faults"_s);
        clock.set(retry.notBeforeUtc);
        const Result<AuditUploadReport> retried =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QVERIFY(retried);
        QCOMPARE(retried->uploaded, 2);
        QCOMPARE(retried->newOnServer, 0);
        QCOMPARE(retry.attempts, 0);
        QCOMPARE(AuditLog(device->db->sql()).unsyncedCount().value(), 0);
        QCOMPARE(serverEntries(device->id), once(uuids));
    }

    void aBusyServerIsAskedAgainNoSoonerThanItSaid() {
        auto device = enrolledDevice();
        QVERIFY(device);
        const QStringList uuids = append(*device, {u"sign_out"_s});
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device->token);
        MockClock clock;
        Backoff backoff(1);
        AuditUploader::RetryState retry;

        setFault(u"error:status=503,retry_after=30,path=/v1/audit"_s);
        const Result<AuditUploadReport> refused =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QCOMPARE(refused->stoppedBy.httpStatus, 503);
        QVERIFY(retry.notBeforeUtc >= clock.nowUtc().addSecs(30));
        m_api->del(u"/v1/test/faults"_s);
        clock.advanceSecs(29);
        const Result<AuditUploadReport> early =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QVERIFY(early->waiting);
        QCOMPARE(serverEntries(device->id), (QMap<QString, int>{}));
        clock.set(retry.notBeforeUtc);
        const Result<AuditUploadReport> later =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QCOMPARE(later->uploaded, 1);
        QCOMPARE(serverEntries(device->id), once(uuids));
    }

    void anEntryTheServerRefusesIsSetAsideAndTheOthersGoOn() {
        auto device = enrolledDevice();
        QVERIFY(device);
        QStringList uuids = append(*device, {u"sign_in"_s, u"approval"_s});
        {
            // An action name the server does not take (a space in it): refused, however often sent.
            AuditEntry bad;
            bad.atUtc = QDateTime::currentDateTimeUtc();
            bad.deviceId = device->id;
            bad.action = u"customer export"_s;
            bad.subjectType = u"customer"_s;
            bad.subjectId = u"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57"_s;
            QVERIFY(AuditLog(device->db->sql()).append(bad));
        }
        uuids += append(*device, {u"lock"_s, u"unlock"_s, u"sign_out"_s});
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device->token);
        MockClock clock;
        Backoff backoff(1);
        AuditUploader::RetryState retry;

        const Result<AuditUploadReport> report =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QVERIFY2(report, qPrintable(report.error().toString()));
        QCOMPARE(report->uploaded, 5);
        QCOMPARE(report->refused, 1);
        QVERIFY(report->stoppedBy.code.isEmpty());
        QCOMPARE(retry.attempts, 0); // not a failure to wait for: the others went on at once
        QCOMPARE(serverEntries(device->id), once(uuids));

        // The refused entry stays on the device, unsent, with the server's reason, and is not sent again.
        AuditLog log(device->db->sql());
        QCOMPARE(log.unsyncedCount().value(), 1);
        QCOMPARE(log.refusedCount().value(), 1);
        QVERIFY(log.unsynced(100).value().isEmpty());
        AuditFilter unsent;
        unsent.unsentOnly = true;
        const QList<AuditEntry> left = log.list(unsent).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().action, u"customer export"_s);
        QCOMPARE(left.first().refusedCode, u"invalid_value"_s);
        const Result<AuditUploadReport> again =
            AuditUploader(*device->db, api, clock, backoff, retry).upload();
        QCOMPARE(again->uploaded, 0);
        QCOMPARE(again->refused, 0);
        QCOMPARE(serverEntries(device->id), once(uuids));
    }

    void aRestartGoesOnFromTheSentMark() {
        auto device = enrolledDevice();
        QVERIFY(device);
        QStringList uuids = append(*device, {u"sign_in"_s, u"approval"_s});
        {
            CurlTransport transport;
            ApiClient api(transport, m_server->url(), device->token);
            Backoff backoff(1);
            AuditUploader::RetryState retry;
            QCOMPARE(AuditUploader(*device->db, api, Clock::system(), backoff, retry).upload()->uploaded, 2);
        }
        uuids += append(*device, {u"lock"_s, u"unlock"_s, u"sign_out"_s});
        device->db.reset(); // the app is gone

        // theke-ctl push: a process of its own that only has the cache file.
        const CtlRun run = runCtl(device->dir.path(), {u"push"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"audit_sent").toInt(), 3);
        QCOMPARE(serverEntries(device->id), once(uuids));

        // The app's push cycle does the same and reports what is left.
        device->db = std::move(Database::open(device->profile().databasePath())).value();
        uuids += append(*device, {u"settings_change"_s});
        device->db.reset();
        SyncService service(device->profile());
        QSignalSpy unsent(&service, &SyncService::unsentAuditChanged);
        service.pushNow();
        QVERIFY(unsent.wait(30000));
        QCOMPARE(unsent.last().at(0).toLongLong(), 0);
        QCOMPARE(serverEntries(device->id), once(uuids));
    }
};

QTEST_GUILESS_MAIN(TestAuditUpload)
#include "tst_auditupload.moc"
