#include "StoreDirectory.h"

#include "ChangeLog.h"
#include "ReturnPolicyJson.h"
#include "ServerDatabase.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
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
    const Result<ReturnPolicyConfig> policy = StoreDirectory::storedReturnPolicy(query.value(3));
    if (!policy)
        return policy.error();
    return std::optional<StoreInfo>(StoreInfo{query.value(0).toString(), query.value(1).toString(),
                                              query.value(2).toString(), policy.value()});
}

} // namespace

StoreDirectory::StoreDirectory(QSqlDatabase db)
    : m_db(std::move(db)) {}

const std::vector<StoreDirectory::DefaultStore>& StoreDirectory::defaultStores() {
    static const std::vector<DefaultStore> stores{
        {{u"hh-moenckebergstrasse"_s, u"Theke Hamburg Mönckebergstraße"_s, u"Europe/Berlin"_s, {}},
         u"Hamburg"_s,
         u"Mönckebergstraße 7"_s,
         u"20095"_s,
         u"+4940309876500"_s},
        {{u"b-tauentzienstrasse"_s, u"Theke Berlin Tauentzienstraße"_s, u"Europe/Berlin"_s, {}},
         u"Berlin"_s,
         u"Tauentzienstraße 9"_s,
         u"10789"_s,
         u"+4930212345600"_s},
        {{u"m-kaufingerstrasse"_s, u"Theke München Kaufingerstraße"_s, u"Europe/Berlin"_s, {}},
         u"München"_s,
         u"Kaufingerstraße 14"_s,
         u"80331"_s,
         u"+4989231234500"_s},
        {{u"k-schildergasse"_s, u"Theke Köln Schildergasse"_s, u"Europe/Berlin"_s, {}},
         u"Köln"_s,
         u"Schildergasse 32"_s,
         u"50667"_s,
         u"+49221987654300"_s},
        {{u"f-zeil"_s, u"Theke Frankfurt Zeil"_s, u"Europe/Berlin"_s, {}},
         u"Frankfurt am Main"_s,
         u"Zeil 85"_s,
         u"60313"_s,
         u"+4969123456700"_s},
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
    if (query.value(0).toInt() > 0) {
        query.finish();
        if (Status filled = addMissingAddresses(); !filled)
            return filled.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        return 0;
    }
    query.finish();

    const auto& stores = defaultStores();
    ChangeLog changes(m_db);
    const Result<qint64> firstSeq = changes.reserve(qint64(stores.size()));
    if (!firstSeq)
        return firstSeq.error();
    query.prepare(
        u"INSERT INTO stores (id, name, time_zone, street, postcode, city, country, phone, version, "
        "updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, 'DE', ?, 1, ?, ?)"_s);
    qint64 seq = firstSeq.value();
    for (const DefaultStore& store : stores) {
        query.addBindValue(store.info.id);
        query.addBindValue(store.info.name);
        query.addBindValue(store.info.timeZone);
        query.addBindValue(store.street);
        query.addBindValue(store.postcode);
        query.addBindValue(store.city);
        query.addBindValue(store.phone);
        query.addBindValue(kStoresCreatedAt);
        query.addBindValue(seq++);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"insert store");
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return int(stores.size());
}

Status StoreDirectory::addMissingAddresses() {
    ChangeLog changes(m_db);
    for (const DefaultStore& store : defaultStores()) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT 1 FROM stores WHERE id = ? AND street IS NULL"_s);
        query.addBindValue(store.info.id);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"check store address");
        if (!query.next())
            continue;
        query.finish();
        const Result<qint64> seq = changes.next();
        if (!seq)
            return seq.error();
        QSqlQuery update(m_db);
        update.prepare(u"UPDATE stores SET street = ?, postcode = ?, city = ?, country = 'DE', phone = ?, "
                       "version = version + 1, updated_at = ?, seq = ? WHERE id = ?"_s);
        update.addBindValue(store.street);
        update.addBindValue(store.postcode);
        update.addBindValue(store.city);
        update.addBindValue(store.phone);
        update.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        update.addBindValue(seq.value());
        update.addBindValue(store.info.id);
        if (!update.exec())
            return ServerDatabase::queryError(update.lastError(), u"add store address");
    }
    return {};
}

Result<std::optional<StoreInfo>> StoreDirectory::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name, time_zone, return_policy FROM stores WHERE id = ?"_s);
    query.addBindValue(id);
    return readOne(query);
}

Result<std::optional<StoreInfo>> StoreDirectory::first() const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name, time_zone, return_policy FROM stores ORDER BY seq LIMIT 1"_s);
    return readOne(query);
}

Result<ReturnPolicyConfig> StoreDirectory::storedReturnPolicy(const QVariant& column) {
    if (column.isNull())
        return ReturnPolicyConfig();
    const QJsonDocument document = QJsonDocument::fromJson(column.toString().toUtf8());
    Result<ReturnPolicyConfig> policy = ReturnPolicyJson::fromJson(document.object());
    if (!document.isObject() || !policy)
        return makeError(u"internal_error", u"a store's stored return policy is unreadable"_s, 500);
    return policy;
}

Result<int> StoreDirectory::applyReturnPolicies(const ReturnPolicyFile::Settings& settings) {
    Transaction tx(m_db, Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, return_policy FROM stores"_s))
        return ServerDatabase::queryError(query.lastError(), u"read return policies");
    QStringList changed;
    QSet<QString> known;
    while (query.next()) {
        const QString id = query.value(0).toString();
        known.insert(id);
        const Result<ReturnPolicyConfig> stored = storedReturnPolicy(query.value(1));
        if (!stored || stored.value() != settings.forStore(id))
            changed << id;
    }
    query.finish();
    for (auto it = settings.stores.cbegin(); it != settings.stores.cend(); ++it) {
        if (!known.contains(it.key()))
            return makeError(u"usage", u"--return-policy: stores.%1 names no known store"_s.arg(it.key()));
    }
    // A new version with a new sequence number: every device pulls the store again with its policy.
    ChangeLog changes(m_db);
    for (const QString& id : std::as_const(changed)) {
        const Result<qint64> seq = changes.next();
        if (!seq)
            return seq.error();
        query.prepare(u"UPDATE stores SET return_policy = ?, version = version + 1, updated_at = ?, seq = ? "
                      "WHERE id = ?"_s);
        query.addBindValue(QString::fromUtf8(
            QJsonDocument(ReturnPolicyJson::toJson(settings.forStore(id))).toJson(QJsonDocument::Compact)));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        query.addBindValue(seq.value());
        query.addBindValue(id);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"write return policy");
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return int(changed.size());
}
