#pragma once

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

class CustomerService;
class RouteTable;

// /v1/test/* (only with --test-mode): lets client tests change server data between syncs.
// No bearer token needed: these routes exist only on a test server bound to loopback.
class TestAdminRoutes {
public:
    explicit TestAdminRoutes(CustomerService& customers);

    void install(RouteTable& routes);

private:
    void putCustomer(const httplib::Request& request, httplib::Response& response);
    void deleteCustomer(const httplib::Request& request, httplib::Response& response);

    CustomerService& m_customers;
};
