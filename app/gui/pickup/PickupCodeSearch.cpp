#include "PickupCodeSearch.h"

#include "PickupCode.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

PickupCodeSearch::PickupCodeSearch(QObject* parent)
    : QObject(parent)
    , m_matcher(&PickupCode::matches) {}

void PickupCodeSearch::start(const QString& code, const QList<Candidate>& candidates) {
    const quint64 generation = ++m_generation;
    m_running = true;
    // The pool thread works on copies only, so a search left running when the desk closes touches
    // nothing that is gone; its watcher goes with this object and the answer is dropped.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, code] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // replaced or cancelled meanwhile
        m_running = false;
        Q_EMIT finished(code, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&PickupCodeSearch::firstMatch, code, candidates, m_matcher));
}

void PickupCodeSearch::cancel() {
    ++m_generation;
    m_running = false;
}

QString PickupCodeSearch::firstMatch(const QString& code, const QList<Candidate>& candidates,
                                     const Matcher& matcher) {
    for (const Candidate& candidate : candidates) {
        if (matcher(code, candidate.codeHash))
            return candidate.pickupId;
    }
    return {};
}
