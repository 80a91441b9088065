#pragma once

#include "SqlTableFeed.h"

// The consents feed: every consent change of every customer (consent_events), oldest first. Rows go
// from SQL straight to JSON text with the keys in QJsonDocument's (sorted) order.
class ConsentEventFeed final : public SqlTableFeed {
public:
    static inline const QString kFeed = QStringLiteral("consents");

    ConsentEventFeed();
};
