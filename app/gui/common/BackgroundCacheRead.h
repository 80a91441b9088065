#pragma once

#include "CacheReadConnection.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

// Runs read(QSqlDatabase) → Result<T> on a pool thread with a connection of its own to the cache
// file at path, then calls done(Result<T>) on the GUI thread, as long as context still exists.
// Bulk reads go here so the window never waits on SQL; callers drop answers that came too late
// (another customer shown meanwhile) themselves.
template <typename T, typename Read, typename Done>
void readCacheInBackground(const QString& path, QObject* context, Read read, Done done) {
    // optional: a QFuture's type needs a default value, a Result has none.
    using Answer = std::optional<Result<T>>;
    auto* watcher = new QFutureWatcher<Answer>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        Answer answer = watcher->result();
        watcher->deleteLater();
        done(std::move(*answer));
    });
    watcher->setFuture(QtConcurrent::run([path, read]() -> Answer {
        const CacheReadConnection connection(path);
        const Result<QSqlDatabase> db = connection.database();
        if (!db)
            return Result<T>(db.error());
        return Result<T>(read(db.value()));
    }));
}
