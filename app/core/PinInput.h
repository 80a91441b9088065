#pragma once

#include <QString>

#include <variant>

// The outcome of the slow half of a PIN check (PBKDF2), computed off the GUI thread for one person
// and one stored hash; a verdict for another person or an older hash never counts.
struct PinVerdict {
    QString staffId;
    QString descriptor; // the stored PIN hash the PIN was checked against
    bool matches = false;
};

// What a person typed, either still to be checked here (fine in tests and the CLI) or already
// checked in the background (the GUI, which must not stall for half a second).
class PinInput {
public:
    PinInput(const QString& pin)
        : m_input(pin) {}
    PinInput(PinVerdict verdict)
        : m_input(std::move(verdict)) {}

    bool matches(const QString& staffId, const QString& descriptor) const;

private:
    std::variant<QString, PinVerdict> m_input;
};
