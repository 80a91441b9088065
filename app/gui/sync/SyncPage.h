#pragma once

#include "SyncProgress.h"

#include <QSqlDatabase>
#include <QWidget>

class FeedProgressTable;
class OutboxSection;
class QLabel;
class QProgressBar;
class QPushButton;
class Session;
class SyncService;

// The Synchronisierung area: what is cached, when it was last synced, a sync with its progress per
// feed and overall (count, rate, a percentage where the server says how much is left), cancel and
// resume, and the outbox (changes not on the server yet) with the day-close check.
class SyncPage : public QWidget {
    Q_OBJECT

public:
    SyncPage(QSqlDatabase db, SyncService& service, QWidget* parent = nullptr);

    QPushButton* syncButton() const { return m_syncButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* messageLabel() const { return m_message; }
    FeedProgressTable* feedTable() const { return m_feeds; }
    OutboxSection* outbox() const { return m_outbox; }
    // Discarding a change needs a manager; without a session the reason alone is asked for.
    void setSession(Session* session);
    // Re-reads counts and times from the cache; the counts arrive a moment later (read on a pool thread).
    void refresh();
    // True when a first sync was started and has not reached the end of every feed (cancelled, or
    // interrupted): the sync button then says it continues.
    bool initialSyncUnfinished() const;

    // "Erstsynchronisierung: 12.345 von ca. 36.000 Datensätzen (2.100 pro Sekunde)".
    static QString progressMessage(const SyncProgress& progress);

private:
    void onStarted();
    void onProgress(const SyncProgress& progress);
    void onFinished(bool ok, const QString& errorCode, const QString& message);
    void requestCancel();

    QSqlDatabase m_db;
    SyncService& m_service;
    FeedProgressTable* m_feeds;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_syncButton;
    QPushButton* m_cancelButton;
    OutboxSection* m_outbox;
    SyncProgress m_last;
    int m_countsAsked = 0; // refresh() calls; only the newest one's counts are shown
};
