#include "SyncFeedHandler.h"

#include "ChangeLog.h"
#include "FeedCursor.h"
#include "FeedRegistry.h"
#include "ServerDatabase.h"
#include "Transaction.h"

#include "JsonText.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

Result<SyncFeed::Scope> scopeOf(const QSqlDatabase& db, const QString& deviceId) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT store_id FROM devices WHERE id = ? AND revoked_at IS NULL"_s);
    query.addBindValue(deviceId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"look up the device's store");
    if (!query.next())
        return makeError(u"unauthorized", u"The token is not valid."_s, 401);
    return SyncFeed::Scope{deviceId, query.value(0).toString()};
}

} // namespace

SyncFeedHandler::SyncFeedHandler(ServerDatabase& database, const FeedRegistry& feeds)
    : m_database(database)
    , m_feeds(feeds) {}

Result<std::string> SyncFeedHandler::page(const QString& feedName, const QString& deviceId,
                                          const QString& cursor, const QString& limitText) {
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
            return makeError(u"invalid_parameter", u"limit must be a number from 1 to %1."_s.arg(kMaxLimit),
                             400);
    }

    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // Rows and tombstones must come from one snapshot, or a row deleted in between could show up as both.
    Transaction snapshot(db.value(), Transaction::Mode::Read);
    if (Status begun = snapshot.begin(); !begun)
        return begun.error();
    const Result<SyncFeed::Scope> scope = scopeOf(db.value(), deviceId);
    if (!scope)
        return scope.error();
    // One more than asked tells whether there is more without a COUNT.
    const Result<std::vector<SyncFeed::Row>> rows =
        feed->rowsAfter(db.value(), scope.value(), *afterSeq, limit + 1);
    if (!rows)
        return rows.error();
    const Result<std::vector<ChangeLog::Tombstone>> tombstones =
        ChangeLog(db.value()).tombstonesAfter(feed->name(), *afterSeq, limit + 1);
    if (!tombstones)
        return tombstones.error();
    if (Status ended = snapshot.commit(); !ended)
        return ended.error();

    // Assembled as text: the rows are already JSON, and QJsonDocument would re-parse nothing but cost a lot.
    std::string items;
    std::string deleted;
    qint64 lastSeq = *afterSeq;
    size_t r = 0;
    size_t t = 0;
    const auto& rowList = rows.value();
    const auto& tombList = tombstones.value();
    size_t itemBytes = 0;
    for (size_t i = 0; i < rowList.size() && i < size_t(limit); ++i)
        itemBytes += rowList[i].json.size() + 1;
    items.reserve(itemBytes);
    int taken = 0;
    for (; taken < limit && (r < rowList.size() || t < tombList.size()); ++taken) {
        const bool takeRow = t >= tombList.size() || (r < rowList.size() && rowList[r].seq < tombList[t].seq);
        if (takeRow) {
            items += items.empty() ? "" : ",";
            items += rowList[r].json;
            lastSeq = rowList[r++].seq;
        } else {
            deleted += deleted.empty() ? "" : ",";
            JsonText::appendString(deleted, tombList[t].id);
            lastSeq = tombList[t++].seq;
        }
    }
    const bool hasMore = rowList.size() + tombList.size() > size_t(taken);

    std::string page;
    page.reserve(items.size() + deleted.size() + 100);
    page += R"({"deleted":[)";
    page += deleted;
    page += R"(],"has_more":)";
    page += hasMore ? "true" : "false";
    page += R"(,"items":[)";
    page += items;
    page += R"(],"next_cursor":)";
    JsonText::appendString(page, FeedCursor::encode(lastSeq));
    page += '}';
    return page;
}

Result<QJsonObject> SyncFeedHandler::backlog(const QString& deviceId,
                                             const QList<QPair<QString, QString>>& cursors,
                                             const QString& countedAt) {
    struct Asked {
        const SyncFeed* feed;
        qint64 afterSeq;
    };
    QList<Asked> asked;
    for (const auto& [name, cursor] : cursors) {
        const SyncFeed* feed = m_feeds.find(name);
        if (!feed)
            return makeError(u"unknown_feed", u"There is no sync feed named '%1'."_s.arg(name.left(40)), 404);
        const std::optional<qint64> afterSeq = FeedCursor::decode(cursor);
        if (!afterSeq)
            return makeError(u"invalid_cursor", u"The cursor was not issued by this server."_s, 400);
        asked.append({feed, *afterSeq});
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction snapshot(db.value(), Transaction::Mode::Read);
    if (Status begun = snapshot.begin(); !begun)
        return begun.error();
    const Result<SyncFeed::Scope> scope = scopeOf(db.value(), deviceId);
    if (!scope)
        return scope.error();
    QJsonObject remaining;
    for (const Asked& a : std::as_const(asked)) {
        const Result<qint64> rows = a.feed->countAfter(db.value(), scope.value(), a.afterSeq);
        if (!rows)
            return rows.error();
        const Result<qint64> tombstones =
            ChangeLog(db.value()).countTombstonesAfter(a.feed->name(), a.afterSeq);
        if (!tombstones)
            return tombstones.error();
        remaining.insert(a.feed->name(), rows.value() + tombstones.value());
    }
    if (Status ended = snapshot.commit(); !ended)
        return ended.error();
    return QJsonObject{{u"remaining"_s, remaining}, {u"counted_at"_s, countedAt}};
}
