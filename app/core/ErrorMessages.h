#pragma once

#include "Error.h"

#include <QCoreApplication>

// The one place that turns stable error codes into sentences a store associate understands.
class ErrorMessages {
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    static QString describe(const Error& error);
};
