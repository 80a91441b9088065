#include "StoreRepository.h"

#include "CacheSql.h"
#include "ReturnPolicyJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const auto kColumns =
    u"id, name, time_zone, street, postcode, city, country, phone, version, updated_at, return_policy"_s;

StoreRecord readStore(const QSqlQuery& q) {
    StoreRecord s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.timeZone = q.value(2).toString();
    s.street = q.value(3).toString();
    s.postcode = q.value(4).toString();
    s.city = q.value(5).toString();
    s.country = q.value(6).toString();
    s.phone = q.value(7).toString();
    s.version = q.value(8).toLongLong();
    s.updatedAt = CacheSql::time(q.value(9));
    // Checked when the feed delivered it; NULL (never sent) keeps the defaults.
    if (!q.value(10).isNull()) {
        if (const Result<ReturnPolicyConfig> policy =
                ReturnPolicyJson::fromJson(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object()))
            s.returnPolicy = policy.value();
    }
    return s;
}

} // namespace

StoreRepository::StoreRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status StoreRepository::upsert(const QList<StoreRecord>& stores) {
    if (stores.isEmpty())
        return {};
    QSqlQuery query(m_db);
    if (Status s = CacheSql::prepare(
            query,
            u"INSERT INTO stores (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone, "
            u"street = excluded.street, postcode = excluded.postcode, city = excluded.city, "
            u"country = excluded.country, phone = excluded.phone, version = excluded.version, "
            u"updated_at = excluded.updated_at, return_policy = excluded.return_policy WHERE excluded.version >= stores.version"_s
                .arg(kColumns));
        !s)
        return s;
    for (const StoreRecord& store : stores) {
        const QVariant values[] = {
            store.id,
            CacheSql::text(store.name),
            CacheSql::text(store.timeZone),
            CacheSql::textOrNull(store.street),
            CacheSql::textOrNull(store.postcode),
            CacheSql::textOrNull(store.city),
            CacheSql::textOrNull(store.country),
            CacheSql::textOrNull(store.phone),
            store.version,
            CacheSql::timeOrNull(store.updatedAt),
            QString::fromUtf8(
                QJsonDocument(ReturnPolicyJson::toJson(store.returnPolicy)).toJson(QJsonDocument::Compact))};
        for (int i = 0; i < int(std::size(values)); ++i)
            query.bindValue(i, values[i]);
        if (Status s = CacheSql::exec(query, u"writing store %1"_s.arg(store.id)); !s)
            return s;
    }
    return {};
}

Status StoreRepository::remove(const QStringList& ids) {
    return CacheSql::removeEach(m_db, u"DELETE FROM stores WHERE id = ?"_s, ids, u"removing a store"_s);
}

Result<QList<StoreRecord>> StoreRepository::all() const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(query, u"SELECT %1 FROM stores ORDER BY name, id"_s.arg(kColumns)); !s)
        return s.error();
    if (Status s = CacheSql::exec(query, u"listing stores"_s); !s)
        return s.error();
    QList<StoreRecord> stores;
    while (query.next())
        stores.append(readStore(query));
    return stores;
}

std::optional<StoreRecord> StoreRepository::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM stores WHERE id = ?"_s.arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readStore(query);
}

ReturnPolicyConfig StoreRepository::returnPolicy(const QString& id) const {
    const std::optional<StoreRecord> store = find(id);
    return store ? store->returnPolicy : ReturnPolicyConfig();
}
