#pragma once

#include "Money.h"

#include <QDate>
#include <QList>

#include <optional>

// Whether a store takes back orders placed on a marketplace.
enum class MarketplaceInStore { Allowed, NeedsApproval, Refused };

// The retailer's return policy: the data the rules engine (ReturnPolicy) runs on.
struct ReturnPolicyConfig {
    // Statutory withdrawal period for distance sales (Widerrufsfrist, §355 BGB), from delivery.
    int withdrawalDays = 14;
    // The retailer's own return window, from delivery (or the sale, in store); no approval needed.
    int retailerWindowDays = 30;
    // Marketplace orders brought to a store; the API's approval rule is marketplace_order.
    MarketplaceInStore marketplaceInStore = MarketplaceInStore::NeedsApproval;
    // Goodwill (Kulanz) after the window, always with a manager: up to this many days beyond it;
    // no value = no limit; 0 = no goodwill at all.
    std::optional<int> goodwillDaysBeyondWindow;
    // Refunds above this amount need a manager (approval rule amount_limit); no value = no limit.
    std::optional<Money> approvalAboveAmount;
    // Goodwill after the window is refunded as a voucher only.
    bool goodwillAsVoucherOnly = false;
    // The store's public holidays: a withdrawal period ending on one runs to the next working day
    // (§193 BGB), as it does for Saturdays and Sundays.
    QList<QDate> publicHolidays;

    bool operator==(const ReturnPolicyConfig&) const = default;
};
