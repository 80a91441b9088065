#include "ConsentEventRepository.h"

#include "CacheSql.h"
#include "OutboxRepository.h"
#include "SettingsRepository.h"
#include "SqliteStatement.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

ConsentEventRepository::ConsentEventRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status ConsentEventRepository::upsert(const QList<ConsentEvent>& events) {
    if (events.isEmpty())
        return {};
    SqliteStatement insert(
        m_db, u"INSERT INTO consent_events (id, customer_id, purpose, granted, channel, store_id, "
              u"changed_utc, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
              u"ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, "
              u"purpose = excluded.purpose, granted = excluded.granted, channel = excluded.channel, "
              u"store_id = excluded.store_id, changed_utc = excluded.changed_utc, version = 1"_s);
    if (Status s = insert.prepared(); !s)
        return s;
    for (const ConsentEvent& e : events) {
        insert.bindText(0, e.id);
        insert.bindText(1, e.customerId);
        insert.bindText(2, e.purpose);
        insert.bindInteger(3, e.granted ? 1 : 0);
        insert.bindText(4, e.channel);
        insert.bindTextOrNull(5, e.storeId);
        insert.bindTextOrNull(6, CacheSql::timeText(e.at));
        if (Status s = insert.run(u"writing consent change", e.id); !s)
            return s;
    }
    return {};
}

Status ConsentEventRepository::remove(const QStringList& ids) {
    return CacheSql::removeEach(m_db, u"DELETE FROM consent_events WHERE id = ?"_s, ids,
                                u"removing a consent change"_s);
}

QString ConsentEventRepository::storeName(const QString& storeId) const {
    if (storeId.isEmpty())
        return {};
    QSqlQuery query(m_db);
    query.prepare(u"SELECT name FROM stores WHERE id = ?"_s);
    query.addBindValue(storeId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Result<QList<ConsentEvent>> ConsentEventRepository::forCustomer(const QString& customerId, int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query, u"SELECT e.id, e.purpose, e.granted, e.channel, e.store_id, e.changed_utc, s.name "
                   u"FROM consent_events e LEFT JOIN stores s ON s.id = e.store_id "
                   u"WHERE e.customer_id = ? ORDER BY e.changed_utc DESC, e.id DESC LIMIT ?"_s);
        !s)
        return s.error();
    query.addBindValue(customerId);
    query.addBindValue(limit);
    if (Status s = CacheSql::exec(query, u"reading the consent history"_s); !s)
        return s.error();
    QList<ConsentEvent> events;
    while (query.next()) {
        ConsentEvent e;
        e.id = query.value(0).toString();
        e.customerId = customerId;
        e.purpose = query.value(1).toString();
        e.granted = query.value(2).toInt() != 0;
        e.channel = query.value(3).toString();
        e.storeId = query.value(4).toString();
        e.at = CacheSql::time(query.value(5));
        e.storeName = query.value(6).toString();
        events.prepend(std::move(e));
    }
    Result<QList<ConsentEvent>> waitingChanges = waiting(customerId);
    if (!waitingChanges)
        return waitingChanges.error();
    events.append(std::move(waitingChanges).value());
    return events;
}

Result<QList<ConsentEvent>> ConsentEventRepository::waiting(const QString& customerId) const {
    const Result<QList<OutboxEntry>> rows = OutboxRepository(m_db).forEntity(u"customer"_s, customerId);
    if (!rows)
        return rows.error();
    const QString storeId = SettingsRepository(m_db).value(SettingKey::kStoreId.toString());
    const QString name = storeName(storeId);
    QList<ConsentEvent> events;
    for (const OutboxEntry& row : rows.value()) {
        // Sent rows are the server's now; dropped and quarantined ones did not happen.
        const bool waits = row.state == OutboxState::kPending || row.state == OutboxState::kSending ||
                           row.state == OutboxState::kFailed || row.state == OutboxState::kConflict;
        if (row.command != OutboxCommandName::kConsentSet || !waits)
            continue;
        const QJsonObject payload = QJsonDocument::fromJson(row.payload).object();
        ConsentEvent e;
        e.id = u"outbox:%1"_s.arg(row.id);
        e.customerId = customerId;
        e.purpose = QJsonDocument::fromJson(row.localRef.toUtf8()).object().value(u"purpose").toString();
        e.granted = payload.value(u"granted").toBool();
        e.channel = payload.value(u"source").toString(u"store"_s);
        e.storeId = e.channel == u"store" ? storeId : QString();
        e.storeName = e.channel == u"store" ? name : QString();
        e.at = row.createdUtc;
        e.pending = true;
        events.append(std::move(e));
    }
    return events;
}
