#include "FeedPageWriter.h"

#include "SyncLog.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

FeedPageWriter::FeedPageWriter(Database& database)
    : m_database(database)
    , m_state(database.sql()) {
    QSqlQuery query(m_database.sql());
    if (!query.exec(u"PRAGMA synchronous"_s) || !query.next())
        return;
    const QString previous = query.value(0).toString();
    query.finish();
    // Fails only inside an open transaction; the pages are then written with the caller's setting.
    if (query.exec(u"PRAGMA synchronous = "_s + kSynchronous.toString()))
        m_previousSynchronous = previous;
    if (!query.exec(u"PRAGMA wal_autocheckpoint"_s) || !query.next())
        return;
    const int previousCheckpoint = query.value(0).toInt();
    query.finish();
    if (query.exec(u"PRAGMA wal_autocheckpoint = "_s + QString::number(kWalAutocheckpointPages)))
        m_previousWalAutocheckpoint = previousCheckpoint;
}

FeedPageWriter::~FeedPageWriter() {
    QSqlQuery query(m_database.sql());
    if (m_previousWalAutocheckpoint >= 0 &&
        !query.exec(u"PRAGMA wal_autocheckpoint = "_s + QString::number(m_previousWalAutocheckpoint)))
        qCWarning(lcSync) << "could not restore the checkpoint setting of the sync connection";
    if (m_previousSynchronous.isEmpty())
        return;
    // A number from PRAGMA synchronous itself (0-3), never outside text.
    if (!query.exec(u"PRAGMA synchronous = "_s + QString::number(m_previousSynchronous.toInt())))
        qCWarning(lcSync) << "could not restore the synchronous setting of the sync connection";
}

Status FeedPageWriter::write(FeedApplier& applier, const FeedPage& page) {
    return m_database.transaction([&]() -> Status {
        if (Status s = applier.apply(page); !s)
            return s;
        if (Status s = m_state.setCursor(applier.feed(), page.nextCursor); !s)
            return s;
        if (!page.hasMore)
            return m_state.setLastSync(applier.feed(), QDateTime::currentDateTimeUtc());
        return {};
    });
}
