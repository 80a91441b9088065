#pragma once

#include "Result.h"
#include "ReturnRequest.h"

#include <QStringView>

// The free text that says what reason "other" means: required with that reason (1 to 200
// characters once trimmed), refused with every other reason. One rule for the desk, theke-ctl and
// theke-server; the codes are the API's 422 problem codes.
namespace ReturnReasonText {
inline constexpr int kMaxLength = 200; // characters (code points), after trimming
inline constexpr QStringView kRequired = u"reason_text_required";
inline constexpr QStringView kTooLong = u"reason_text_too_long";
inline constexpr QStringView kNotAllowed = u"invalid_value"; // a text with another reason

// The text as it is kept and sent: trimmed.
QString normalise(const QString& text);
// Whether text (as given; checked trimmed) fits reason. The detail names the line.
Status check(const QString& lineId, ReturnReason reason, const QString& text);
} // namespace ReturnReasonText
