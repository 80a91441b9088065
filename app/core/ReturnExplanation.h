#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

// One reason behind a return decision, for the screen and the receipt: a stable code, its
// parameters (QDate, Money, int, QString) and the text rendered in the current language. The
// catalogue of texts lives here so every code has one.
struct ReturnExplanation {
    QString code;   // e.g. "window.withdrawal"
    QString lineId; // the order line it is about; empty for the whole return
    QVariantMap params;
    QString text;

    // An explanation with its text rendered now (QCoreApplication::translate, context "ReturnPolicy").
    static ReturnExplanation make(const QString& code, const QString& lineId, const QVariantMap& params);
    // The text for a code in the current language (e.g. to print a receipt in another language);
    // empty for an unknown code.
    static QString render(const QString& code, const QVariantMap& params);
    // Every code the rules can produce, with the names of the parameters its text uses.
    static QStringList codes();
    static QStringList paramNames(const QString& code);

    // Money as shown in explanations: "59.95 €", digits and decimal point of the current locale.
    static QString formatMoney(const QVariant& money);
};
