#pragma once

#include "SqlTableFeed.h"

// The staff feed: the people of the asking device's store, with the PIN hash for offline sign-in.
// Rows go from SQL straight to JSON text with the keys in QJsonDocument's (sorted) order.
class StaffFeed final : public SqlTableFeed {
public:
    static inline const QString kFeed = QStringLiteral("staff");

    StaffFeed();
};
