#pragma once

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

class AuthService;
class CommandRunner;
class CustomerService;
class FaultInjector;
class RouteTable;
class ServerDatabase;
class ShiftableClock;

// /v1/test/* (only with --test-mode): lets client tests change server data between syncs (customers,
// deletions in the retail feeds, enrollment codes for any store), read counters that prove exactly-once
// effects and the demo pickup codes, cancel an order as the web shop would, switch injected faults and
// move the server's clock forward (POST /v1/test/clock {"advance_seconds": N}).
// No bearer token needed: these routes exist only on a test server bound to loopback.
class TestAdminRoutes {
public:
    TestAdminRoutes(CustomerService& customers, ServerDatabase& database, const CommandRunner& commands,
                    FaultInjector& faults, AuthService& auth, ShiftableClock& clock);

    void install(RouteTable& routes);

private:
    void putCustomer(const httplib::Request& request, httplib::Response& response);
    void deleteCustomer(const httplib::Request& request, httplib::Response& response);
    void stats(const httplib::Request& request, httplib::Response& response);
    void addEnrollmentCode(const httplib::Request& request, httplib::Response& response);
    void deleteFeedRow(const httplib::Request& request, httplib::Response& response);
    void pickupCode(const httplib::Request& request, httplib::Response& response);
    void cancelOrder(const httplib::Request& request, httplib::Response& response);
    void setFaults(const httplib::Request& request, httplib::Response& response);
    void shiftClock(const httplib::Request& request, httplib::Response& response);

    CustomerService& m_customers;
    ServerDatabase& m_database;
    const CommandRunner& m_commands;
    FaultInjector& m_faults;
    AuthService& m_auth;
    ShiftableClock& m_clock;
};
