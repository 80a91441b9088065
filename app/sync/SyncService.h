#pragma once

#include "OnlineCustomerSearch.h"
#include "OnlineOrderLookup.h"
#include "Profile.h"
#include "SyncProgress.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <atomic>

class CartHandOn;
class SyncWorker;

// GUI-thread handle of the sync thread: starts it, forwards requests, relays results.
// Never blocks the caller; stopping cancels a running request and joins the thread.
class SyncService : public QObject {
    Q_OBJECT

public:
    explicit SyncService(const Profile& profile, QObject* parent = nullptr);
    ~SyncService() override;

    // Starts health probes and periodic syncs (the first probe runs at once).
    void startBackgroundSync(int probeIntervalMs = 30000, int syncIntervalMs = 5 * 60 * 1000);
    void enroll(const QUrl& serverUrl, const QString& code, const QString& deviceName);
    // Pushes, then pulls every feed from its stored cursor (so it also resumes a cancelled sync).
    void syncNow();
    // Sends the outbox at once (call it after a LocalChanges write); no pull.
    void pushNow();
    // Stops the running sync cleanly: the page being fetched is still applied, then it ends with
    // sync.cancelled. The cursors stay where the applied pages left them; syncNow() goes on from there.
    void cancel();
    // Rows per feed page of the following syncs (benchmarks compare page sizes); 0: the default.
    void setPageLimit(int rows);

    bool isSyncing() const { return m_syncing; }
    bool isOnline() const { return m_online; }
    // The central customer search for this device (its own requests, beside the sync thread).
    OnlineCustomerSearch* centralSearch() const { return m_centralSearch; }
    // The central order look-up for the returns desk (orders not in the cache).
    OnlineOrderLookup* orderLookup() const { return m_orderLookup; }
    // Hands carts on from the counter (till, online account, order); its own requests too.
    CartHandOn* cartHandOn() const { return m_cartHandOn; }
    qint64 pendingChanges() const { return m_pending; }
    qint64 conflicts() const { return m_conflicts; }
    qint64 quarantined() const { return m_quarantined; }

Q_SIGNALS:
    void enrollFinished(bool ok, const QString& errorCode, const QString& message, const QString& storeName);
    void syncStarted();
    void syncProgress(const SyncProgress& progress);
    void syncFinished(bool ok, const QString& errorCode, const QString& message);
    void onlineChanged(bool online);
    void pushFinished(int done, int failed, int conflicts, int quarantined, const QString& errorCode);
    // For the status bar: changes the server has not taken yet, conflicts to resolve, quarantined rows.
    void outboxCountsChanged(qint64 pending, qint64 conflicts, qint64 quarantined);
    void unsentAuditChanged(qint64 unsent);

private:
    QThread m_thread;
    SyncWorker* m_worker; // owned by m_thread's lifetime, deleted on its finished()
    OnlineCustomerSearch* m_centralSearch;
    OnlineOrderLookup* m_orderLookup;
    CartHandOn* m_cartHandOn;
    std::atomic_bool m_stop{false};  // the user's cancel: after the current page
    std::atomic_bool m_abort{false}; // shutting down: also cuts the request in flight
    bool m_syncing = false;
    bool m_online = false;
    qint64 m_pending = 0;
    qint64 m_conflicts = 0;
    qint64 m_quarantined = 0;
};
