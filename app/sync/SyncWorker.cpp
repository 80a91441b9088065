#include "SyncWorker.h"

#include "ApiClient.h"
#include "AuditLog.h"
#include "Enrollment.h"
#include "ErrorMessages.h"
#include "OutboxPusher.h"
#include "OutboxRepository.h"
#include "SyncEngine.h"
#include "SyncLog.h"

using namespace Qt::StringLiterals;

SyncWorker::SyncWorker(Profile profile, std::atomic_bool* stop, std::atomic_bool* abort)
    : m_profile(std::move(profile))
    , m_stop(stop)
    , m_abort(abort) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::startTimers(int probeIntervalMs, int syncIntervalMs) {
    m_probeIntervalMs = probeIntervalMs;
    m_probeTimer = new QTimer(this);
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &SyncWorker::probe);
    m_syncTimer = new QTimer(this);
    m_syncTimer->setInterval(syncIntervalMs);
    connect(m_syncTimer, &QTimer::timeout, this, &SyncWorker::syncNow);
    m_syncTimer->start();
    probe();
}

Status SyncWorker::ensureClient() {
    if (m_api)
        return {};
    Result<Enrollment::DeviceInfo> device = Enrollment::load(m_profile);
    if (!device)
        return device.error();
    Result<QString> token = m_profile.readToken();
    if (!token)
        return token.error();
    Result<std::unique_ptr<Database>> database = Database::open(m_profile.databasePath());
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    m_transport = std::make_unique<CurlTransport>();
    m_transport->setCancelFlag(m_abort);
    m_api = std::make_unique<ApiClient>(*m_transport, device->serverUrl, token.value());
    return {};
}

void SyncWorker::enroll(const QUrl& serverUrl, const QString& code, const QString& deviceName) {
    CurlTransport transport;
    transport.setCancelFlag(m_abort);
    Result<Enrollment::DeviceInfo> result =
        Enrollment::enroll(m_profile, transport, serverUrl, code, deviceName);
    if (!result) {
        Q_EMIT enrollFinished(false, result.error().code, ErrorMessages::describe(result.error()), {});
        return;
    }
    // Forget any client of an earlier enrollment; the next sync builds one with the new token.
    m_api.reset();
    m_transport.reset();
    m_database.reset();
    Q_EMIT enrollFinished(true, {}, {}, result->storeName);
}

void SyncWorker::syncNow() {
    m_stop->store(false);
    if (Status ready = ensureClient(); !ready) {
        Q_EMIT syncFinished(false, ready.error().code, ErrorMessages::describe(ready.error()));
        return;
    }
    Q_EMIT syncStarted();
    if (const Status pushed = push(); !pushed) {
        Q_EMIT syncFinished(false, pushed.error().code, ErrorMessages::describe(pushed.error()));
        return;
    }
    SyncEngine engine(*m_database, *m_api);
    SyncProgress progress = startProgress(engine);
    PullOptions options;
    if (m_pageLimit > 0)
        options.pageLimit = m_pageLimit;
    Result<qint64> pulled = engine.pullAll(
        options,
        [&](const PullProgress& p) {
            progress.update(p.feed, p.rows, p.rowsPerSecond, p.finished);
            Q_EMIT syncProgress(progress);
        },
        m_stop);
    emitOutboxCounts();
    if (!pulled) {
        if (pulled.error().isNetwork() && pulled.error().code != ErrorCode::kNetCancelled)
            setOnline(false);
        Q_EMIT syncFinished(false, pulled.error().code, ErrorMessages::describe(pulled.error()));
        return;
    }
    setOnline(true);
    Q_EMIT syncFinished(true, {}, {});
}

void SyncWorker::setPageLimit(int rows) {
    m_pageLimit = rows;
}

SyncProgress SyncWorker::startProgress(SyncEngine& engine) {
    SyncProgress progress(engine.feeds(), engine.isInitialSync());
    // Only a guide for the progress bar: without it (an older server, a hiccup) the sync shows counts
    // and rates alone.
    const Result<QMap<QString, qint64>> backlog = engine.backlog();
    if (backlog)
        progress.setExpected(backlog.value());
    else
        qCInfo(lcSync) << "no backlog estimate:" << backlog.error().code;
    Q_EMIT syncProgress(progress);
    return progress;
}

void SyncWorker::pushNow() {
    m_stop->store(false);
    if (Status ready = ensureClient(); !ready) {
        Q_EMIT pushFinished(0, 0, 0, 0, ready.error().code);
        return;
    }
    push();
}

Status SyncWorker::push() {
    OutboxPusher pusher(*m_database, *m_api, Clock::system(), m_backoff);
    const Result<PushReport> pushed = pusher.push(m_stop);
    emitOutboxCounts();
    if (!pushed) {
        Q_EMIT pushFinished(0, 0, 0, 0, pushed.error().code);
        return pushed.error();
    }
    const PushReport& report = pushed.value();
    Q_EMIT pushFinished(report.done, report.failed, report.conflicts, report.quarantined,
                        report.stoppedBy.code);
    const Error& stop = report.stoppedBy;
    if (stop.isNetwork() && stop.code != ErrorCode::kNetCancelled) {
        setOnline(false);
        return stop;
    }
    // Rows stay pending; the device has to enroll again before anything more can happen.
    // (Coming back online is left to the probe and the pull: setOnline(true) may start a sync.)
    if (report.reauthNeeded)
        return stop;
    return uploadAudit();
}

Status SyncWorker::uploadAudit() {
    AuditUploader uploader(*m_database, *m_api, Clock::system(), m_backoff, m_auditRetry);
    const Result<AuditUploadReport> uploaded = uploader.upload(m_stop);
    if (const Result<qint64> unsent = AuditLog(m_database->sql()).unsyncedCount(); unsent)
        Q_EMIT unsentAuditChanged(unsent.value());
    if (!uploaded) {
        qCWarning(lcSync) << "audit upload stopped:" << uploaded.error().code;
        return {}; // a local read or write failed; the pull may still work
    }
    const Error& stop = uploaded->stoppedBy;
    if (stop.isNetwork() && stop.code != ErrorCode::kNetCancelled) {
        setOnline(false);
        return stop;
    }
    if (uploaded->reauthNeeded)
        return stop;
    return {};
}

void SyncWorker::emitOutboxCounts() {
    const Result<OutboxCounts> counts = OutboxRepository(m_database->sql()).counts();
    if (counts)
        Q_EMIT outboxCountsChanged(counts->pending, counts->conflicts, counts->quarantined);
}

void SyncWorker::probe() {
    if (Status ready = ensureClient(); !ready) {
        scheduleProbe();
        return;
    }
    const Status health = m_api->health();
    setOnline(health.ok());
    scheduleProbe();
}

void SyncWorker::setOnline(bool online) {
    m_offlineProbes = online ? 0 : m_offlineProbes + 1;
    if (m_online == int(online))
        return;
    const bool cameBack = m_online == 0 && online;
    m_online = online;
    qCInfo(lcSync) << "server is" << (online ? "online" : "offline");
    Q_EMIT onlineChanged(online);
    if (cameBack)
        syncNow();
}

void SyncWorker::scheduleProbe() {
    if (!m_probeTimer)
        return;
    // Offline: probe sooner at first, then back off to the normal interval.
    const int backoff = qMin(m_probeIntervalMs, 2000 << qMin(m_offlineProbes, 5));
    m_probeTimer->start(m_offlineProbes > 0 ? backoff : m_probeIntervalMs);
}
