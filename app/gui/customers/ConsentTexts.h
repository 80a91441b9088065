#pragma once

#include "ConsentEvent.h"
#include "ConsentGate.h"

#include <QCoreApplication>

// The words for consents at the counter: what each purpose is, where it stands, and why a contact
// action is not possible.
class ConsentTexts {
    Q_DECLARE_TR_FUNCTIONS(ConsentTexts)

public:
    static QString purposeName(const QString& purpose);
    // "Granted on 02.11.2024 (web shop)", "Withdrawn on 14.03.2025 (store)", "Never granted".
    static QString state(const ConsentGate::Permission& permission);
    // Why the contact action for purpose is off; empty when it is allowed.
    static QString blockedReason(const QString& purpose, const ConsentGate::Permission& permission);

    // One line of a consent's history: "granted 12.03.2024 · web shop", "withdrawn 02.10.2025 · Theke Köln
    // Schildergasse", with "(not yet sent)" for a change still waiting here.
    static QString historyLine(const ConsentEvent& event);

private:
    static QString when(const ConsentGate::Permission& permission);
};
