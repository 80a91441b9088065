#pragma once

#include "Result.h"
#include "ReturnableOrder.h"

// Where the returns desk finds an order by its number: the cache first (works offline), the
// central API for orders beyond this store's cache. Errors: api.not_found when there is no such
// order, anything else as the source reports it.
class ReturnableOrderSource {
public:
    virtual ~ReturnableOrderSource() = default;
    virtual Result<ReturnableOrder> find(const QString& orderNo) = 0;
};
