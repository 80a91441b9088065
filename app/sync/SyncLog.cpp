#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "theke.sync", QtInfoMsg)
