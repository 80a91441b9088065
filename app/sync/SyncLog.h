#pragma once

#include <QLoggingCategory>

// Log category of the sync library. Ids and counts only, never personal data.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
