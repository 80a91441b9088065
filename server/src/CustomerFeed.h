#pragma once

#include "SqlTableFeed.h"

// The customers feed. Rows are written straight from SQL to JSON text, byte for byte what
// QJsonDocument(CustomerJson::toJson(customer)).toJson(Compact) gives (tst_serverapi checks this).
class CustomerFeed final : public SqlTableFeed {
public:
    CustomerFeed();

    // The customer the query stands on, selected with CustomerTable::columns() (also the search answer).
    static std::string rowJson(const FeedColumns& columns);
};
