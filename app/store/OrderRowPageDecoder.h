#pragma once

#include "FeedDocument.h"
#include "OrderRow.h"

#include <QList>

// The orders feed's fast path: OrderRows straight from a parsed page (FeedDocument), with
// OrderJson::fromJson's checks and messages (SpanFieldReader) but no Order in between. Lines, payment
// and totals go to the cache as the compact JSON of what the server sent (unknown members kept);
// a row with a number written as a fraction or exponent there ("1.0", "1e2") takes the QJsonObject
// path instead, so the cache holds whole numbers as before.
namespace OrderRowPageDecoder {
// Fails on the first bad item like RecordFeedApplier: "orders feed, item 3: order …: field …".
Result<QList<OrderRow>> decode(const FeedDocument& document, const QString& feed);
} // namespace OrderRowPageDecoder
