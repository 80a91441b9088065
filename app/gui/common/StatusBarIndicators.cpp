#include "StatusBarIndicators.h"

#include "Formatting.h"

#include <QHBoxLayout>
#include <QLabel>

StatusBarIndicators::StatusBarIndicators(QWidget* parent)
    : QWidget(parent)
    , m_online(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_initialSync(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(m_initialSync);
    layout->addWidget(m_online);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pending);
    layout->addWidget(m_problems);
    m_problems->setAccessibleName(tr("Conflicts"));
    m_problems->hide();
    m_initialSync->setAccessibleName(tr("Initial sync"));
    m_initialSync->hide();
    m_online->setAccessibleName(tr("Connection"));
    m_lastSync->setAccessibleName(tr("Last synchronisation"));
    m_pending->setAccessibleName(tr("Pending changes"));
    setOnline(false);
    setLastSync({});
    setPending(0);
}

void StatusBarIndicators::setOnline(bool online) {
    // A text mark as well as the word, so the state does not rely on colour alone.
    m_online->setText(online ? tr("● Online") : tr("○ Offline"));
    m_online->setToolTip(online
                             ? tr("The server is reachable.")
                             : tr("The server is not reachable. Theke works with the data on this device."));
}

void StatusBarIndicators::setLastSync(const QDateTime& utc) {
    m_lastSync->setText(utc.isValid() ? tr("Last sync: %1").arg(Formatting::dateTime(utc))
                                      : tr("Last sync: never"));
}

void StatusBarIndicators::setPending(qint64 pending) {
    m_pending->setText(tr("Pending changes: %1").arg(Formatting::integer(pending)));
}

void StatusBarIndicators::setProblems(qint64 conflicts, qint64 quarantined) {
    const qint64 total = conflicts + quarantined;
    m_problems->setVisible(total > 0);
    // A warning sign as well as the words, so it does not rely on colour alone.
    m_problems->setText(tr("⚠ Conflicts: %1").arg(Formatting::integer(total)));
    m_problems->setToolTip(tr("Changes the server did not accept. Open Synchronisation to resolve them."));
}

QString StatusBarIndicators::problemsText() const {
    return m_problems->isHidden() ? QString() : m_problems->text();
}

QString StatusBarIndicators::onlineText() const {
    return m_online->text();
}

QString StatusBarIndicators::lastSyncText() const {
    return m_lastSync->text();
}

QString StatusBarIndicators::pendingText() const {
    return m_pending->text();
}

void StatusBarIndicators::setSyncProgress(const SyncProgress& progress) {
    if (!progress.isInitial())
        return;
    const int percent = progress.percent();
    m_initialSync->setText(percent >= 0
                               ? tr("Initial sync %1 % …").arg(percent)
                               : tr("Initial sync: %1 records …").arg(Formatting::integer(progress.rows())));
    m_initialSync->setToolTip(
        tr("The first sync of this device is running. Open Synchronisation for details."));
    m_initialSync->show();
}

void StatusBarIndicators::endSyncProgress() {
    m_initialSync->hide();
}

QString StatusBarIndicators::initialSyncText() const {
    return m_initialSync->isHidden() ? QString() : m_initialSync->text();
}
