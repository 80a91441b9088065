#include "StaffRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const auto kColumns =
    u"id, store_id, display_name, role, badge_code, pin_hash, active, version, updated_at"_s;

StaffMember fromRow(const QSqlQuery& query) {
    StaffMember member;
    member.id = query.value(0).toString();
    member.storeId = query.value(1).toString();
    member.displayName = query.value(2).toString();
    member.role =
        query.value(3).toString() == u"manager" ? StaffMember::Role::Manager : StaffMember::Role::Associate;
    member.badgeCode = query.value(4).toString();
    member.pinHash = query.value(5).toString();
    member.active = query.value(6).toInt() != 0;
    member.version = query.value(7).toLongLong();
    member.updatedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return member;
}

} // namespace

StaffRepository::StaffRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status StaffRepository::upsert(const QList<StaffMember>& staff) {
    if (staff.isEmpty())
        return {};
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO staff (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (id) DO UPDATE SET store_id = excluded.store_id, "
        u"display_name = excluded.display_name, role = excluded.role, "
        u"badge_code = excluded.badge_code, pin_hash = excluded.pin_hash, "
        u"active = excluded.active, version = excluded.version, updated_at = excluded.updated_at"_s.arg(
            kColumns));
    for (const StaffMember& member : staff) {
        query.addBindValue(member.id);
        query.addBindValue(member.storeId);
        query.addBindValue(member.displayName);
        query.addBindValue(StaffMember::roleName(member.role));
        query.addBindValue(member.badgeCode.isEmpty() ? QVariant() : QVariant(member.badgeCode));
        query.addBindValue(member.pinHash);
        query.addBindValue(member.active ? 1 : 0);
        query.addBindValue(member.version);
        query.addBindValue(member.updatedAt.isValid() ? member.updatedAt.toUTC().toString(Qt::ISODateWithMs)
                                                      : QVariant());
        if (!query.exec())
            return sqlError(query.lastError(), u"writing staff %1"_s.arg(member.id));
    }
    return {};
}

Status StaffRepository::remove(const QStringList& ids) {
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM staff WHERE id = ?"_s);
    for (const QString& id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query.lastError(), u"removing staff %1"_s.arg(id));
    }
    return {};
}

Result<QList<StaffMember>> StaffRepository::active() const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM staff WHERE active = 1 ORDER BY display_name COLLATE NOCASE, id"_s.arg(
            kColumns)))
        return sqlError(query.lastError(), u"listing staff"_s);
    QList<StaffMember> staff;
    while (query.next())
        staff.append(fromRow(query));
    return staff;
}

std::optional<StaffMember> StaffRepository::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM staff WHERE id = ?"_s.arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<StaffMember> StaffRepository::findActiveByBadge(const QString& badgeCode) const {
    if (badgeCode.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM staff WHERE badge_code = ? AND active = 1"_s.arg(kColumns));
    query.addBindValue(badgeCode.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

Result<qint64> StaffRepository::activeCount() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM staff WHERE active = 1"_s) || !query.next())
        return sqlError(query.lastError(), u"counting staff"_s);
    return query.value(0).toLongLong();
}
