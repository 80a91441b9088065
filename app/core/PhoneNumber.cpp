#include "PhoneNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString PhoneNumber::toE164(const QString& input, const QString& defaultCountryCode) {
    static const QRegularExpression allowed(u"^\\+?[0-9 ()/.\\-]+$"_s);
    const QString trimmed = input.trimmed();
    if (!allowed.match(trimmed).hasMatch())
        return {};
    // "+49 (0)151 …": the bracketed trunk 0 is dialled only from within the country.
    static const QRegularExpression trunkZero(u"\\(\\s*0\\s*\\)"_s);
    const bool plus = trimmed.startsWith(u'+');
    QString e164;
    if (plus || trimmed.startsWith(u"00"_s)) {
        QString international = trimmed.mid(plus ? 1 : 2);
        international.remove(trunkZero);
        QString digits;
        for (const QChar c : std::as_const(international)) {
            if (c.isDigit())
                digits += c;
        }
        // "+49 0151 …" is a common way to write "+49 151 …"; German numbers never start with 0.
        if (digits.startsWith(u"490"_s))
            digits.remove(2, 1);
        e164 = u'+' + digits;
    } else {
        QString digits;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                digits += c;
        }
        // Without a trunk 0 the digits are taken as the national number ("151 12345678").
        e164 = u'+' + defaultCountryCode + (digits.startsWith(u'0') ? digits.mid(1) : digits);
    }
    // E.164 allows at most 15 digits; fewer than 7 is no reachable number.
    const qsizetype digitCount = e164.size() - 1;
    if (digitCount < 7 || digitCount > 15)
        return {};
    return e164;
}

namespace {

// Length of a German area code or mobile prefix at the start of a national number. German codes
// are 2 to 5 digits; this covers the big cities, mobiles and the 3-digit codes ending in 1
// exactly, and shows the rest as 4 digits, which is right for most other places.
int germanPrefixLength(QStringView national) {
    static const QStringList kTwoDigit{u"30"_s, u"40"_s, u"69"_s, u"89"_s};
    if (national.size() < 2)
        return int(national.size());
    if (kTwoDigit.contains(national.left(2)))
        return 2;
    const bool mobile =
        national.startsWith(u'1') && national.size() > 1 && national.at(1) >= u'5' && national.at(1) <= u'7';
    if (mobile || (national.size() > 2 && national.at(2) == u'1'))
        return 3;
    return 4;
}

} // namespace

QString PhoneNumber::display(const QString& e164) {
    if (!e164.startsWith(u"+49"_s) || e164.size() < 7)
        return e164;
    const QStringView national = QStringView(e164).mid(3);
    const int prefix = germanPrefixLength(national);
    return u"+49 "_s + national.left(prefix).toString() + u' ' + national.mid(prefix).toString();
}
