#pragma once

#include "Error.h"

#include <QCoreApplication>

// The one place that turns stable error codes into sentences a store associate understands.
class ErrorMessages {
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    static QString describe(const Error& error);
    // The server's refusal of a command (a problem+json code such as "return_quantity_exceeded") in
    // the associate's words; empty for a code without its own text (then the server's detail is shown).
    static QString problem(const QString& code);
};
