#pragma once

#include "Approval.h"
#include "AuditEntry.h"
#include "Clock.h"
#include "PinInput.h"
#include "Result.h"
#include "SignInAttemptRepository.h"
#include "SignInThrottle.h"
#include "StaffMember.h"

#include <QFuture>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

// Who works at this device right now: sign-in with PIN (offline, against the cached staff), sign-out,
// user switch, lock and unlock, manager approvals; writes each of these to the audit log.
// No widgets: the GUI and tests drive it alike.
class Session : public QObject {
    Q_OBJECT

public:
    Session(QSqlDatabase db, const Clock& clock, QObject* parent = nullptr);

    // Sign-in is required as soon as the staff feed has brought at least one active person; until
    // then the client works as before, without anyone signed in.
    bool staffAvailable() const;
    Result<QList<StaffMember>> activeStaff() const;
    std::optional<StaffMember> staffByBadge(const QString& badgeCode) const;
    std::optional<StaffMember> staff(const QString& staffId) const;
    // The name receipts and notes show for a staff id; empty when unknown or inactive.
    QString staffName(const QString& staffId) const;

    // Checks the PIN (auth.unknown_staff, auth.locked, auth.wrong_pin). Signing in while someone
    // else is signed in switches the user (the other is signed out first).
    Result<StaffMember> signIn(const QString& staffId, const PinInput& pin);

    // The slow half of a PIN check (PBKDF2, about half a second) on a worker thread, so the window
    // stays responsive; hand the verdict to signIn, unlock or approve on the GUI thread.
    QFuture<PinVerdict> checkPinInBackground(const QString& staffId, const QString& pin) const;
    void signOut();
    bool isSignedIn() const { return m_current.has_value(); }
    const std::optional<StaffMember>& current() const { return m_current; }
    QString currentStaffId() const { return m_current ? m_current->id : QString(); }
    bool isManager() const { return m_current && m_current->isManager(); }

    // Hides the work until the same person's PIN or another sign-in. reason: "idle" or "manual".
    void lock(const QString& reason);
    bool isLocked() const { return m_locked; }
    Status unlock(const PinInput& pin);

    // The end of staffId's current lock after too many wrong PINs, or an invalid time.
    QDateTime lockedUntil(const QString& staffId) const;

    // A manager other than the signed-in person approves action with their PIN.
    Result<Approval> approve(const QString& approverId, const PinInput& pin, const QString& action,
                             const QString& rule, qint64 amountCents);
    // The signed-in manager approves their own action (no second person needed).
    Result<Approval> approveAsSignedInManager(const QString& action, const QString& rule, qint64 amountCents);

    // Appends to the audit log as the signed-in person; failures are logged, not fatal.
    void audit(QStringView action, const QString& subjectType = {}, const QString& subjectId = {},
               const QJsonObject& detail = {});

    // The idle time before the window locks, from the settings (idle_lock_minutes; default 3).
    qint64 idleTimeoutMs() const;

Q_SIGNALS:
    void changed(); // the signed-in person or the lock state changed

private:
    Status checkPin(const StaffMember& member, const PinInput& pin, const QString& context);
    void recordApproval(const Approval& approval);

    QSqlDatabase m_db;
    const Clock& m_clock;
    SignInAttemptRepository m_attempts;
    SignInThrottle m_throttle;
    std::optional<StaffMember> m_current;
    bool m_locked = false;
    QString m_deviceId;
};

namespace AuthSettingKey {
inline constexpr QStringView kIdleLockMinutes = u"idle_lock_minutes";
} // namespace AuthSettingKey
