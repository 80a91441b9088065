#include "SyncService.h"

#include "CartHandOn.h"
#include "SyncWorker.h"
#include "ThreadPriority.h"

#include <QMetaObject>

SyncService::SyncService(const Profile& profile, QObject* parent)
    : QObject(parent)
    , m_worker(new SyncWorker(profile, &m_stop, &m_abort))
    , m_centralSearch(new OnlineCustomerSearch(profile, this))
    , m_orderLookup(new OnlineOrderLookup(profile, this))
    , m_cartHandOn(new CartHandOn(profile, this)) {
    m_thread.setObjectName(QStringLiteral("theke-sync"));
    m_worker->moveToThread(&m_thread);
    // Runs on the new thread; the pull's fetching and decoding threads start from it and inherit it.
    connect(
        &m_thread, &QThread::started, this, [] { ThreadPriority::lowerCurrentThreadToBackground(); },
        Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::enrollFinished, this, &SyncService::enrollFinished);
    connect(m_worker, &SyncWorker::syncStarted, this, [this] {
        m_syncing = true;
        Q_EMIT syncStarted();
    });
    connect(m_worker, &SyncWorker::syncProgress, this, &SyncService::syncProgress);
    connect(m_worker, &SyncWorker::syncFinished, this,
            [this](bool ok, const QString& code, const QString& message) {
                m_syncing = false;
                Q_EMIT syncFinished(ok, code, message);
            });
    connect(m_worker, &SyncWorker::onlineChanged, this, [this](bool online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    });
    connect(m_worker, &SyncWorker::pushFinished, this, &SyncService::pushFinished);
    connect(m_worker, &SyncWorker::unsentAuditChanged, this, &SyncService::unsentAuditChanged);
    connect(m_worker, &SyncWorker::outboxCountsChanged, this,
            [this](qint64 pending, qint64 conflicts, qint64 quarantined) {
                m_pending = pending;
                m_conflicts = conflicts;
                m_quarantined = quarantined;
                Q_EMIT outboxCountsChanged(pending, conflicts, quarantined);
            });
    m_thread.start();
}

SyncService::~SyncService() {
    m_stop.store(true);
    m_abort.store(true);
    m_thread.quit();
    m_thread.wait();
}

void SyncService::startBackgroundSync(int probeIntervalMs, int syncIntervalMs) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, probeIntervalMs, syncIntervalMs] {
        w->startTimers(probeIntervalMs, syncIntervalMs);
    });
}

void SyncService::enroll(const QUrl& serverUrl, const QString& code, const QString& deviceName) {
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, serverUrl, code, deviceName] { w->enroll(serverUrl, code, deviceName); });
}

void SyncService::syncNow() {
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow);
}

void SyncService::setPageLimit(int rows) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, rows] { w->setPageLimit(rows); });
}

void SyncService::pushNow() {
    QMetaObject::invokeMethod(m_worker, &SyncWorker::pushNow);
}

void SyncService::cancel() {
    m_stop.store(true);
}
