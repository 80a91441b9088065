#pragma once

#include "Result.h"
#include "StaffMember.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The staff who may sign in on this device, as the staff feed delivers them. Writers open no
// transaction: the feed applier groups a page and its cursor in one.
class StaffRepository {
public:
    explicit StaffRepository(QSqlDatabase db);

    Status upsert(const QList<StaffMember>& staff);
    Status remove(const QStringList& ids);

    // Active people ordered by display name; with pin hashes (needed to check a PIN offline).
    Result<QList<StaffMember>> active() const;
    std::optional<StaffMember> find(const QString& id) const;
    std::optional<StaffMember> findActiveByBadge(const QString& badgeCode) const;
    Result<qint64> activeCount() const;

private:
    QSqlDatabase m_db;
};
