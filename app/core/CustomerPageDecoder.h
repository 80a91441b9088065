#pragma once

#include "Customer.h"
#include "FeedDocument.h"

#include <QList>

// The customers feed's fast path: Customers straight from a parsed page (FeedDocument), read and
// refused exactly as CustomerJson::fromJson reads a QJsonObject (the same lenient defaults, the same
// messages, the first bad customer fails the page), without a QJsonObject per customer.
namespace CustomerPageDecoder {
Result<QList<Customer>> decode(const FeedDocument& document);
} // namespace CustomerPageDecoder
