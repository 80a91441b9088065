#include "PhoneNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString PhoneNumber::toE164(const QString& input, const QString& defaultCountryCode)
{
    static const QRegularExpression allowed(u"^\\+?[0-9 ()/.\\-]+$"_s);
    const QString trimmed = input.trimmed();
    if (!allowed.match(trimmed).hasMatch())
        return {};
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += c;
    }
    QString e164;
    if (trimmed.startsWith(u'+'))
        e164 = u'+' + digits;
    else if (digits.startsWith(u"00"_s))
        e164 = u'+' + digits.mid(2);
    else if (digits.startsWith(u'0'))
        e164 = u'+' + defaultCountryCode + digits.mid(1);
    else
        e164 = u'+' + defaultCountryCode + digits;
    // E.164 allows at most 15 digits; fewer than 7 is no reachable number.
    const qsizetype digitCount = e164.size() - 1;
    if (digitCount < 7 || digitCount > 15)
        return {};
    return e164;
}

QString PhoneNumber::display(const QString& e164)
{
    if (!e164.startsWith(u"+49"_s) || e164.size() < 7)
        return e164;
    return u"+49 "_s + e164.mid(3, 3) + u' ' + e164.mid(6);
}
