#include "NetLog.h"

Q_LOGGING_CATEGORY(lcNet, "theke.net")
