#include "ReturnRequest.h"

#include <array>
#include <utility>

namespace {

constexpr std::array kNonReturnableReasons{
    std::pair{NonReturnableReason::Hygiene, u"hygiene"},
    std::pair{NonReturnableReason::Personalised, u"personalised"},
    std::pair{NonReturnableReason::SealedMedia, u"sealed_media"},
    std::pair{NonReturnableReason::Perishable, u"perishable"},
    std::pair{NonReturnableReason::GiftCard, u"gift_card"},
    std::pair{NonReturnableReason::FinalSale, u"final_sale"},
};

constexpr std::array kConditions{
    std::pair{ItemCondition::Unopened, u"unopened"},
    std::pair{ItemCondition::AsNew, u"as_new"},
    std::pair{ItemCondition::Used, u"used"},
    std::pair{ItemCondition::Damaged, u"damaged"},
};

constexpr std::array kReasons{
    std::pair{ReturnReason::DoesNotFit, u"does_not_fit"},
    std::pair{ReturnReason::NotAsDescribed, u"not_as_described"},
    std::pair{ReturnReason::Defective, u"defective"},
    std::pair{ReturnReason::DamagedInTransit, u"damaged_in_transit"},
    std::pair{ReturnReason::WrongItem, u"wrong_item"},
    std::pair{ReturnReason::ChangedMind, u"changed_mind"},
    std::pair{ReturnReason::RefusedAtPickup, u"refused_at_pickup"},
    std::pair{ReturnReason::Other, u"other"},
};

constexpr std::array kRefundMethods{
    std::pair{RefundMethod::Original, u"original"},
    std::pair{RefundMethod::Voucher, u"voucher"},
};

constexpr std::array kDispositions{
    std::pair{ReturnDisposition::Restock, u"restock"},
    std::pair{ReturnDisposition::Inspect, u"inspect"},
    std::pair{ReturnDisposition::ReturnToSupplier, u"return_to_supplier"},
    std::pair{ReturnDisposition::WriteOff, u"write_off"},
};

template <typename Table, typename Enum> QString nameOf(const Table& table, Enum value) {
    for (const auto& [entry, name] : table) {
        if (entry == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Enum, typename Table>
std::optional<Enum> valueOf(const Table& table, const QString& name) {
    for (const auto& [entry, wire] : table) {
        if (name == QStringView(wire))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString nonReturnableReasonWireName(NonReturnableReason reason) {
    return nameOf(kNonReturnableReasons, reason);
}
std::optional<NonReturnableReason> nonReturnableReasonFromWireName(const QString& name) {
    return valueOf<NonReturnableReason>(kNonReturnableReasons, name);
}
QString itemConditionWireName(ItemCondition condition) {
    return nameOf(kConditions, condition);
}
std::optional<ItemCondition> itemConditionFromWireName(const QString& name) {
    return valueOf<ItemCondition>(kConditions, name);
}
QStringList returnReasonWireNames() {
    QStringList names;
    for (const auto& [reason, name] : kReasons)
        names << QString::fromUtf16(name);
    return names;
}
QString returnReasonWireName(ReturnReason reason) {
    return nameOf(kReasons, reason);
}
std::optional<ReturnReason> returnReasonFromWireName(const QString& name) {
    return valueOf<ReturnReason>(kReasons, name);
}
QString refundMethodWireName(RefundMethod method) {
    return nameOf(kRefundMethods, method);
}
std::optional<RefundMethod> refundMethodFromWireName(const QString& name) {
    return valueOf<RefundMethod>(kRefundMethods, name);
}
QString returnDispositionWireName(ReturnDisposition disposition) {
    return nameOf(kDispositions, disposition);
}
std::optional<ReturnDisposition> returnDispositionFromWireName(const QString& name) {
    return valueOf<ReturnDisposition>(kDispositions, name);
}
