#pragma once

#include "Error.h"
#include "Pickup.h"
#include "PickupState.h"

#include <QCoreApplication>
#include <QStringList>

// The pickup desk's words: states, queue buckets, identity documents and the errors of PickupRules.
class PickupTexts {
    Q_DECLARE_TR_FUNCTIONS(PickupTexts)

public:
    static QString state(PickupState state);
    // Wire names of the identity documents the desk accepts (never their numbers), in list order.
    static QStringList documentTypes();
    static QString documentType(const QString& wireName);
    // "pickup code", "passport", "known customer": how a recipient was checked, for receipt and message.
    static QString identityCheck(const QString& method, const QString& documentType);
    static QString describe(const Error& error);
    // The notification history, newest first: "Notified: 29.11.2026 09:00 by SMS (reminder) · …", at most
    // `shown` entries and how many earlier ones there were; empty when none was sent.
    static QString notifications(const QList<PickupNotification>& sent, int shown = 3);
};
