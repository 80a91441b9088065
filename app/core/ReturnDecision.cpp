#include "ReturnDecision.h"

#include <array>
#include <utility>

namespace {

constexpr std::array kRules{
    std::pair{ApprovalRule::Goodwill, u"goodwill"},
    std::pair{ApprovalRule::OutsideWindow, u"outside_window"},
    std::pair{ApprovalRule::NotReturnableArticle, u"not_returnable_article"},
    std::pair{ApprovalRule::MarketplaceOrder, u"marketplace_order"},
    std::pair{ApprovalRule::AmountLimit, u"amount_limit"},
    std::pair{ApprovalRule::NoReceipt, u"no_receipt"},
};

} // namespace

QString approvalRuleWireName(ApprovalRule rule) {
    for (const auto& [value, name] : kRules) {
        if (value == rule)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<ApprovalRule> approvalRuleFromWireName(const QString& name) {
    for (const auto& [value, wire] : kRules) {
        if (name == QStringView(wire))
            return value;
    }
    return std::nullopt;
}

bool ReturnDecision::hasRefusals() const {
    for (const ReturnLineDecision& l : lines) {
        if (l.verdict == LineVerdict::Refused)
            return true;
    }
    return false;
}

QStringList ReturnDecision::approvalRuleNames() const {
    QStringList names;
    for (ApprovalRule rule : approvals)
        names << approvalRuleWireName(rule);
    return names;
}

QStringList ReturnDecision::texts() const {
    QStringList result;
    for (const ReturnExplanation& e : explanations)
        result << e.text;
    return result;
}

const ReturnLineDecision* ReturnDecision::line(const QString& lineId) const {
    for (const ReturnLineDecision& l : lines) {
        if (l.lineId == lineId)
            return &l;
    }
    return nullptr;
}
