#include "StoreDirectory.h"

#include "ChangeLog.h"
#include "ServerDatabase.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Fixed, so two servers started with the same seed serve byte-identical data.
const QString kStoresCreatedAt = u"2024-01-01T00:00:00.000Z"_s;

Result<std::optional<StoreInfo>> readOne(QSqlQuery& query) {
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read store");
    if (!query.next())
        return std::optional<StoreInfo>();
    return std::optional<StoreInfo>(
        StoreInfo{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
}

} // namespace

StoreDirectory::StoreDirectory(QSqlDatabase db)
    : m_db(std::move(db)) {}

const std::vector<StoreDirectory::DefaultStore>& StoreDirectory::defaultStores() {
    static const std::vector<DefaultStore> stores{
        {{u"hh-moenckebergstrasse"_s, u"Theke Hamburg Mönckebergstraße"_s, u"Europe/Berlin"_s}, u"Hamburg"_s},
        {{u"b-tauentzienstrasse"_s, u"Theke Berlin Tauentzienstraße"_s, u"Europe/Berlin"_s}, u"Berlin"_s},
        {{u"m-kaufingerstrasse"_s, u"Theke München Kaufingerstraße"_s, u"Europe/Berlin"_s}, u"München"_s},
        {{u"k-schildergasse"_s, u"Theke Köln Schildergasse"_s, u"Europe/Berlin"_s}, u"Köln"_s},
        {{u"f-zeil"_s, u"Theke Frankfurt Zeil"_s, u"Europe/Berlin"_s}, u"Frankfurt am Main"_s},
    };
    return stores;
}

Result<int> StoreDirectory::ensureDefaultStores() {
    Transaction tx(m_db, Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COUNT(*) FROM stores"_s) || !query.next())
        return ServerDatabase::queryError(query.lastError(), u"count stores");
    if (query.value(0).toInt() > 0)
        return 0;
    query.finish();

    const auto& stores = defaultStores();
    ChangeLog changes(m_db);
    const Result<qint64> firstSeq = changes.reserve(qint64(stores.size()));
    if (!firstSeq)
        return firstSeq.error();
    query.prepare(u"INSERT INTO stores (id, name, time_zone, version, updated_at, seq) "
                  "VALUES (?, ?, ?, 1, ?, ?)"_s);
    qint64 seq = firstSeq.value();
    for (const DefaultStore& store : stores) {
        query.addBindValue(store.info.id);
        query.addBindValue(store.info.name);
        query.addBindValue(store.info.timeZone);
        query.addBindValue(kStoresCreatedAt);
        query.addBindValue(seq++);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"insert store");
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return int(stores.size());
}

Result<std::optional<StoreInfo>> StoreDirectory::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name, time_zone FROM stores WHERE id = ?"_s);
    query.addBindValue(id);
    return readOne(query);
}

Result<std::optional<StoreInfo>> StoreDirectory::first() const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name, time_zone FROM stores ORDER BY seq LIMIT 1"_s);
    return readOne(query);
}
