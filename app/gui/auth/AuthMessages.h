#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>

class Session;

// Sentences for sign-in, unlock and approval failures, in the words of the person at the counter.
class AuthMessages {
    Q_DECLARE_TR_FUNCTIONS(AuthMessages)

public:
    // lockedUntilUtc: the end of the lock when error is auth.locked (shown as local HH:MM).
    static QString describe(const Error& error, const QDateTime& lockedUntilUtc = {});
    static QString noStaffYet();
    static QString actionName(const QString& action); // audit actions for the audit view
};
