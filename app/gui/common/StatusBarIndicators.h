#pragma once

#include "SyncProgress.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

// The permanent status bar line: online/offline, last successful sync, pending changes, and while the
// first sync runs how far it has come ("Erstsynchronisierung 34 % …").
class StatusBarIndicators : public QWidget {
    Q_OBJECT

public:
    explicit StatusBarIndicators(QWidget* parent = nullptr);

    void setOnline(bool online);
    void setLastSync(const QDateTime& utc);
    void setPending(qint64 pending);
    // Changes the server refused (conflicts) or could not take (quarantined): they need a person.
    void setProblems(qint64 conflicts, qint64 quarantined);
    // Shown only while an initial sync runs; endSyncProgress() hides it.
    void setSyncProgress(const SyncProgress& progress);
    void endSyncProgress();

    QString onlineText() const;
    QString lastSyncText() const;
    QString pendingText() const;
    QString problemsText() const;
    QString initialSyncText() const; // empty when hidden

private:
    QLabel* m_online;
    QLabel* m_lastSync;
    QLabel* m_pending;
    QLabel* m_problems;
    QLabel* m_initialSync;
};
