#pragma once

#include "CommandAnswer.h"
#include "CommandRunner.h"
#include "Order.h"

#include <QJsonObject>

#include <optional>
#include <string>

class RouteTable;

// POST /v1/orders: an order placed at the counter (endless aisle), delivered home or collected in a
// chosen store. The server prices the lines (ProductPricing), numbers the order E-<year>-<7 digits>
// (channel store, state placed, payment pending_online or pending_till), takes the pieces off stock
// (the pickup store's with reserve, otherwise the ONLINE warehouse; 422 insufficient_stock), opens a
// pickup awaiting_stock at the pickup store with a fresh pickup code (only its hash is kept), and
// closes the cart the lines came from. One transaction: a refusal changes nothing.
class OrderCommands {
public:
    static void install(RouteTable& routes, CommandRunner& runner);
    static bool isCommand(const std::string& method, const std::string& path);

private:
    struct Request {
        QString customerId;
        QString cartId;
        QList<QPair<QString, int>> lines; // sku, quantity
        bool pickup = false;
        QString pickupStoreId;
        bool reserve = true;
        std::optional<QJsonObject> address; // delivery: given; otherwise the customer's
        bool payOnline = false;
    };

    static CommandAnswer create(const CommandRunner::Context& context, const std::string& body);
    static Result<Request> parse(const QJsonObject& body);
    static Status checkReferences(const CommandRunner::Context& context, Request& request);
    static Result<QString> nextOrderNo(const CommandRunner::Context& context);
    static Status insertOrder(const CommandRunner::Context& context, const Order& order,
                              const std::optional<QJsonObject>& address);
    static Status openPickup(const CommandRunner::Context& context, const Order& order,
                             const QString& storeId);
};
