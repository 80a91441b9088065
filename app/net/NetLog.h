#pragma once

#include <QLoggingCategory>

// Logging category of theke_net. Log methods, paths, statuses and timings only.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
