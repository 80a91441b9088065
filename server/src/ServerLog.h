#pragma once

#include <QLoggingCategory>

// The server's log category. Log ids and counts only: never names, contact data, tokens or codes.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
