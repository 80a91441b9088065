#include "PickupCode.h"

#include "PinHash.h"

using namespace Qt::StringLiterals;

namespace {

const auto kQrPrefix = u"THEKE-PICKUP:"_s;

} // namespace

QString PickupCode::normalise(const QString& typed) {
    QString code;
    code.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        code.append(c.toUpper());
    }
    return code;
}

bool PickupCode::isWellFormed(const QString& code) {
    if (code.size() != kLength)
        return false;
    return std::all_of(code.cbegin(), code.cend(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z'); });
}

std::optional<PickupCode::Scan> PickupCode::parseQr(const QString& payload) {
    const QString text = payload.trimmed();
    if (!text.startsWith(kQrPrefix, Qt::CaseInsensitive))
        return std::nullopt;
    const QString rest = text.mid(kQrPrefix.size());
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    Scan scan{rest.left(colon).trimmed(), normalise(rest.mid(colon + 1))};
    if (scan.orderNo.isEmpty() || scan.orderNo.size() > 40 || !isWellFormed(scan.code))
        return std::nullopt;
    return scan;
}

QString PickupCode::qrPayload(const QString& orderNo, const QString& code) {
    return kQrPrefix + orderNo + u':' + normalise(code);
}

bool PickupCode::matches(const QString& code, const QString& descriptor) {
    const QString normalised = normalise(code);
    if (!isWellFormed(normalised))
        return false;
    return PinHash::verify(normalised, descriptor, kMinimumIterations);
}
