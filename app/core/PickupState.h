#pragma once

#include <QString>

#include <optional>

// Where a Click & Collect order stands at its pickup store (DESIGN.md §5). The wire names are the
// API's PickupState enum.
enum class PickupState {
    AwaitingStock,
    Ready,
    HandedOver,
    PartlyHandedOver,
    ReturnedToStock,
    Cancelled,
};

QString pickupStateWireName(PickupState state);
std::optional<PickupState> pickupStateFromWireName(const QString& name);
