#include "AuthMessages.h"

#include "AuditEntry.h"
#include "AuthErrors.h"
#include "ErrorMessages.h"

#include <QLocale>

QString AuthMessages::describe(const Error& error, const QDateTime& lockedUntilUtc) {
    const QString code = error.code;
    if (code == ErrorCode::kAuthWrongPin)
        return tr("The PIN is not correct. Please try again.");
    if (code == ErrorCode::kAuthLocked) {
        if (!lockedUntilUtc.isValid())
            return tr("Too many wrong PINs. Sign-in for this person is locked for a while.");
        const QString time = QLocale().toString(lockedUntilUtc.toLocalTime().time(), u"HH:mm");
        return tr("Too many wrong PINs. Sign-in for this person is locked until %1.").arg(time);
    }
    if (code == ErrorCode::kAuthUnknownStaff)
        return tr("This person cannot sign in on this device (not found or no longer active).");
    if (code == ErrorCode::kAuthNotManager)
        return tr("Only a store manager can approve this.");
    if (code == ErrorCode::kAuthSameApprover)
        return tr("A different manager must approve: you cannot approve your own request.");
    if (code == ErrorCode::kAuthNotSignedIn)
        return tr("Nobody is signed in.");
    return ErrorMessages::describe(error);
}

QString AuthMessages::noStaffYet() {
    return tr("No staff synchronised yet. Sign-in starts with the first synchronisation of the staff.");
}

QString AuthMessages::actionName(const QString& action) {
    if (action == AuditAction::kSignIn)
        return tr("Signed in");
    if (action == AuditAction::kSignInFailed)
        return tr("Wrong PIN");
    if (action == AuditAction::kSignOut)
        return tr("Signed out");
    if (action == AuditAction::kLock)
        return tr("Locked");
    if (action == AuditAction::kUnlock)
        return tr("Unlocked");
    if (action == AuditAction::kApproval)
        return tr("Manager approval");
    if (action == AuditAction::kApprovalRefused)
        return tr("Approval refused");
    if (action == AuditAction::kCustomerErase)
        return tr("Customer data erased");
    if (action == AuditAction::kCustomerExport)
        return tr("Customer data exported");
    if (action == AuditAction::kSettingsChange)
        return tr("Settings changed");
    if (action == AuditAction::kOutboxDiscard)
        return tr("Change discarded");
    return action;
}
