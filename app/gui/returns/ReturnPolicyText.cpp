#include "ReturnPolicyText.h"

#include "Formatting.h"

using namespace Qt::StringLiterals;

namespace {

QString marketplace(MarketplaceInStore rule) {
    switch (rule) {
    case MarketplaceInStore::Allowed:
        return ReturnPolicyText::tr("Marketplace orders: taken back like web shop orders");
    case MarketplaceInStore::NeedsApproval:
        break;
    case MarketplaceInStore::Refused:
        return ReturnPolicyText::tr("Marketplace orders: not taken back in store");
    }
    return ReturnPolicyText::tr("Marketplace orders: only with a manager's approval");
}

QString goodwill(const ReturnPolicyConfig& config) {
    if (config.goodwillDaysBeyondWindow == 0)
        return ReturnPolicyText::tr("No goodwill returns after the window");
    QString text = config.goodwillDaysBeyondWindow
                       ? ReturnPolicyText::tr("Goodwill up to %n day(s) after the window, with a manager's "
                                              "approval",
                                              nullptr, *config.goodwillDaysBeyondWindow)
                       : ReturnPolicyText::tr("Goodwill after the window with a manager's approval");
    if (config.goodwillAsVoucherOnly)
        text += ReturnPolicyText::tr(", refunded as a voucher only");
    return text;
}

} // namespace

QStringList ReturnPolicyText::lines(const ReturnPolicyConfig& config) {
    QStringList lines{
        tr("Store return window: %n day(s) from delivery", nullptr, config.retailerWindowDays),
        tr("Online orders: statutory withdrawal period of %n day(s)", nullptr, config.withdrawalDays),
        marketplace(config.marketplaceInStore),
        goodwill(config),
    };
    if (config.approvalAboveAmount)
        lines << tr("Refunds above %1 need a manager's approval")
                     .arg(Formatting::money(*config.approvalAboveAmount));
    return lines;
}

QString ReturnPolicyText::summary(const ReturnPolicyConfig& config) {
    return tr("Return policy of this store (set by head office): %1.").arg(lines(config).join(u" · "_s));
}
