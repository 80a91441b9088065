#include "PickupState.h"

#include <array>
#include <utility>

namespace {

constexpr std::array kNames{
    std::pair{PickupState::AwaitingStock, u"awaiting_stock"},
    std::pair{PickupState::Ready, u"ready"},
    std::pair{PickupState::HandedOver, u"handed_over"},
    std::pair{PickupState::PartlyHandedOver, u"partly_handed_over"},
    std::pair{PickupState::ReturnedToStock, u"returned_to_stock"},
    std::pair{PickupState::Cancelled, u"cancelled"},
};

} // namespace

QString pickupStateWireName(PickupState state) {
    for (const auto& [value, name] : kNames) {
        if (value == state)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<PickupState> pickupStateFromWireName(const QString& name) {
    for (const auto& [value, wire] : kNames) {
        if (name == QStringView(wire))
            return value;
    }
    return std::nullopt;
}
