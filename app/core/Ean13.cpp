#include "Ean13.h"

int Ean13::checkDigit(QStringView first12) {
    if (first12.size() != 12)
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i) {
        const QChar c = first12.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        sum += (c.unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10;
}

bool Ean13::isValid(QStringView code) {
    if (code.size() != 13)
        return false;
    const int check = checkDigit(code.first(12));
    return check >= 0 && code.at(12).unicode() == u'0' + check;
}

bool Ean13::isValidEan8(QStringView code) {
    if (code.size() != 8)
        return false;
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const QChar c = code.at(i);
        if (c < u'0' || c > u'9')
            return false;
        if (i < 7)
            sum += (c.unicode() - u'0') * (i % 2 == 0 ? 3 : 1);
    }
    return code.at(7).unicode() == u'0' + (10 - sum % 10) % 10;
}
