#include "ReturnReasonText.h"

using namespace Qt::StringLiterals;

QString ReturnReasonText::normalise(const QString& text) {
    return text.trimmed();
}

Status ReturnReasonText::check(const QString& lineId, ReturnReason reason, const QString& text) {
    const QString trimmed = normalise(text);
    if (reason != ReturnReason::Other) {
        if (!trimmed.isEmpty())
            return makeError(kNotAllowed, u"line %1: reason_text is only for reason other"_s.arg(lineId),
                             422);
        return {};
    }
    if (trimmed.isEmpty())
        return makeError(kRequired, u"line %1: reason other needs a reason_text"_s.arg(lineId), 422);
    if (trimmed.toUcs4().size() > kMaxLength)
        return makeError(
            kTooLong, u"line %1: reason_text has more than %2 characters"_s.arg(lineId).arg(kMaxLength), 422);
    return {};
}
