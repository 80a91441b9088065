#pragma once

#include <QDateTime>
#include <QString>

// A person of this device's store who may sign in (from the staff feed).
struct StaffMember {
    enum class Role { Associate, Manager };

    QString id;
    QString storeId;
    QString displayName;
    Role role = Role::Associate;
    QString badgeCode;
    QString pinHash; // PinHash descriptor JSON; never logged, never in diagnostics
    bool active = true;
    qint64 version = 0;
    QDateTime updatedAt;

    bool isManager() const { return role == Role::Manager; }
    static QString roleName(Role role) {
        return role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("associate");
    }
};
