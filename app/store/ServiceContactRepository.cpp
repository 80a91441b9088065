#include "ServiceContactRepository.h"

#include "CacheSql.h"

using namespace Qt::StringLiterals;

namespace {

const auto kColumns = u"id, customer_id, channel, subject, at, version, updated_at"_s;

} // namespace

ServiceContactRepository::ServiceContactRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status ServiceContactRepository::upsert(const QList<ServiceContact>& contacts) {
    if (contacts.isEmpty())
        return {};
    QSqlQuery query(m_db);
    if (Status s = CacheSql::prepare(
            query, u"INSERT INTO service_contacts (%1) VALUES (?, ?, ?, ?, ?, ?, ?) "
                   u"ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, "
                   u"channel = excluded.channel, subject = excluded.subject, at = excluded.at, "
                   u"version = excluded.version, updated_at = excluded.updated_at "
                   u"WHERE excluded.version >= service_contacts.version"_s.arg(kColumns));
        !s)
        return s;
    for (const ServiceContact& c : contacts) {
        query.bindValue(0, c.id);
        query.bindValue(1, CacheSql::text(c.customerId));
        query.bindValue(2, CacheSql::text(c.channel));
        query.bindValue(3, CacheSql::text(c.subject));
        query.bindValue(4, CacheSql::timeOrNull(c.at));
        query.bindValue(5, c.version);
        query.bindValue(6, CacheSql::timeOrNull(c.updatedAt));
        if (Status s = CacheSql::exec(query, u"writing service contact %1"_s.arg(c.id)); !s)
            return s;
    }
    return {};
}

Status ServiceContactRepository::remove(const QStringList& ids) {
    return CacheSql::removeEach(m_db, u"DELETE FROM service_contacts WHERE id = ?"_s, ids,
                                u"removing a service contact"_s);
}

Result<QList<ServiceContact>> ServiceContactRepository::forCustomer(const QString& customerId,
                                                                    int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query,
            u"SELECT %1 FROM service_contacts WHERE customer_id = ? ORDER BY at DESC, id LIMIT ?"_s.arg(
                kColumns));
        !s)
        return s.error();
    query.addBindValue(customerId);
    query.addBindValue(limit);
    if (Status s = CacheSql::exec(query, u"reading service contacts"_s); !s)
        return s.error();
    QList<ServiceContact> contacts;
    while (query.next()) {
        ServiceContact c;
        c.id = query.value(0).toString();
        c.customerId = query.value(1).toString();
        c.channel = query.value(2).toString();
        c.subject = query.value(3).toString();
        c.at = CacheSql::time(query.value(4));
        c.version = query.value(5).toLongLong();
        c.updatedAt = CacheSql::time(query.value(6));
        contacts.append(std::move(c));
    }
    return contacts;
}
