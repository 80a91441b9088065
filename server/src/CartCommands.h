#pragma once

#include "CommandAnswer.h"
#include "CommandRunner.h"
#include "CommandSupport.h"

#include <string>

class RouteTable;

// PUT /v1/carts/{id}: stores a whole cart. A new id creates it (201, no If-Match needed); an existing
// cart is replaced only with If-Match on its version (200; 428 without, 412 when stale). The server
// prices every line (ProductPricing: promotion prices while they run), whatever the device sent. The
// handoff code stays as it is: null until CartHandoff gives one; the device cannot set it. Customers
// and SKUs must exist; the cart belongs to the store in store_id, or the device's store.
class CartCommands {
public:
    static void install(RouteTable& routes, CommandRunner& runner);
    static bool isCommand(const std::string& method, const std::string& path);

private:
    static CommandAnswer put(const CommandRunner::Context& context, const QString& cartId,
                             const CommandSupport::IfMatch& ifMatch, const std::string& body);
};
