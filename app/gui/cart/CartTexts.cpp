#include "CartTexts.h"

#include "Ean13.h"
#include "ErrorMessages.h"
#include "OutboxEntry.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool CartTexts::isMisreadBarcode(const QString& code) {
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (!digits.match(code).hasMatch())
        return false;
    if (code.size() == 13)
        return !Ean13::isValid(code);
    if (code.size() == 8)
        return !Ean13::isValidEan8(code);
    return false;
}

QString CartTexts::describe(const Error& error, const QString& scanned) {
    const QString& c = error.code;
    if (c == OutboxError::kProductUnknown)
        return tr("No article with the EAN or article no. “%1” on this device. Check the number; new "
                  "articles arrive with the next synchronisation. The cart is unchanged.")
            .arg(scanned);
    if (c == OutboxError::kCartConflict)
        return tr("The customer changed this cart online in the meantime. Compare the versions first, "
                  "then go on changing it.");
    if (c == OutboxError::kQuantityInvalid)
        return tr("A line holds 1 to 999 pieces.");
    if (c == OutboxError::kCartUnknown)
        return tr("This cart is no longer on this device. Please synchronise.");
    if (c == OutboxError::kCartLineUnknown)
        return tr("This line is no longer in the cart.");
    if (c == OutboxError::kCustomerUnknown)
        return tr("The customer is no longer on this device.");
    if (c == OutboxError::kCartServerVersionMissing)
        return tr("The customer's version has not arrived yet. Synchronise, then compare.");
    if (c == OutboxError::kCartNoConflict)
        return tr("There is nothing left to decide for this cart.");
    return ErrorMessages::describe(error);
}
