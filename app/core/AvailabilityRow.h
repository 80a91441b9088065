#pragma once

#include "DeliveryEstimate.h"
#include "StockAge.h"

#include <QString>

#include <optional>

// One line of "where is it available": this store, another store or the online warehouse, with its
// figure, how old that is and, for the online warehouse, when a delivery would arrive.
struct AvailabilityRow {
    enum class Place { OwnStore, OtherStore, OnlineWarehouse };

    Place place = Place::OtherStore;
    QString location;            // store id, or StockLevel::kOnline
    QString storeName;           // from the stores cache; the id when the store is not cached; empty online
    std::optional<int> quantity; // nullopt: the cache has no figure for this location
    QDateTime updatedAt;         // UTC, invalid without a figure
    StockAge age;
    // Online warehouse with pieces in stock only: the delivery rule's estimate for an order now.
    std::optional<DeliveryEstimate> delivery;

    bool inStock() const { return quantity.value_or(0) > 0; }
    bool operator==(const AvailabilityRow&) const = default;
};
