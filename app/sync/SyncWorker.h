#pragma once

#include "AuditUploader.h"
#include "Backoff.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Profile.h"
#include "SyncProgress.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

class ApiClient;
class SyncEngine;

// Lives on the sync thread: owns that thread's cache connection and transport, runs enrollment,
// outbox pushes, pulls and health probes. Talks to the GUI only through queued signals.
// A sync pushes the outbox (and the audit trail) before it pulls, so the pull brings the server's view
// after our changes.
// Two flags from the GUI thread: stop ends a sync cleanly before its next page or outbox row (what the
// user's "Cancel" does; the page in flight is still applied), abort also cuts the request in flight
// (shutting down).
class SyncWorker : public QObject {
    Q_OBJECT

public:
    SyncWorker(Profile profile, std::atomic_bool* stop, std::atomic_bool* abort);
    ~SyncWorker() override;

public Q_SLOTS:
    void enroll(const QUrl& serverUrl, const QString& code, const QString& deviceName);
    void syncNow();
    void pushNow(); // after a local change: send the outbox without pulling
    void probe();
    void startTimers(int probeIntervalMs, int syncIntervalMs);
    void setPageLimit(int rows); // rows per feed page of later pulls; 0: SyncEngine's default

Q_SIGNALS:
    void enrollFinished(bool ok, const QString& errorCode, const QString& message, const QString& storeName);
    void syncStarted();
    void syncProgress(const SyncProgress& progress);
    void syncFinished(bool ok, const QString& errorCode, const QString& message);
    void onlineChanged(bool online);
    void pushFinished(int done, int failed, int conflicts, int quarantined, const QString& errorCode);
    // After every push or pull: changes not yet taken by the server, conflicts, quarantined rows.
    void outboxCountsChanged(qint64 pending, qint64 conflicts, qint64 quarantined);
    // After every audit upload: entries of the local audit trail not on the server yet.
    void unsentAuditChanged(qint64 unsent);

private:
    // Sends the outbox; fails when the run met something that should end the sync (401, offline).
    Status push();
    Status uploadAudit();
    SyncProgress startProgress(SyncEngine& engine);
    void emitOutboxCounts();
    Status ensureClient();
    void setOnline(bool online);
    void scheduleProbe();

    Profile m_profile;
    std::atomic_bool* m_stop;
    std::atomic_bool* m_abort;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CurlTransport> m_transport;
    std::unique_ptr<ApiClient> m_api;
    Backoff m_backoff;
    AuditUploader::RetryState m_auditRetry;
    QTimer* m_probeTimer = nullptr;
    QTimer* m_syncTimer = nullptr;
    int m_probeIntervalMs = 30000;
    int m_offlineProbes = 0;
    int m_online = -1; // unknown until the first probe
    int m_pageLimit = 0;
};
