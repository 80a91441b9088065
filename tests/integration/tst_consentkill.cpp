// theke-ctl push killed with SIGKILL while it sends consent changes, the outbox rows with If-Match:
// each change bumps the customer's version on the server exactly once (a second send under the same
// key is a replay, under a new key it would be a 412), a crash never turns a change into a conflict,
// and at the end server and cache agree on every consent. Complements tst_synckill (notes).
// Replay a failure with THEKE_KILL_SEED=<the seed printed at the start>.
#include "CacheFile.h"
#include "CtlRunner.h"
#include "CurlTransport.h"
#include "Profile.h"
#include "ServerFeed.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 300;
constexpr int kKills = 30;
constexpr int kChangedCustomers = 5;   // each gets kChangesPerCustomer toggles per batch …
constexpr int kChangesPerCustomer = 4; // … alternating e-mail and SMS, so later rows wait on earlier ones
constexpr int kMaxRuns = 300;
const QStringList kPurposes{u"email"_s, u"sms"_s};

struct Expected {
    qint64 initialVersion = 0;
    int queued = 0;
    QMap<QString, bool> granted; // purpose → the value of the last queued change
};

} // namespace

class TestConsentKill : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_root;
    QString m_profile;
    QString m_token;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    QMap<QString, Expected> m_expected; // customer id → what was queued for it

    QString context(const QString& what) const { return u"%1 (seed %2)"_s.arg(what).arg(m_seed); }

    QJsonObject serverStats() {
        CurlTransport transport;
        HttpRequest request;
        request.url = QUrl(m_server->url().toString() + u"/v1/test/stats"_s);
        const Result<HttpResponse> response = transport.send(request);
        return response ? QJsonDocument::fromJson(response->body).object() : QJsonObject();
    }

    // The server's customers once no killed request is still running there and every stored key
    // had its effect.
    QString settledServer(QMap<QString, QJsonObject>& customers, QJsonObject& stats) {
        for (int attempt = 0; attempt < 100; ++attempt, QTest::qWait(20)) {
            const QJsonObject before = serverStats();
            Result<ServerFeed> feed = ServerFeed::fetch(m_server->url(), m_token, u"customers"_s, 2000);
            if (!feed)
                return feed.error().toString();
            stats = serverStats();
            customers = feed->items();
            if (before == stats &&
                stats.value(u"idempotency_keys").toInteger() == stats.value(u"commands_applied").toInteger())
                return {};
        }
        // Keys without an effect are refusals (4xx answers are kept under their key too), or a
        // request that never ends.
        return u"the server refused a change or did not come to rest: "_s +
               QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact));
    }

    QString queueBatch() {
        for (auto it = m_expected.begin(); it != m_expected.end(); ++it) {
            for (int i = 0; i < kChangesPerCustomer; ++i) {
                const QString purpose = kPurposes.at(i % kPurposes.size());
                const bool granted = !it->granted.value(purpose, false);
                const CtlRun run = runCtl(m_profile, {u"consent"_s, u"set"_s, it.key(), purpose,
                                                      u"--granted"_s, granted ? u"yes"_s : u"no"_s});
                if (run.exitCode != 0)
                    return u"consent set: "_s + QString::fromUtf8(run.err);
                it->granted.insert(purpose, granted);
                ++it->queued;
            }
        }
        return {};
    }

    // Every change reached the server at most once and at least if the cache knows it as done;
    // drained: exactly once, and the server shows the last value queued for each purpose.
    QString checkState(bool drained) {
        CacheFile cache(Profile(m_profile).databasePath());
        if (const QString integrity = cache.integrityCheck(); integrity != u"ok")
            return u"integrity_check: "_s + integrity;
        QMap<QString, QJsonObject> server;
        QJsonObject stats;
        if (const QString settled = settledServer(server, stats); !settled.isEmpty())
            return settled;
        qint64 bumps = 0;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            QSqlQuery rows(cache.sql());
            rows.prepare(
                u"SELECT count(*), sum(state = 'done'), sum(attempts > 0), "
                u"sum(state NOT IN ('pending', 'sending', 'failed', 'done')) FROM outbox WHERE entity_id = ?"_s);
            rows.addBindValue(it.key());
            if (!rows.exec() || !rows.next())
                return u"outbox query failed"_s;
            const qint64 bump = server.value(it.key()).value(u"version").toInteger() - it->initialVersion;
            bumps += bump;
            if (rows.value(0).toInt() != it->queued)
                return u"%1 changes queued, %2 in the outbox"_s.arg(it->queued).arg(rows.value(0).toInt());
            if (rows.value(3).toInt() != 0)
                return u"a change became a conflict or was quarantined"_s;
            if (bump < rows.value(1).toInt() || bump > rows.value(2).toInt())
                return u"server version +%1, but %2 changes done and %3 sent"_s.arg(bump)
                    .arg(rows.value(1).toInt())
                    .arg(rows.value(2).toInt());
            if (drained && bump != it->queued)
                return u"%1 changes queued, the server version went up by %2"_s.arg(it->queued).arg(bump);
            if (!drained)
                continue;
            for (const QJsonValue& consent : server.value(it.key()).value(u"consents").toArray()) {
                const QString purpose = consent[u"purpose"].toString();
                if (it->granted.contains(purpose) &&
                    consent[u"granted"].toBool() != it->granted.value(purpose))
                    return u"the server's %1 consent is not the last one queued"_s.arg(purpose);
            }
        }
        if (stats.value(u"commands_applied").toInteger() != bumps)
            return u"the server applied %1 commands for %2 version bumps"_s
                .arg(stats.value(u"commands_applied").toInteger())
                .arg(bumps);
        return {};
    }

    qint64 unsent() {
        return CacheFile(Profile(m_profile).databasePath())
            .scalar(u"SELECT COUNT(*) FROM outbox WHERE state IN ('pending','sending','failed')"_s);
    }

    // The consent the cache shows for a customer and purpose; -1 when none is recorded.
    int cachedConsent(const QString& customerId, const QString& purpose) {
        CacheFile cache(Profile(m_profile).databasePath());
        QSqlQuery consent(cache.sql());
        consent.prepare(u"SELECT granted FROM customer_consents WHERE customer_id = ? AND purpose = ?"_s);
        consent.addBindValue(customerId);
        consent.addBindValue(purpose);
        return consent.exec() && consent.next() ? consent.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("THEKE_TOKEN_STORE", "file");
        bool fromEnv = false;
        m_seed = qEnvironmentVariableIntValue("THEKE_KILL_SEED", &fromEnv);
        if (!fromEnv)
            m_seed = QRandomGenerator::system()->generate();
        m_random.seed(m_seed);
        qInfo("kill seed %u (replay with THEKE_KILL_SEED=%u)", m_seed, m_seed);

        TestServer::Options options;
        options.demoCustomers = kCustomers;
        options.seed = 17;
        options.enrollCodes << u"CONSENT-1"_s;
        options.extraArgs << u"--test-mode"_s;
        options.faults << u"latency:min=2,max=80,path=/v1/customers/*/consents/*"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_profile = m_root.filePath(u"profile"_s);
        const CtlRun enroll = runCtl(
            m_profile, {u"enroll"_s, u"--server"_s, m_server->url().toString(), u"--code"_s, u"CONSENT-1"_s});
        QVERIFY2(enroll.exitCode == 0, enroll.err.constData());
        m_token = Profile(m_profile).readToken().value();
        QCOMPARE(runCtl(m_profile, {u"sync"_s}).exitCode, 0);

        Result<ServerFeed> customers = ServerFeed::fetch(m_server->url(), m_token, u"customers"_s, 2000);
        QVERIFY(customers);
        const auto rows = customers->rows();
        for (auto it = rows.cbegin(); it != rows.cend() && m_expected.size() < kChangedCustomers; ++it)
            m_expected[it.key()].initialVersion = it.value();
    }

    void pushKilledAtRandomPointsBumpsEachVersionOnce() {
        QCOMPARE(queueBatch(), QString());
        const CtlOutcome idle = runCtlKilledAfter(m_profile, {u"outbox"_s, u"list"_s}, -1);
        const CtlOutcome clean = runCtlKilledAfter(m_profile, {u"push"_s}, -1);
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QCOMPARE(checkState(true), QString());
        const qint64 rowMs =
            qMax(qint64(1), (clean.ms - idle.ms) / (kChangedCustomers * kChangesPerCustomer));

        int kills = 0;
        int runs = 0;
        int pulls = 0;
        int backoffWaits = 0;
        int immediateRestarts = 0;
        while (kills < kKills && runs++ < kMaxRuns) {
            qint64 left = unsent();
            if (left == 0) {
                QCOMPARE(queueBatch(), QString());
                left = kChangedCustomers * kChangesPerCustomer;
            }
            const qint64 span = idle.ms + left * rowMs / (m_random.bounded(2) + 1);
            const int delay = int(m_random.bounded(idle.ms * 3 / 4, span + 1));
            const CtlOutcome run = runCtlKilledAfter(m_profile, {u"push"_s}, delay);
            kills += run.killed;
            QVERIFY2(run.killed || run.exitCode == 0, qPrintable(context(QString::fromUtf8(run.err))));
            // Sometimes the push starts again at once, while the killed one's request may still run on
            // the server: a resend then meets 409 request_in_progress and must wait, not double.
            if (run.killed && m_random.bounded(3) == 0) {
                ++immediateRestarts;
                continue;
            }
            const QString state = checkState(false);
            QVERIFY2(state.isEmpty(),
                     qPrintable(context(u"run %1, kill %2: %3"_s.arg(runs).arg(kills).arg(state))));
            // Sometimes a pull comes before the next push and brings versions the killed push caused.
            if (run.killed && m_random.bounded(3) == 0) {
                QCOMPARE(runCtl(m_profile, {u"sync"_s}).exitCode, 0);
                const QString afterPull = checkState(false);
                QVERIFY2(afterPull.isEmpty(),
                         qPrintable(context(u"pull after kill %1: "_s.arg(kills) + afterPull)));
                ++pulls;
            }
            // A resend that met its first request still running (409) waits for its backoff, and the
            // later changes of that customer wait behind it: let the backoff pass.
            const QStringList failed =
                CacheFile(Profile(m_profile).databasePath())
                    .column(u"SELECT min(next_attempt_utc) FROM outbox WHERE state = 'failed'"_s);
            const QDateTime retryAt =
                failed.isEmpty() ? QDateTime() : QDateTime::fromString(failed.first(), Qt::ISODateWithMs);
            backoffWaits += retryAt.isValid();
            if (retryAt.isValid())
                QTest::qWait(int(
                    qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(retryAt) + 20, qint64(10000))));
        }
        QCOMPARE(kills, kKills);

        for (int i = 0; unsent() > 0 && i < 100; ++i) {
            QCOMPARE(runCtlKilledAfter(m_profile, {u"push"_s}, -1).exitCode, 0);
            if (unsent() > 0)
                QTest::qWait(200);
        }
        QCOMPARE(unsent(), qint64(0));
        QCOMPARE(checkState(true), QString());
        QCOMPARE(runCtl(m_profile, {u"sync"_s}).exitCode, 0);
        Result<ServerFeed> customers = ServerFeed::fetch(m_server->url(), m_token, u"customers"_s, 2000);
        QVERIFY(customers);
        CacheFile cache(Profile(m_profile).databasePath());
        QCOMPARE(cache.versions(u"customers"_s), customers->rows());
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            for (const QString& purpose : kPurposes) {
                QSqlQuery consent(cache.sql());
                consent.prepare(
                    u"SELECT granted FROM customer_consents WHERE customer_id = ? AND purpose = ?"_s);
                consent.addBindValue(it.key());
                consent.addBindValue(purpose);
                QVERIFY(consent.exec() && consent.next());
                QCOMPARE(consent.value(0).toBool(), it->granted.value(purpose));
            }
        }
        int queued = 0;
        for (const Expected& e : std::as_const(m_expected))
            queued += e.queued;
        qInfo("consent push: %d kills, %d immediate restarts, %d pulls in between, %d waits for a backoff, "
              "%d changes, %lld requests, %d runs",
              kills, immediateRestarts, pulls, backoffWaits, queued,
              cache.scalar(u"SELECT SUM(attempts) FROM outbox"_s), runs);
    }
    // A pull that brings a newer copy of a customer (another desk changed it, or a push whose answer
    // was lost) while this desk's consent change still waits in the outbox: the desk must go on
    // showing its own change, as it does when a push answer arrives (OutboxPusher::applyAnswer).
    void pullKeepsAWaitingConsentChangeVisible() {
        Result<ServerFeed> before = ServerFeed::fetch(m_server->url(), m_token, u"customers"_s, 2000);
        QVERIFY(before);
        const QMap<QString, QJsonObject> items = before->items();
        auto picked = items.cbegin();
        while (picked != items.cend() && m_expected.contains(picked.key()))
            ++picked;
        QVERIFY(picked != items.cend());
        const QString id = picked.key();
        QCOMPARE(runCtl(m_profile, {u"sync"_s}).exitCode, 0);
        const bool granted = cachedConsent(id, u"sms"_s) != 1;
        QCOMPARE(runCtl(m_profile,
                        {u"consent"_s, u"set"_s, id, u"sms"_s, u"--granted"_s, granted ? u"yes"_s : u"no"_s})
                     .exitCode,
                 0);
        QCOMPARE(cachedConsent(id, u"sms"_s), int(granted));

        // Meanwhile the server's copy changes (the customer moved), with the old consents.
        QJsonObject moved = picked.value();
        moved.insert(u"city"_s, u"Lüneburg"_s);
        CurlTransport transport;
        HttpRequest put;
        put.method = QByteArrayLiteral("PUT");
        put.url = QUrl(m_server->url().toString() + u"/v1/test/customers/"_s + id);
        put.body = QJsonDocument(moved).toJson(QJsonDocument::Compact);
        put.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const Result<HttpResponse> answer = transport.send(put);
        QVERIFY(answer && answer->status == 200);

        QCOMPARE(runCtl(m_profile, {u"sync"_s}).exitCode, 0);
        CacheFile cache(Profile(m_profile).databasePath());
        QCOMPARE(cache.scalar(
                     u"SELECT count(*) FROM outbox WHERE entity_id = '%1' AND state = 'pending'"_s.arg(id)),
                 qint64(1));
        // The pulled customer carries the server's consents; the change still waiting in the outbox
        // stays on top of them (WaitingConsents), so the desk never shows the old consent.
        QCOMPARE(cachedConsent(id, u"sms"_s), int(granted));
    }
};

QTEST_GUILESS_MAIN(TestConsentKill)
#include "tst_consentkill.moc"
