#include "Session.h"

#include "AuditLog.h"
#include "AuthErrors.h"
#include "IdleLock.h"
#include "PinHash.h"
#include "SettingsRepository.h"
#include "StaffRepository.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "theke.auth")

Session::Session(QSqlDatabase db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_attempts(db)
    , m_throttle(clock, m_attempts)
    , m_deviceId(SettingsRepository(db).value(SettingKey::kDeviceId.toString())) {}

bool Session::staffAvailable() const {
    const Result<qint64> count = StaffRepository(m_db).activeCount();
    return count && count.value() > 0;
}

Result<QList<StaffMember>> Session::activeStaff() const {
    return StaffRepository(m_db).active();
}

std::optional<StaffMember> Session::staffByBadge(const QString& badgeCode) const {
    return StaffRepository(m_db).findActiveByBadge(badgeCode);
}

std::optional<StaffMember> Session::staff(const QString& staffId) const {
    std::optional<StaffMember> member = StaffRepository(m_db).find(staffId);
    if (member && !member->active)
        return std::nullopt;
    return member;
}

QString Session::staffName(const QString& staffId) const {
    if (staffId.isEmpty())
        return {};
    const std::optional<StaffMember> member = staff(staffId);
    return member ? member->displayName : QString();
}

QDateTime Session::lockedUntil(const QString& staffId) const {
    return m_throttle.lockedUntil(staffId);
}

Status Session::checkPin(const StaffMember& member, const PinInput& pin, const QString& context) {
    if (const QDateTime until = m_throttle.lockedUntil(member.id); until.isValid())
        return makeError(ErrorCode::kAuthLocked, u"staff %1 locked"_s.arg(member.id));
    if (!pin.matches(member.id, member.pinHash)) {
        if (const QString problem = PinHash::descriptorProblem(member.pinHash); !problem.isEmpty())
            qCWarning(lcSession) << "staff" << member.id << "has an unusable PIN hash:" << problem;
        const QDateTime lockedUntil = m_throttle.recordFailure(member.id);
        audit(AuditAction::kSignInFailed, u"staff"_s, member.id,
              QJsonObject{{u"context"_s, context}, {u"locked"_s, lockedUntil.isValid()}});
        if (lockedUntil.isValid())
            return makeError(ErrorCode::kAuthLocked, u"staff %1 locked"_s.arg(member.id));
        return makeError(ErrorCode::kAuthWrongPin, u"wrong PIN for staff %1"_s.arg(member.id));
    }
    m_throttle.recordSuccess(member.id);
    return {};
}

QFuture<PinVerdict> Session::checkPinInBackground(const QString& staffId, const QString& pin) const {
    const std::optional<StaffMember> member = staff(staffId);
    const QString descriptor = member ? member->pinHash : QString();
    return QtConcurrent::run([staffId, descriptor, pin] {
        return PinVerdict{staffId, descriptor, !descriptor.isEmpty() && PinHash::verify(pin, descriptor)};
    });
}

Result<StaffMember> Session::signIn(const QString& staffId, const PinInput& pin) {
    const std::optional<StaffMember> member = staff(staffId);
    if (!member)
        return makeError(ErrorCode::kAuthUnknownStaff, u"no active staff %1"_s.arg(staffId));
    if (Status checked = checkPin(*member, pin, u"sign_in"_s); !checked)
        return checked.error();
    const bool wasLocked = m_locked;
    if (m_current && m_current->id != member->id)
        signOut();
    else if (m_current && wasLocked)
        audit(AuditAction::kUnlock, u"staff"_s, member->id);
    const bool sameAgain = m_current && m_current->id == member->id;
    m_current = member;
    m_locked = false;
    if (!sameAgain)
        audit(AuditAction::kSignIn, u"staff"_s, member->id,
              QJsonObject{{u"role"_s, StaffMember::roleName(member->role)}});
    qCInfo(lcSession) << "staff" << member->id << "signed in";
    Q_EMIT changed();
    return *member;
}

void Session::signOut() {
    if (!m_current)
        return;
    audit(AuditAction::kSignOut, u"staff"_s, m_current->id);
    qCInfo(lcSession) << "staff" << m_current->id << "signed out";
    m_current.reset();
    m_locked = false;
    Q_EMIT changed();
}

void Session::lock(const QString& reason) {
    if (!m_current || m_locked)
        return;
    m_locked = true;
    audit(AuditAction::kLock, u"staff"_s, m_current->id, QJsonObject{{u"reason"_s, reason}});
    Q_EMIT changed();
}

Status Session::unlock(const PinInput& pin) {
    if (!m_current)
        return makeError(ErrorCode::kAuthNotSignedIn, u"nobody to unlock for"_s);
    // The cached row may have changed (new PIN, deactivated) since the sign-in.
    const std::optional<StaffMember> member = staff(m_current->id);
    if (!member)
        return makeError(ErrorCode::kAuthUnknownStaff, u"staff %1 no longer active"_s.arg(m_current->id));
    if (Status checked = checkPin(*member, pin, u"unlock"_s); !checked)
        return checked;
    m_current = member;
    if (m_locked) {
        m_locked = false;
        audit(AuditAction::kUnlock, u"staff"_s, member->id);
        Q_EMIT changed();
    }
    return {};
}

Result<Approval> Session::approve(const QString& approverId, const PinInput& pin, const QString& action,
                                  const QString& rule, qint64 amountCents) {
    const QString requester = currentStaffId();
    const QJsonObject refusedDetail{{u"requester_staff_id"_s, requester}, {u"rule"_s, rule}};
    if (!requester.isEmpty() && approverId == requester) {
        audit(AuditAction::kApprovalRefused, u"action"_s, action,
              QJsonObject{{u"reason"_s, u"same_person"_s}, {u"rule"_s, rule}});
        return makeError(ErrorCode::kAuthSameApprover, u"approver and requester are the same person"_s);
    }
    const std::optional<StaffMember> approver = staff(approverId);
    if (!approver)
        return makeError(ErrorCode::kAuthUnknownStaff, u"no active staff %1"_s.arg(approverId));
    if (!approver->isManager()) {
        audit(AuditAction::kApprovalRefused, u"action"_s, action,
              QJsonObject{{u"reason"_s, u"not_manager"_s}, {u"approver_staff_id"_s, approverId}});
        return makeError(ErrorCode::kAuthNotManager, u"staff %1 is no manager"_s.arg(approverId));
    }
    if (Status checked = checkPin(*approver, pin, u"approval"_s); !checked)
        return checked.error();
    const Approval approval{approverId, requester, action, rule, amountCents, m_clock.nowUtc()};
    recordApproval(approval);
    return approval;
}

Result<Approval> Session::approveAsSignedInManager(const QString& action, const QString& rule,
                                                   qint64 amountCents) {
    if (!isManager() || m_locked)
        return makeError(ErrorCode::kAuthNotManager, u"the signed-in person is no manager"_s);
    const Approval approval{m_current->id, QString(), action, rule, amountCents, m_clock.nowUtc()};
    recordApproval(approval);
    return approval;
}

void Session::recordApproval(const Approval& approval) {
    QJsonObject detail{{u"requester_staff_id"_s, approval.requesterId},
                       {u"rule"_s, approval.rule},
                       {u"amount_cents"_s, approval.amountCents}};
    AuditEntry entry;
    entry.atUtc = approval.atUtc;
    entry.deviceId = m_deviceId;
    entry.staffId = approval.approverId;
    entry.action = AuditAction::kApproval.toString();
    entry.subjectType = u"action"_s;
    entry.subjectId = approval.action;
    entry.detail = detail;
    if (Result<qint64> appended = AuditLog(m_db).append(entry); !appended)
        qCWarning(lcSession) << "cannot write the approval to the audit log:" << appended.error().code;
}

void Session::audit(QStringView action, const QString& subjectType, const QString& subjectId,
                    const QJsonObject& detail) {
    AuditEntry entry;
    entry.atUtc = m_clock.nowUtc();
    entry.deviceId = m_deviceId;
    entry.staffId = currentStaffId();
    entry.action = action.toString();
    entry.subjectType = subjectType;
    entry.subjectId = subjectId;
    entry.detail = detail;
    if (Result<qint64> appended = AuditLog(m_db).append(entry); !appended)
        qCWarning(lcSession) << "cannot write to the audit log:" << appended.error().code;
}

qint64 Session::idleTimeoutMs() const {
    bool ok = false;
    const double minutes =
        SettingsRepository(m_db).value(AuthSettingKey::kIdleLockMinutes.toString()).toDouble(&ok);
    if (!ok || minutes < 0)
        return IdleLock::kDefaultTimeoutMs;
    return qint64(minutes * 60 * 1000);
}
