#include "StockRepository.h"

#include "CacheSql.h"

using namespace Qt::StringLiterals;

namespace {

const auto kColumns = u"id, sku, location, quantity, version, updated_at"_s;

StockLevel readLevel(const QSqlQuery& q) {
    StockLevel s;
    s.id = q.value(0).toString();
    s.sku = q.value(1).toString();
    s.location = q.value(2).toString();
    s.quantity = q.value(3).toInt();
    s.version = q.value(4).toLongLong();
    s.updatedAt = CacheSql::time(q.value(5));
    return s;
}

} // namespace

StockRepository::StockRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status StockRepository::upsert(const QList<StockLevel>& levels) {
    if (levels.isEmpty())
        return {};
    QSqlQuery query(m_db);
    if (Status s = CacheSql::prepare(
            query,
            u"INSERT INTO stock (%1) VALUES (?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (id) DO UPDATE SET sku = excluded.sku, location = excluded.location, "
            u"quantity = excluded.quantity, version = excluded.version, updated_at = excluded.updated_at "
            u"WHERE excluded.version >= stock.version"_s.arg(kColumns));
        !s)
        return s;
    for (const StockLevel& level : levels) {
        query.bindValue(0, level.id);
        query.bindValue(1, CacheSql::text(level.sku));
        query.bindValue(2, CacheSql::text(level.location));
        query.bindValue(3, level.quantity);
        query.bindValue(4, level.version);
        query.bindValue(5, CacheSql::timeOrNull(level.updatedAt));
        if (Status s = CacheSql::exec(query, u"writing stock %1"_s.arg(level.id)); !s)
            return s;
    }
    return {};
}

Status StockRepository::remove(const QStringList& ids) {
    return CacheSql::removeEach(m_db, u"DELETE FROM stock WHERE id = ?"_s, ids, u"removing stock"_s);
}

Result<QList<StockLevel>> StockRepository::forSku(const QString& sku) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s =
            CacheSql::prepare(query, u"SELECT %1 FROM stock WHERE sku = ? ORDER BY location"_s.arg(kColumns));
        !s)
        return s.error();
    query.addBindValue(sku);
    if (Status s = CacheSql::exec(query, u"reading stock"_s); !s)
        return s.error();
    QList<StockLevel> levels;
    while (query.next())
        levels.append(readLevel(query));
    return levels;
}

std::optional<StockLevel> StockRepository::at(const QString& sku, const QString& location) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM stock WHERE sku = ? AND location = ?"_s.arg(kColumns));
    query.addBindValue(sku);
    query.addBindValue(location);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readLevel(query);
}
