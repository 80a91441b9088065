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
std::string orderJson(const QSqlQuery& query);
// The same for pickups, returns and carts (the commands answer with the changed row as the feed has it).
QString pickupColumns();
std::string pickupJson(const QSqlQuery& query);
QString returnColumns();
std::string returnJson(const QSqlQuery& query);
QString cartColumns();
std::string cartJson(const QSqlQuery& query);

} // namespace OrderFeeds
