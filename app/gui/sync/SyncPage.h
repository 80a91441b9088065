#pragma once

#include <QSqlDatabase>
#include <QWidget>

class OutboxSection;
class QLabel;
class QProgressBar;
class QPushButton;
class Session;
class SyncService;

// The Synchronisierung area: what is cached, when it was last synced, a sync with progress, and
// the outbox (changes not on the server yet) with the day-close check.
class SyncPage : public QWidget {
    Q_OBJECT

public:
    SyncPage(QSqlDatabase db, SyncService& service, QWidget* parent = nullptr);

    QPushButton* syncButton() const { return m_syncButton; }
    QLabel* messageLabel() const { return m_message; }
    OutboxSection* outbox() const { return m_outbox; }
    // Discarding a change needs a manager; without a session the reason alone is asked for.
    void setSession(Session* session);
    // Re-reads counts and times from the cache.
    void refresh();

private:
    void onStarted();
    void onProgress(qint64 rows, double rowsPerSecond);
    void onFinished(bool ok, const QString& errorCode, const QString& message);

    QSqlDatabase m_db;
    SyncService& m_service;
    QLabel* m_feedSummary;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_syncButton;
    QPushButton* m_cancelButton;
    OutboxSection* m_outbox;
};
