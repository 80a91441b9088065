#pragma once

#include "Cart.h"
#include "CommandAnswer.h"
#include "CommandRunner.h"
#include "CommandSupport.h"

#include <string>

class RouteTable;

// POST /v1/carts/{id}/handoff {"target": "till" | "online"} with If-Match on the cart version.
// till: the cart gets a short code the till loads it by (GET /v1/handoffs/{code}, TillCartRoute); a
// cart that has one keeps it. online: the lines go into the customer's online cart (the latest of
// origin online, or a new one), quantities of the same SKU added up, all priced by the server; the
// handed-on cart is removed (a tombstone in the carts feed) and the online cart is the answer.
class CartHandoff {
public:
    static constexpr int kCodeLength = 8;
    // As for pickup codes: no I, O, 0 or 1, which people misread at the till.
    static constexpr QStringView kCodeAlphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static void install(RouteTable& routes, CommandRunner& runner);
    static bool isCommand(const std::string& method, const std::string& path);

private:
    static CommandAnswer handOff(const CommandRunner::Context& context, const QString& cartId,
                                 const CommandSupport::IfMatch& ifMatch, const std::string& body);
    static CommandAnswer toTill(const CommandRunner::Context& context, Cart cart);
    static CommandAnswer toOnlineAccount(const CommandRunner::Context& context, const Cart& cart);
    static Result<QString> newCode(const QSqlDatabase& db);
};
