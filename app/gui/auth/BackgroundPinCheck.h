#pragma once

#include "Session.h"

#include <QFutureWatcher>

// Checks a PIN on a worker thread and then calls done(verdict) on the GUI thread, as long as context
// still exists. PBKDF2 takes about half a second, which the window must not spend frozen.
template <typename Done>
void checkPinInBackground(const Session& session, QObject* context, const QString& staffId,
                          const QString& pin, Done done) {
    auto* watcher = new QFutureWatcher<PinVerdict>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        const PinVerdict verdict = watcher->result();
        watcher->deleteLater();
        done(verdict);
    });
    watcher->setFuture(session.checkPinInBackground(staffId, pin));
}
