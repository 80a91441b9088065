#include "SyncFeedHandler.h"

#include "ChangeLog.h"
#include "FeedCursor.h"
#include "FeedRegistry.h"
#include "ServerDatabase.h"
#include "Transaction.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

SyncFeedHandler::SyncFeedHandler(ServerDatabase& database, const FeedRegistry& feeds)
    : m_database(database)
    , m_feeds(feeds)
{
}

Result<QJsonObject> SyncFeedHandler::page(const QString& feedName, const QString& cursor, const QString& limitText)
{
    const SyncFeed* feed = m_feeds.find(feedName);
    if (!feed)
        return makeError(u"unknown_feed", u"There is no sync feed with this name."_s, 404);
    const std::optional<qint64> afterSeq = FeedCursor::decode(cursor);
    if (!afterSeq)
        return makeError(u"invalid_cursor", u"The cursor was not issued by this server."_s, 400);
    int limit = kDefaultLimit;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return makeError(u"invalid_parameter", u"limit must be a number from 1 to %1."_s.arg(kMaxLimit), 400);
    }

    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // Rows and tombstones must come from one snapshot, or a row deleted in between could show up as both.
    Transaction snapshot(db.value(), Transaction::Mode::Read);
    if (Status begun = snapshot.begin(); !begun)
        return begun.error();
    // One more than asked tells whether there is more without a COUNT.
    const Result<std::vector<SyncFeed::Row>> rows = feed->rowsAfter(db.value(), *afterSeq, limit + 1);
    if (!rows)
        return rows.error();
    const Result<std::vector<ChangeLog::Tombstone>> tombstones =
        ChangeLog(db.value()).tombstonesAfter(feed->name(), *afterSeq, limit + 1);
    if (!tombstones)
        return tombstones.error();
    if (Status ended = snapshot.commit(); !ended)
        return ended.error();

    QJsonArray items;
    QJsonArray deleted;
    qint64 lastSeq = *afterSeq;
    size_t r = 0;
    size_t t = 0;
    const auto& rowList = rows.value();
    const auto& tombList = tombstones.value();
    int taken = 0;
    for (; taken < limit && (r < rowList.size() || t < tombList.size()); ++taken) {
        const bool takeRow = t >= tombList.size() || (r < rowList.size() && rowList[r].seq < tombList[t].seq);
        if (takeRow) {
            items.append(rowList[r].json);
            lastSeq = rowList[r++].seq;
        } else {
            deleted.append(tombList[t].id);
            lastSeq = tombList[t++].seq;
        }
    }
    const bool hasMore = rowList.size() + tombList.size() > size_t(taken);
    return QJsonObject{{u"items"_s, items},
                       {u"deleted"_s, deleted},
                       {u"next_cursor"_s, FeedCursor::encode(lastSeq)},
                       {u"has_more"_s, hasMore}};
}
