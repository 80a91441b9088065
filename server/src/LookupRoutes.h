#pragma once

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

class AuthService;
class RouteTable;
class ServerDatabase;

// The online look-ups beyond a device's cache: GET /v1/customers?q= (CustomerSearchResult) and
// GET /v1/orders/{order_no} (any order of any channel, 404 order_not_found).
class LookupRoutes {
public:
    LookupRoutes(AuthService& auth, ServerDatabase& database);

    void install(RouteTable& routes);

private:
    void searchCustomers(const httplib::Request& request, httplib::Response& response);
    void getOrder(const httplib::Request& request, httplib::Response& response);

    AuthService& m_auth;
    ServerDatabase& m_database;
};
