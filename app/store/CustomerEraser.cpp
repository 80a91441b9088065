#include "CustomerEraser.h"

#include "AuditLog.h"
#include "CustomerRepository.h"
#include "SettingsRepository.h"

using namespace Qt::StringLiterals;

CustomerEraser::CustomerEraser(Database& database)
    : m_database(database) {}

Status CustomerEraser::erase(const QString& customerId, const QString& staffId, const QJsonObject& detail,
                              const QDateTime& atUtc) {
    CustomerRepository customers(m_database.sql());
    if (!customers.find(customerId))
        return makeError(ErrorCode::kStoreQuery, u"no customer %1 in this cache"_s.arg(customerId));
    return m_database.transaction([&]() -> Status {
        if (Status status = customers.remove({customerId}); !status)
            return status;
        AuditEntry entry;
        entry.atUtc = atUtc;
        entry.deviceId = SettingsRepository(m_database.sql()).value(SettingKey::kDeviceId.toString());
        entry.staffId = staffId;
        entry.action = AuditAction::kCustomerErase.toString();
        entry.subjectType = u"customer"_s;
        entry.subjectId = customerId;
        entry.detail = detail;
        const Result<qint64> appended = AuditLog(m_database.sql()).append(entry);
        return appended ? Status() : Status(appended.error());
    });
}
