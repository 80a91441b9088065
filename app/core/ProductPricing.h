#pragma once

#include "Money.h"
#include "Product.h"

#include <QDateTime>

// The one rule for what an article costs at a moment: its promotion price while the promotion runs
// (until ends_at, exclusive), otherwise its regular price. The counter's cart, theke-server's cart
// pricing and its orders all go through here, so the device and the server never disagree.
namespace ProductPricing {

// Whether product's promotion sets the price at `at`. A promotion in another currency than the
// regular price never applies.
bool promotionRuns(const Product& product, const QDateTime& at);

Money effectiveUnitPrice(const Product& product, const QDateTime& at);

} // namespace ProductPricing
