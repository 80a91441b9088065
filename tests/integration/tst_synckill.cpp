// theke-ctl killed with SIGKILL at random points of a pull and of a push, again and again, against the
// real theke-server: after every kill the cache is sound and holds exactly what the pages applied so
// far say, no outbox row is lost, and none reaches the server twice. Replay a failure with
// THEKE_KILL_SEED=<the seed printed at the start>.
#include "CacheFile.h"
#include "CtlRunner.h"
#include "CurlTransport.h"
#include "Profile.h"
#include "ServerFeed.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 1200;
constexpr int kProducts = 60;         // a small catalogue: the kills are about commits, not about volume
constexpr int kPageSize = 25;         // many small pages: many commits a kill can land in
constexpr int kPullKills = 50;        // the issue asks for 50 kills during pulls …
constexpr int kPushKills = 50;        // … and 50 during pushes
constexpr int kNotesPerBatch = 25;    // queued whenever the outbox has run dry
constexpr int kMaxRunsPerPhase = 400; // kills plus runs that finished before their kill
const QStringList kFeedTables{u"staff"_s, u"customers"_s, u"notes"_s}; // feed name = table name

QString copyProfile(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files))
        QFile::copy(from + u'/' + name, to + u'/' + name);
    return to;
}

QString noteText(int index) {
    return u"Rückruf erbeten, Vorgang %1"_s.arg(index);
}

} // namespace

class TestSyncKill : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_root;
    QString m_template; // enrolled, never synced
    QString m_token;
    QMap<QString, ServerFeed> m_feeds; // the server's feeds in pages of kPageSize (before any push)
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    int m_profiles = 0;
    int m_queued = 0;     // notes queued so far in the push phase
    int m_pushRowMs = 10; // measured cost of one outbox row

    QString freshProfile() {
        return copyProfile(m_template, m_root.filePath(u"profile-%1"_s.arg(++m_profiles)));
    }
    QString context(const QString& what) const { return u"%1 (seed %2)"_s.arg(what).arg(m_seed); }

    // The cache holds exactly the rows of the pages up to each feed's stored cursor.
    QString checkPullState(const QString& profile, bool complete) {
        CacheFile cache(Profile(profile).databasePath());
        if (!cache.isOpen())
            return u"cache does not open: "_s + cache.errorString();
        if (const QString integrity = cache.integrityCheck(); integrity != u"ok")
            return u"integrity_check: "_s + integrity;
        for (const QString& feed : kFeedTables) {
            const ServerFeed& server = m_feeds[feed];
            const int pages = server.pagesUpTo(cache.cursor(feed));
            if (pages < 0)
                return feed + u": the stored cursor is not the end of any page"_s;
            if (complete && pages != server.pageCount())
                return feed +
                       u": a finished sync stopped after %1 of %2 pages"_s.arg(pages).arg(server.pageCount());
            if (cache.versions(feed) != server.rowsAfter(pages))
                return feed + u": cached rows differ from the server's first %1 pages"_s.arg(pages);
        }
        if (cache.scalar(u"SELECT COUNT(*) FROM outbox"_s) != 0)
            return u"a pull wrote outbox rows"_s;
        return {};
    }

    QJsonObject serverStats() {
        CurlTransport transport;
        HttpRequest request;
        request.url = QUrl(m_server->url().toString() + u"/v1/test/stats"_s);
        const Result<HttpResponse> response = transport.send(request);
        return response ? QJsonDocument::fromJson(response->body).object() : QJsonObject();
    }

    // The server's notes by text, once the server is at rest: a killed client's last request may
    // still be running there (the latency fault), so the counts are read until they hold still.
    QString serverNotes(QMap<QString, QString>& idByText) {
        QString last;
        for (int attempt = 0; attempt < 100; ++attempt, QTest::qWait(20)) {
            idByText.clear();
            const QJsonObject before = serverStats();
            Result<ServerFeed> notes = ServerFeed::fetch(m_server->url(), m_token, u"notes"_s, 2000);
            if (!notes)
                return u"server notes feed: "_s + notes.error().toString();
            for (const QJsonObject& note : notes->items()) {
                const QString text = note.value(u"text").toString();
                if (idByText.contains(text))
                    return u"the server holds a note twice: "_s + text;
                idByText.insert(text, note.value(u"id").toString());
            }
            const QJsonObject after = serverStats();
            last = u"server stats %1, notes on the server %2"_s
                       .arg(QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)))
                       .arg(idByText.size());
            bool settled = before == after;
            for (const char* counter : {"notes", "idempotency_keys", "commands_applied"})
                settled = settled && after.value(QLatin1String(counter)).toInteger(-1) == idByText.size();
            if (settled)
                return {};
        }
        return last;
    }

    // No queued note lost, none on the server twice, none there that was never sent; what the cache
    // knows as done is on the server under the id the cache holds.
    QString checkPushState(const QString& profile, bool drained) {
        CacheFile cache(Profile(profile).databasePath());
        if (const QString integrity = cache.integrityCheck(); integrity != u"ok")
            return u"integrity_check: "_s + integrity;
        QMap<QString, QString> serverIdByText;
        if (const QString notes = serverNotes(serverIdByText); !notes.isEmpty())
            return notes;

        QSqlQuery rows(cache.sql());
        rows.exec(u"SELECT o.idempotency_key, o.state, o.attempts, o.payload, n.id "
                  u"FROM outbox AS o LEFT JOIN notes AS n ON n.local_id = o.idempotency_key"_s);
        QSet<QString> queuedTexts;
        while (rows.next()) {
            const QString state = rows.value(1).toString();
            const QString text =
                QJsonDocument::fromJson(rows.value(3).toByteArray()).object()[u"text"].toString();
            queuedTexts.insert(text);
            if (!QStringList{u"pending"_s, u"sending"_s, u"failed"_s, u"done"_s}.contains(state))
                return u"outbox row of '%1' is %2"_s.arg(text, state);
            if (state == u"done" && rows.value(4).toString() != serverIdByText.value(text, u"-"_s))
                return u"done row '%1' is not in the cache under the server's id"_s.arg(text);
            if (rows.value(2).toInt() == 0 && serverIdByText.contains(text))
                return u"'%1' reached the server though it was never sent"_s.arg(text);
            if (drained && state != u"done")
                return u"after the clean run '%1' is still %2"_s.arg(text, state);
        }
        if (queuedTexts.size() != m_queued || cache.scalar(u"SELECT COUNT(*) FROM notes"_s) != m_queued)
            return u"%1 notes queued, the outbox holds %2 and the cache %3"_s.arg(m_queued)
                .arg(queuedTexts.size())
                .arg(cache.scalar(u"SELECT COUNT(*) FROM notes"_s));
        for (auto it = serverIdByText.cbegin(); it != serverIdByText.cend(); ++it) {
            if (!queuedTexts.contains(it.key()))
                return u"the server holds a note nobody queued: "_s + it.key();
        }
        if (drained && serverIdByText.size() != m_queued)
            return u"%1 notes queued, %2 on the server"_s.arg(m_queued).arg(serverIdByText.size());
        return {};
    }

    QString queueNotes(const QString& profile, const QStringList& customerIds) {
        for (int i = 0; i < kNotesPerBatch; ++i, ++m_queued) {
            const CtlRun run =
                runCtl(profile, {u"note"_s, u"add"_s, customerIds.at(m_queued % customerIds.size()),
                                 u"--text"_s, noteText(m_queued)});
            if (run.exitCode != 0)
                return u"note add: "_s + QString::fromUtf8(run.err);
        }
        return {};
    }

    // Rows that may still go out: pending, sending, failed (a failed row waits for its backoff).
    qint64 unsentRows(const QString& profile) {
        CacheFile cache(Profile(profile).databasePath());
        return cache.scalar(u"SELECT COUNT(*) FROM outbox WHERE state IN ('pending','sending','failed')"_s);
    }

    // When every unsent row waits for its backoff, a push would send nothing: wait until the first
    // may go again, so each run has something a kill can interrupt.
    bool waitOutBackoff(const QString& profile) {
        CacheFile cache(Profile(profile).databasePath());
        if (cache.scalar(u"SELECT COUNT(*) FROM outbox WHERE state IN ('pending','sending')"_s) > 0)
            return false;
        const QStringList next = cache.column(
            u"SELECT min(next_attempt_utc) FROM outbox WHERE state = 'failed' AND next_attempt_utc IS NOT NULL"_s);
        const QDateTime at =
            next.isEmpty() ? QDateTime() : QDateTime::fromString(next.first(), Qt::ISODateWithMs);
        if (!at.isValid())
            return false;
        QTest::qWait(int(qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(at) + 20, qint64(10000))));
        return true;
    }

    // Pushes until every row is done; a row that met a request still running on the server waits
    // out its backoff (at most a few seconds here).
    QString drainOutbox(const QString& profile) {
        QElapsedTimer timer;
        timer.start();
        while (unsentRows(profile) > 0) {
            const CtlOutcome push = runCtlKilledAfter(profile, {u"push"_s}, -1);
            if (push.exitCode != 0)
                return u"clean push failed: "_s + QString::fromUtf8(push.err);
            if (unsentRows(profile) > 0) {
                if (timer.elapsed() > 60000)
                    return u"the outbox did not drain within 60 s"_s;
                QTest::qWait(200);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("THEKE_TOKEN_STORE", "file"); // children inherit it; no keychain prompts
        bool fromEnv = false;
        m_seed = qEnvironmentVariableIntValue("THEKE_KILL_SEED", &fromEnv);
        if (!fromEnv)
            m_seed = QRandomGenerator::system()->generate();
        m_random.seed(m_seed);
        qInfo("kill seed %u (replay with THEKE_KILL_SEED=%u)", m_seed, m_seed);

        TestServer::Options options;
        options.demoCustomers = kCustomers;
        options.seed = 11;
        options.enrollCodes << u"KILL-1"_s;
        options.extraArgs << u"--test-mode"_s << u"--demo-products"_s << QString::number(kProducts);
        // The note stays a little while on the server after its key is claimed, so kills also land
        // between "the server has it" and "the client knows".
        options.faults << u"latency:ms=10,path=/v1/customers/*/notes"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        m_template = m_root.filePath(u"template"_s);
        const CtlRun enroll = runCtl(
            m_template, {u"enroll"_s, u"--server"_s, m_server->url().toString(), u"--code"_s, u"KILL-1"_s});
        QVERIFY2(enroll.exitCode == 0, enroll.err.constData());
        m_token = Profile(m_template).readToken().value();
        for (const QString& feed : kFeedTables) {
            Result<ServerFeed> server = ServerFeed::fetch(m_server->url(), m_token, feed, kPageSize);
            QVERIFY2(server, qPrintable(server.error().toString()));
            m_feeds.insert(feed, std::move(server).value());
        }
        QCOMPARE(m_feeds[u"customers"_s].rows().size(), kCustomers);
    }

    void pullKilledAtRandomPointsKeepsTheCacheWhole() {
        QElapsedTimer phase;
        phase.start();
        const QStringList sync{u"sync"_s, u"--page-size"_s, QString::number(kPageSize)};
        // A clean run tells how long a whole sync takes, and a second one what a run that finds
        // nothing costs (start, open, three empty pages).
        QString profile = freshProfile();
        const CtlOutcome whole = runCtlKilledAfter(profile, sync, -1);
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QCOMPARE(checkPullState(profile, true), QString());
        const CtlOutcome idle = runCtlKilledAfter(profile, sync, -1);
        QVERIFY2(idle.exitCode == 0, idle.err.constData());
        qInfo("whole sync %lld ms, sync with nothing to do %lld ms", whole.ms, idle.ms);

        const qint64 total = kCustomers;
        profile = freshProfile();
        int kills = 0;
        int runs = 0;
        int killsMidCustomers = 0;
        int killsBeforeCustomers = 0;
        int killsAfterCustomers = 0; // in the notes feed or the index purge at the end
        int completions = 0;
        while (kills < kPullKills && runs++ < kMaxRunsPerPhase) {
            // Spans what is left (the restarted run only has the rest to do), every other time only its
            // first half: a chain of kills then walks through the sync in smaller steps, which keeps the
            // test short and still lands kills from the first page to the index purge at the end.
            const qint64 left =
                total - CacheFile(Profile(profile).databasePath()).versions(u"customers"_s).size();
            const qint64 span = idle.ms + (whole.ms - idle.ms) * left / total / (m_random.bounded(2) + 1);
            // Half the idle run is process start and opening the cache: kill there less often.
            const int delay = int(m_random.bounded(idle.ms / 2, span + 1));
            CtlOutcome run = runCtlKilledAfter(profile, sync, delay);
            if (run.killed) {
                ++kills;
                const QString state = checkPullState(profile, false);
                QVERIFY2(state.isEmpty(),
                         qPrintable(context(u"kill %1 after %2 ms: %3"_s.arg(kills).arg(delay).arg(state))));
                const qint64 cached =
                    CacheFile(Profile(profile).databasePath()).versions(u"customers"_s).size();
                killsMidCustomers += cached > 0 && cached < total;
                killsBeforeCustomers += cached == 0;
                killsAfterCustomers += cached == total;
                if (cached < total)
                    continue;                               // kill the restarted run again
                run = runCtlKilledAfter(profile, sync, -1); // only the tail was left: let it finish
            }
            QVERIFY2(run.exitCode == 0, qPrintable(context(QString::fromUtf8(run.err))));
            const QString state = checkPullState(profile, true);
            QVERIFY2(state.isEmpty(),
                     qPrintable(context(u"restart after kill %1: %2"_s.arg(kills).arg(state))));
            ++completions;
            profile = freshProfile(); // the next kills hit an initial sync again
        }
        QCOMPARE(kills, kPullKills);
        // The last one, killed or not, ends with a clean run that must bring everything.
        const CtlOutcome last = runCtlKilledAfter(profile, sync, -1);
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QCOMPARE(checkPullState(profile, true), QString());
        qInfo("pull: %d kills (%d before the first customer page, %d with customers part-synced, %d after "
              "them), %d restarts ran to the end, %d runs, %lld ms",
              kills, killsBeforeCustomers, killsMidCustomers, killsAfterCustomers, completions, runs,
              phase.elapsed());
    }

    void pushKilledAtRandomPointsSendsEveryChangeExactlyOnce() {
        QElapsedTimer phase;
        phase.start();
        const QString profile = freshProfile();
        const CtlOutcome synced = runCtlKilledAfter(profile, {u"sync"_s}, -1);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const QStringList customerIds = m_feeds[u"customers"_s].rows().keys();

        // A clean push of one batch tells what a row costs.
        QCOMPARE(queueNotes(profile, customerIds), QString());
        const CtlOutcome idle = runCtlKilledAfter(profile, {u"outbox"_s, u"list"_s}, -1);
        const CtlOutcome clean = runCtlKilledAfter(profile, {u"push"_s}, -1);
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QCOMPARE(checkPushState(profile, true), QString());
        m_pushRowMs = int(qMax(qint64(1), (clean.ms - idle.ms) / kNotesPerBatch));
        qInfo("push of %d notes %lld ms (%d ms a row), a run with nothing to do %lld ms", kNotesPerBatch,
              clean.ms, m_pushRowMs, idle.ms);

        int kills = 0;
        int runs = 0;
        int batches = 1;
        int killsInFlight = 0; // a row was marked as sending: its request had gone or was about to
        int pullsBetween = 0;
        int backoffWaits = 0; // a resent row met its first request still running (409) and waited
        while (kills < kPushKills && runs++ < kMaxRunsPerPhase) {
            qint64 unsent = unsentRows(profile);
            if (unsent == 0) {
                QCOMPARE(queueNotes(profile, customerIds), QString());
                unsent = kNotesPerBatch;
                ++batches;
            }
            backoffWaits += waitOutBackoff(profile);
            // Like the pull: what is left to send, every other time only its first half.
            const qint64 span = idle.ms + unsent * m_pushRowMs / (m_random.bounded(2) + 1);
            const int delay = int(m_random.bounded(idle.ms * 3 / 4, span + 1));
            const CtlOutcome run = runCtlKilledAfter(profile, {u"push"_s}, delay);
            if (run.killed) {
                ++kills;
                killsInFlight += CacheFile(Profile(profile).databasePath())
                                     .scalar(u"SELECT COUNT(*) FROM outbox WHERE state = 'sending'"_s) > 0;
            } else {
                QVERIFY2(run.exitCode == 0, qPrintable(context(QString::fromUtf8(run.err))));
            }
            const QString state = checkPushState(profile, false);
            QVERIFY2(state.isEmpty(),
                     qPrintable(context(
                         u"push run %1 (kill %2, %3 ms): %4"_s.arg(runs).arg(kills).arg(delay).arg(state))));
            // Now and then a pull comes first (theke-ctl sync only pulls): the notes feed brings notes
            // whose answer the killed push never saw, and the cache must adopt, not double, them.
            if (run.killed && m_random.bounded(3) == 0) {
                const CtlOutcome pulled = runCtlKilledAfter(profile, {u"sync"_s}, -1);
                QVERIFY2(pulled.exitCode == 0, qPrintable(context(QString::fromUtf8(pulled.err))));
                const QString afterPull = checkPushState(profile, false);
                QVERIFY2(afterPull.isEmpty(),
                         qPrintable(context(u"pull after kill %1: "_s.arg(kills) + afterPull)));
                ++pullsBetween;
            }
        }
        QCOMPARE(kills, kPushKills);

        // A clean run sends what is left, then a pull brings the server's notes: the same ones.
        QCOMPARE(drainOutbox(profile), QString());
        QCOMPARE(checkPushState(profile, true), QString());
        const CtlOutcome pulled = runCtlKilledAfter(profile, {u"sync"_s}, -1);
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        Result<ServerFeed> notes = ServerFeed::fetch(m_server->url(), m_token, u"notes"_s, 2000);
        QVERIFY(notes);
        CacheFile cache(Profile(profile).databasePath());
        QCOMPARE(cache.versions(u"notes"_s), notes->rows());
        QCOMPARE(cache.scalar(u"SELECT COUNT(*) FROM notes WHERE pending <> 0 OR id IS NULL"_s), qint64(0));
        QCOMPARE(cache.integrityCheck(), u"ok"_s);
        const qint64 requests = cache.scalar(u"SELECT SUM(attempts) FROM outbox"_s);
        qInfo("push: %d kills (%d with a row in flight) over %d batches, %d pulls in between, %d waits for a "
              "backoff, %d notes, %lld requests (%lld sent again), server applied %lld, %lld ms",
              kills, killsInFlight, batches, pullsBetween, backoffWaits, m_queued, requests,
              requests - m_queued, serverStats().value(u"commands_applied").toInteger(), phase.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
