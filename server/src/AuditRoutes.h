#pragma once

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

class AuthService;
class Clock;
class RouteTable;
class ServerDatabase;

// POST /v1/audit: a device hands over its local audit entries (sign-ins, approvals, erasures, …).
// Idempotent per entry (device + entry id), so no Idempotency-Key: a repeated upload stores nothing
// twice and answers how many entries were new. With --test-mode, GET /v1/test/audit reads them back.
class AuditRoutes {
public:
    AuditRoutes(AuthService& auth, ServerDatabase& database, const Clock& clock);

    void install(RouteTable& routes);
    void installTestRoutes(RouteTable& routes);

private:
    void upload(const httplib::Request& request, httplib::Response& response);
    void list(const httplib::Request& request, httplib::Response& response);

    AuthService& m_auth;
    ServerDatabase& m_database;
    const Clock& m_clock;
};
