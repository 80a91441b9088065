#pragma once

#include "SqlTableFeed.h"

#include <memory>

// The feeds of what customers did: orders (every channel), pickups (only the asking device's store),
// returns, carts and service contacts. Their nested parts are stored as JSON text and copied as they are.
namespace OrderFeeds {

std::unique_ptr<SyncFeed> orders();
std::unique_ptr<SyncFeed> pickups();
std::unique_ptr<SyncFeed> returns();
std::unique_ptr<SyncFeed> carts();
std::unique_ptr<SyncFeed> contacts();

// The columns orderJson() reads, seq last (for GET /v1/orders/{order_no} as well).
QString orderColumns();
std::string orderJson(const FeedColumns& columns);
// The same for pickups, returns and carts (the commands answer with the changed row as the feed has it).
QString pickupColumns();
std::string pickupJson(const FeedColumns& columns);
QString returnColumns();
std::string returnJson(const FeedColumns& columns);
QString cartColumns();
std::string cartJson(const FeedColumns& columns);

} // namespace OrderFeeds
