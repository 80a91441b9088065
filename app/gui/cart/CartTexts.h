#pragma once

#include "Error.h"

#include <QCoreApplication>

// The cart desk's words for what went wrong, in the associate's terms; the rest via ErrorMessages.
class CartTexts {
    Q_DECLARE_TR_FUNCTIONS(CartTexts)

public:
    // scanned: what was scanned or typed, named in the message.
    static QString describe(const Error& error, const QString& scanned = {});
    // The check digit of a 13- or 8-digit number is wrong (a misread barcode).
    static bool isMisreadBarcode(const QString& code);
};
