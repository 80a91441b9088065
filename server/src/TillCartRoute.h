#pragma once

#include "Cart.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

class AuthService;
class Clock;
class RouteTable;
class ServerDatabase;

// GET /v1/handoffs/{code}: what the till loads a handed-on cart by (schema TillCart): the lines priced
// by the server now (promotion prices included), VAT per line and the totals with VAT per rate taken
// from the gross sum of that rate. 404 handoff_not_found; 409 conflict when an article of the cart is
// no longer sold (the till cannot charge it).
class TillCartRoute {
public:
    TillCartRoute(AuthService& auth, ServerDatabase& database, const Clock& clock);

    void install(RouteTable& routes);

    // The TillCart of cart priced at `at`; 409 conflict for a line without a product.
    static Result<QJsonObject> tillCart(const QSqlDatabase& db, const Cart& cart, const QDateTime& at);

private:
    void get(const httplib::Request& request, httplib::Response& response);

    AuthService& m_auth;
    ServerDatabase& m_database;
    const Clock& m_clock;
};
