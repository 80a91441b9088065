#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One line of the append-only audit log: who did what to which subject, and when.
struct AuditEntry {
    qint64 id = 0; // assigned by AuditLog::append
    QString uuid;  // the entry's identity on the server; AuditLog::append makes one when empty
    QDateTime atUtc;
    QString deviceId;
    QString staffId; // empty when nobody is signed in (e.g. theke-ctl, no staff synced yet)
    QString action;  // AuditAction::…
    QString subjectType;
    QString subjectId;
    QJsonObject detail; // ids, amounts, rule names; never names, e-mail, phone, PINs or tokens
    bool synced = false;
    QString refusedCode; // set when the server refused the entry (problem code); it then stays unsent
};

// Stable action names; the audit view translates them for display.
namespace AuditAction {
inline constexpr QStringView kSignIn = u"sign_in";
inline constexpr QStringView kSignInFailed = u"sign_in_failed";
inline constexpr QStringView kSignOut = u"sign_out";
inline constexpr QStringView kLock = u"lock";
inline constexpr QStringView kUnlock = u"unlock";
inline constexpr QStringView kApproval = u"approval";
inline constexpr QStringView kApprovalRefused = u"approval_refused";
inline constexpr QStringView kCustomerErase = u"customer_erase";
inline constexpr QStringView kCustomerExport = u"customer_export";
inline constexpr QStringView kSettingsChange = u"settings_change";
inline constexpr QStringView kOutboxDiscard = u"outbox_discard";
} // namespace AuditAction

// What AuditLog::list returns; every field optional.
struct AuditFilter {
    QString action;
    QString staffId;
    QDateTime fromUtc; // inclusive
    QDateTime toUtc;   // exclusive
    int limit = 500;
    bool unsentOnly = false; // only entries not on the server yet
};
