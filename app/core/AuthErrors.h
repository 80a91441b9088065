#pragma once

#include <QStringView>

// Stable error codes of staff sign-in and approvals (ErrorCode is reopened so callers spell them alike).
namespace ErrorCode {
inline constexpr QStringView kAuthUnknownStaff = u"auth.unknown_staff"; // no such active person
inline constexpr QStringView kAuthWrongPin = u"auth.wrong_pin";
inline constexpr QStringView kAuthLocked = u"auth.locked"; // too many wrong PINs; see lockedUntil
inline constexpr QStringView kAuthNotManager = u"auth.not_manager";
inline constexpr QStringView kAuthSameApprover = u"auth.same_person"; // approver = requester
inline constexpr QStringView kAuthNotSignedIn = u"auth.not_signed_in";
inline constexpr QStringView kAuthBadPinHash = u"auth.bad_pin_hash";
} // namespace ErrorCode
