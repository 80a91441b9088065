#include "ScanClassifier.h"

#include "Ean13.h"
#include "PickupCode.h"
#include "SearchText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool allDigits(QStringView text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

QRegularExpression anchored(const QString& pattern) {
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::CaseInsensitiveOption);
}

bool hasDigitAndLetter(QStringView text) {
    const bool digit = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    const bool letter = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
    return digit && letter;
}

bool isPickupCode(const QString& text) {
    return PickupCode::isWellFormed(text) && hasDigitAndLetter(text);
}

} // namespace

ScanResult ScanClassifier::classify(const QString& input) {
    // Thread-safe one-time initialisation; matching a const expression is thread-safe too.
    static const QRegularExpression kEmail = anchored(u"[^@\\s]+@[^@\\s]+\\.[^@\\s]+"_s);
    static const QRegularExpression kOrderNo = anchored(u"[WAMF]-\\d{4}-\\d{4,10}"_s);
    static const QRegularExpression kCustomerNo = anchored(u"K\\d{5,10}"_s);
    static const QRegularExpression kSku = anchored(u"[A-Z0-9]+(-[A-Z0-9]+)+"_s);
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (const auto qr = PickupCode::parseQr(text))
        return {ScanKind::PickupQr, qr->code, qr->orderNo};
    if (kEmail.match(text).hasMatch())
        return {ScanKind::Email, text.toLower(), {}};
    const QString upper = text.toUpper();
    if (kOrderNo.match(text).hasMatch())
        return {ScanKind::OrderNo, upper, upper};
    if (kCustomerNo.match(text).hasMatch())
        return {ScanKind::CustomerNo, upper, {}};
    if (allDigits(text)) {
        if (Ean13::isLoyaltyCardNumber(text))
            return {ScanKind::LoyaltyCard, text, {}};
        if (Ean13::isValid(text) || Ean13::isValidEan8(text))
            return {ScanKind::Ean, text, {}};
    }
    if (SearchText::looksLikePhone(text) && (text.startsWith(u'+') || text.startsWith(u'0')) &&
        SearchText::phoneKey(text).size() >= 6)
        return {ScanKind::Phone, text, {}};
    if (isPickupCode(PickupCode::normalise(text)) && !text.contains(u' '))
        return {ScanKind::PickupCode, PickupCode::normalise(text), {}};
    if (kSku.match(text).hasMatch() && hasDigitAndLetter(text))
        return {ScanKind::Sku, upper, {}};
    return {ScanKind::Name, text, {}};
}
