#include "StatusBarIndicators.h"

#include "Formatting.h"

#include <QHBoxLayout>
#include <QLabel>

StatusBarIndicators::StatusBarIndicators(QWidget* parent)
    : QWidget(parent)
    , m_online(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_pending(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(m_online);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pending);
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

QString StatusBarIndicators::onlineText() const {
    return m_online->text();
}

QString StatusBarIndicators::lastSyncText() const {
    return m_lastSync->text();
}

QString StatusBarIndicators::pendingText() const {
    return m_pending->text();
}
