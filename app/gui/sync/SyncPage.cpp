#include "SyncPage.h"

#include "BackgroundCacheRead.h"
#include "Error.h"
#include "FeedProgressTable.h"
#include "Formatting.h"
#include "OutboxSection.h"
#include "SyncService.h"
#include "SyncStateRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SyncPage::SyncPage(QSqlDatabase db, SyncService& service, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_service(service)
    , m_feeds(new FeedProgressTable(SyncStateRepository::feeds(), this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_outbox(new OutboxSection(m_db, service, this)) {
    auto* heading = new QLabel(tr("Synchronisation"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sync status"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setFormat(tr("%p %"));
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelButton->setToolTip(tr("Stop after the page being received; a later sync continues from there"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_syncButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_feeds);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_outbox, 1);

    connect(m_syncButton, &QPushButton::clicked, &m_service, &SyncService::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncPage::requestCancel);
    connect(&m_service, &SyncService::syncStarted, this, &SyncPage::onStarted);
    connect(&m_service, &SyncService::syncProgress, this, &SyncPage::onProgress);
    connect(&m_service, &SyncService::syncFinished, this, &SyncPage::onFinished);
    refresh();
}

bool SyncPage::initialSyncUnfinished() const {
    SyncStateRepository state(m_db);
    bool started = false;
    bool unfinished = false;
    for (const QString& feed : SyncStateRepository::feeds()) {
        started = started || !state.cursor(feed).isEmpty();
        unfinished = unfinished || !state.lastSync(feed).isValid();
    }
    return started && unfinished;
}

void SyncPage::refresh() {
    // Counting a million cached customers reads some 20 MB of index (0.4 s on a cold start here,
    // bench_coldstart), so the counts come from a pool thread; an answer overtaken by a newer refresh
    // is dropped.
    const int asked = ++m_countsAsked;
    readCacheInBackground<QList<qint64>>(
        m_db.databaseName(), this,
        [](QSqlDatabase db) {
            const SyncStateRepository state(db);
            QList<qint64> counts;
            for (const QString& feed : SyncStateRepository::feeds()) {
                const Result<qint64> count = state.cachedRows(feed);
                counts.append(count ? count.value() : -1);
            }
            return counts;
        },
        [this, asked](const Result<QList<qint64>>& counts) {
            if (asked != m_countsAsked)
                return;
            const SyncStateRepository state(m_db);
            const QStringList& feeds = SyncStateRepository::feeds();
            for (qsizetype i = 0; i < feeds.size(); ++i)
                m_feeds->setCached(feeds.at(i), counts ? counts->at(i) : -1, state.lastSync(feeds.at(i)));
        });
    if (!m_service.isSyncing()) {
        const bool resume = initialSyncUnfinished();
        m_syncButton->setText(resume ? tr("Continue sync") : tr("Sync now"));
        m_syncButton->setToolTip(resume ? tr("Continue the first sync where it stopped (F5)")
                                        : tr("Fetch the latest data from the server now (F5)"));
    }
}

void SyncPage::setSession(Session* session) {
    m_outbox->setSession(session);
}

QString SyncPage::progressMessage(const SyncProgress& progress) {
    const QString rows = Formatting::integer(progress.rows());
    const QString rate = Formatting::integer(qRound64(progress.rowsPerSecond()));
    const qint64 expected = progress.expected();
    if (progress.isInitial()) {
        if (expected >= 0)
            return tr("Initial sync: %1 of about %2 records (%3 per second)")
                .arg(rows, Formatting::integer(qMax(expected, progress.rows())), rate);
        return tr("Initial sync: %1 records received (%2 per second)").arg(rows, rate);
    }
    if (expected >= 0)
        return tr("%1 of about %2 records received (%3 per second)")
            .arg(rows, Formatting::integer(qMax(expected, progress.rows())), rate);
    return tr("%1 records received (%2 per second)").arg(rows, rate);
}

void SyncPage::onStarted() {
    m_last = {};
    m_syncButton->setEnabled(false);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_message->setText(tr("Synchronising…"));
}

void SyncPage::onProgress(const SyncProgress& progress) {
    m_last = progress;
    m_feeds->showProgress(progress);
    const int percent = progress.percent();
    if (percent >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    } else {
        m_progress->setRange(0, 0); // no count from the server: busy, with the numbers in words
    }
    m_progress->setTextVisible(percent >= 0);
    if (m_cancelButton->isEnabled())
        m_message->setText(progressMessage(progress));
}

void SyncPage::requestCancel() {
    m_cancelButton->setEnabled(false);
    m_cancelButton->setText(tr("Stopping…"));
    m_message->setText(tr("Stopping after the current page. Everything received so far is kept."));
    m_service.cancel();
}

void SyncPage::onFinished(bool ok, const QString& errorCode, const QString& message) {
    m_syncButton->setEnabled(true);
    m_cancelButton->hide();
    m_progress->hide();
    m_feeds->endProgress();
    refresh();
    if (ok) {
        m_message->setText(tr("Synchronisation complete."));
    } else if (errorCode == ErrorCode::kSyncCancelled) {
        m_message->setText(tr("Synchronisation stopped after %1 records. Everything received so far is "
                              "kept; \"%2\" continues from there.")
                               .arg(Formatting::integer(m_last.rows()), m_syncButton->text()));
    } else {
        m_message->setText(tr("Synchronisation failed: %1").arg(message));
    }
}
