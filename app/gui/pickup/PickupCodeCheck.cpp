#include "PickupCodeCheck.h"

#include "PickupCode.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

PickupCodeCheck::PickupCodeCheck(QObject* parent)
    : QObject(parent)
    , m_matcher(&PickupCode::matches) {}

void PickupCodeCheck::start(const QString& pickupId, const QString& code, const QString& descriptor) {
    const quint64 generation = ++m_generation;
    m_running = true;
    // The pool thread works on copies only; a check left running when the desk closes touches
    // nothing that is gone, and its watcher goes with this object.
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, pickupId, code] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // replaced or cancelled meanwhile
        m_running = false;
        Q_EMIT finished(pickupId, code, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_matcher, code, descriptor));
}

void PickupCodeCheck::cancel() {
    ++m_generation;
    m_running = false;
}
