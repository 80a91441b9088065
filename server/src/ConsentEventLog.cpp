#include "ConsentEventLog.h"

#include "ChangeLog.h"
#include "ConsentEventFeed.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QVariant nullIfEmpty(const QString& value) {
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace

ConsentEventLog::ConsentEventLog(QSqlDatabase db)
    : m_db(std::move(db)) {}

QStringList ConsentEventLog::columns() {
    return {u"id"_s,       u"customer_id"_s, u"purpose"_s,   u"granted"_s,    u"channel"_s,
            u"store_id"_s, u"staff_id"_s,    u"device_id"_s, u"changed_at"_s, u"seq"_s};
}

Status ConsentEventLog::record(const Recorded& recorded, qint64 seq) {
    const ConsentEvent& e = recorded.event;
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO consent_events ("_s + columns().join(u", "_s) +
                  u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(e.id);
    query.addBindValue(e.customerId);
    query.addBindValue(e.purpose);
    query.addBindValue(e.granted ? 1 : 0);
    query.addBindValue(e.channel);
    query.addBindValue(nullIfEmpty(e.storeId));
    query.addBindValue(nullIfEmpty(recorded.staffId));
    query.addBindValue(nullIfEmpty(recorded.deviceId));
    query.addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(seq);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"record consent change");
    return {};
}

Result<QString> ConsentEventLog::storeOfDevice(const QString& deviceId) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT store_id FROM devices WHERE id = ?"_s);
    query.addBindValue(deviceId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"find the store of a device");
    return query.next() ? query.value(0).toString() : QString();
}

Result<int> ConsentEventLog::removeForCustomer(const QString& customerId, const QDateTime& now) {
    return ChangeLog(m_db).removeCustomerRows(u"consent_events"_s, ConsentEventFeed::kFeed, customerId, now);
}
