#include "SignInAttemptRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SignInAttemptRepository::SignInAttemptRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

SignInThrottleState SignInAttemptRepository::load(const QString& staffId) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT failures, lockouts, locked_until_utc FROM sign_in_attempts WHERE staff_id = ?"_s);
    query.addBindValue(staffId);
    SignInThrottleState state;
    if (!query.exec() || !query.next())
        return state;
    state.failures = query.value(0).toInt();
    state.lockouts = query.value(1).toInt();
    state.lockedUntilUtc = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    return state;
}

Status SignInAttemptRepository::save(const QString& staffId, const SignInThrottleState& state) {
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sign_in_attempts (staff_id, failures, lockouts, locked_until_utc) "
                  u"VALUES (?, ?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET failures = excluded.failures, "
                  u"lockouts = excluded.lockouts, locked_until_utc = excluded.locked_until_utc"_s);
    query.addBindValue(staffId);
    query.addBindValue(state.failures);
    query.addBindValue(state.lockouts);
    query.addBindValue(state.lockedUntilUtc.isValid()
                           ? state.lockedUntilUtc.toUTC().toString(Qt::ISODateWithMs)
                           : QVariant());
    if (!query.exec())
        return sqlError(query.lastError(), u"saving sign-in attempts"_s);
    return {};
}
