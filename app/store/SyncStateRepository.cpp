#include "SyncStateRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Always the same UTC format with milliseconds, so max() over the stored text is the latest time.
QString toStored(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QVariant& value) {
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// Feed → count statement. Fixed text only: a feed name never becomes part of SQL.
struct FeedTable {
    QStringView feed;
    QStringView countSql;
    QStringView forgetVersionsSql;
};
constexpr FeedTable kFeedTables[] = {
    {u"stores", u"SELECT count(*) FROM stores", u"UPDATE stores SET version = 0"},
    {u"staff", u"SELECT count(*) FROM staff", u"UPDATE staff SET version = 0"},
    {u"products", u"SELECT count(*) FROM products", u"UPDATE products SET version = 0"},
    {u"stock", u"SELECT count(*) FROM stock", u"UPDATE stock SET version = 0"},
    {u"customers", u"SELECT count(*) FROM customers", u"UPDATE customers SET version = 0"},
    {u"orders", u"SELECT count(*) FROM orders", u"UPDATE orders SET version = 0"},
    {u"pickups", u"SELECT count(*) FROM pickups", u"UPDATE pickups SET version = 0"},
    {u"returns", u"SELECT count(*) FROM returns", u"UPDATE returns SET version = 0"},
    {u"carts", u"SELECT count(*) FROM carts", u"UPDATE carts SET version = 0"},
    {u"contacts", u"SELECT count(*) FROM service_contacts", u"UPDATE service_contacts SET version = 0"},
    // Local notes not sent yet are counted too: they are in the cache.
    {u"notes", u"SELECT count(*) FROM notes", u"UPDATE notes SET version = 0 WHERE id IS NOT NULL"},
    {u"consents", u"SELECT count(*) FROM consent_events", u"UPDATE consent_events SET version = 0"},
};

} // namespace

SyncStateRepository::SyncStateRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString SyncStateRepository::cursor(const QString& feed) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT cursor FROM sync_state WHERE feed = ?"_s);
    query.addBindValue(feed);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status SyncStateRepository::setCursor(const QString& feed, const QString& cursor) {
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sync_state (feed, cursor) VALUES (?, ?) "
                  u"ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor"_s);
    query.addBindValue(feed);
    query.addBindValue(cursor);
    if (!query.exec())
        return sqlError(query.lastError(), u"saving the cursor of feed %1"_s.arg(feed));
    return {};
}

QDateTime SyncStateRepository::lastSync(const QString& feed) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT last_sync_utc FROM sync_state WHERE feed = ?"_s);
    query.addBindValue(feed);
    if (!query.exec() || !query.next())
        return {};
    return fromStored(query.value(0));
}

Status SyncStateRepository::setLastSync(const QString& feed, const QDateTime& utc) {
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sync_state (feed, last_sync_utc) VALUES (?, ?) "
                  u"ON CONFLICT (feed) DO UPDATE SET last_sync_utc = excluded.last_sync_utc"_s);
    query.addBindValue(feed);
    query.addBindValue(utc.isValid() ? QVariant(toStored(utc)) : QVariant());
    if (!query.exec())
        return sqlError(query.lastError(), u"saving the last sync of feed %1"_s.arg(feed));
    return {};
}

QDateTime SyncStateRepository::lastSyncOfAll() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT max(last_sync_utc) FROM sync_state"_s) || !query.next())
        return {};
    return fromStored(query.value(0));
}

Result<qint64> SyncStateRepository::pendingOutboxCount() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending', 'failed')"_s) ||
        !query.next())
        return sqlError(query.lastError(), u"counting pending changes"_s);
    return query.value(0).toLongLong();
}

Status SyncStateRepository::resetFeed(const QString& feed) {
    // The last sync time stays: it still says how fresh the cached rows are until the next pull.
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE sync_state SET cursor = NULL WHERE feed = ?"_s);
    query.addBindValue(feed);
    if (!query.exec())
        return sqlError(query.lastError(), u"resetting feed %1"_s.arg(feed));
    return {};
}

const QStringList& SyncStateRepository::feeds() {
    static const QStringList kFeeds = [] {
        QStringList names;
        for (const FeedTable& table : kFeedTables)
            names.append(table.feed.toString());
        return names;
    }();
    return kFeeds;
}

Result<qint64> SyncStateRepository::cachedRows(const QString& feed) const {
    for (const FeedTable& table : kFeedTables) {
        if (table.feed != feed)
            continue;
        QSqlQuery query(m_db);
        if (!query.exec(table.countSql.toString()) || !query.next())
            return sqlError(query.lastError(), u"counting the rows of feed %1"_s.arg(feed));
        return query.value(0).toLongLong();
    }
    return makeError(ErrorCode::kStoreQuery, u"unknown feed %1"_s.arg(feed.left(40)));
}

Status SyncStateRepository::resetAllFeeds() {
    QSqlQuery query(m_db);
    if (!query.exec(u"UPDATE sync_state SET cursor = NULL"_s))
        return sqlError(query.lastError(), u"resetting every feed"_s);
    for (const FeedTable& table : kFeedTables) {
        if (!query.exec(table.forgetVersionsSql.toString()))
            return sqlError(query.lastError(), u"forgetting the versions of feed %1"_s.arg(table.feed));
    }
    return {};
}
