#include "ReturnTexts.h"

QString ReturnTexts::reason(ReturnReason reason) {
    switch (reason) {
    case ReturnReason::DoesNotFit:
        return tr("Does not fit");
    case ReturnReason::NotAsDescribed:
        return tr("Not as described");
    case ReturnReason::Defective:
        return tr("Defective");
    case ReturnReason::DamagedInTransit:
        return tr("Damaged in transit");
    case ReturnReason::WrongItem:
        return tr("Wrong item sent");
    case ReturnReason::ChangedMind:
        return tr("No longer wanted");
    case ReturnReason::RefusedAtPickup:
        return tr("Refused at pickup");
    case ReturnReason::Other:
        break;
    }
    return tr("Other reason");
}

QString ReturnTexts::reason(ReturnReason reason, const QString& text) {
    if (reason != ReturnReason::Other || text.trimmed().isEmpty())
        return ReturnTexts::reason(reason);
    return tr("Other reason: %1").arg(text.trimmed());
}

QString ReturnTexts::condition(ItemCondition condition) {
    switch (condition) {
    case ItemCondition::Unopened:
        return tr("Unopened");
    case ItemCondition::AsNew:
        return tr("As new");
    case ItemCondition::Used:
        return tr("Used");
    case ItemCondition::Damaged:
        break;
    }
    return tr("Damaged");
}

QString ReturnTexts::disposition(ReturnDisposition disposition) {
    switch (disposition) {
    case ReturnDisposition::Restock:
        return tr("Restock here");
    case ReturnDisposition::Inspect:
        return tr("Send to central warehouse");
    case ReturnDisposition::ReturnToSupplier:
        return tr("Return to vendor");
    case ReturnDisposition::WriteOff:
        break;
    }
    return tr("Write off");
}

QString ReturnTexts::refundMethod(RefundMethod method) {
    return method == RefundMethod::Voucher ? tr("Voucher") : tr("Original payment method");
}

QString ReturnTexts::approvalRule(ApprovalRule rule) {
    switch (rule) {
    case ApprovalRule::Goodwill:
        return tr("goodwill");
    case ApprovalRule::OutsideWindow:
        return tr("after the return window");
    case ApprovalRule::NotReturnableArticle:
        return tr("article not returnable");
    case ApprovalRule::MarketplaceOrder:
        return tr("marketplace order");
    case ApprovalRule::AmountLimit:
        return tr("refund above the limit");
    case ApprovalRule::NoReceipt:
        break;
    }
    return tr("no receipt");
}

QString ReturnTexts::paymentMethod(const QString& method) {
    if (method == u"card")
        return tr("card");
    if (method == u"paypal")
        return tr("PayPal");
    if (method == u"klarna")
        return tr("Klarna");
    if (method == u"invoice")
        return tr("invoice");
    if (method == u"direct_debit")
        return tr("direct debit");
    if (method == u"gift_card")
        return tr("gift card");
    if (method == u"voucher")
        return tr("voucher");
    if (method == u"cash")
        return tr("cash");
    if (method == u"marketplace")
        return tr("via the marketplace");
    if (method == u"pending_online")
        return tr("not paid yet (online)");
    if (method == u"pending_till")
        return tr("not paid yet (at the till)");
    return method;
}
