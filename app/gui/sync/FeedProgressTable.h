#pragma once

#include "SyncProgress.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

// The feeds on the Synchronisierung screen, one line each: what the cache holds, when the feed was
// last pulled to its end, and during a sync how far this run has come (a bar, the rows received so far
// and their rate).
class FeedProgressTable : public QWidget {
    Q_OBJECT

public:
    explicit FeedProgressTable(const QStringList& feeds, QWidget* parent = nullptr);

    // The feed's name as the table shows it ("Kunden").
    static QString title(const QString& feed);

    void setCached(const QString& feed, qint64 rows, const QDateTime& lastSyncUtc); // rows < 0: unknown
    void showProgress(const SyncProgress& progress);
    // After a run: the bars go, what each feed received stays until the next run starts (a feed the
    // run did not finish says it stopped, without a rate that no longer holds).
    void endProgress();

    QProgressBar* progressBar(const QString& feed) const;
    QLabel* progressLabel(const QString& feed) const;
    QLabel* recordsLabel(const QString& feed) const; // how many rows the cache holds

private:
    struct Line {
        QLabel* records = nullptr;
        QLabel* lastSync = nullptr;
        QProgressBar* bar = nullptr;
        QLabel* progress = nullptr;
    };

    QHash<QString, Line> m_lines;
    SyncProgress m_last;
};
