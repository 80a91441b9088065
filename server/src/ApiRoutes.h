#pragma once

namespace httplib {
struct Request;
struct Response;
class Server;
} // namespace httplib

class AuthService;
class Clock;
class RouteTable;
class SyncFeedHandler;

// The Store API's public endpoints (health, enrollment, sync feeds) and the problem+json answers for
// everything httplib rejects on its own (unknown path, wrong method, oversized or broken requests).
class ApiRoutes {
public:
    ApiRoutes(AuthService& auth, SyncFeedHandler& feeds, const Clock& clock);

    void install(RouteTable& routes);
    static void installErrorHandling(httplib::Server& server, const RouteTable& routes);

private:
    void health(const httplib::Request& request, httplib::Response& response) const;
    void enroll(const httplib::Request& request, httplib::Response& response);
    void syncFeed(const httplib::Request& request, httplib::Response& response);
    void syncBacklog(const httplib::Request& request, httplib::Response& response);

    AuthService& m_auth;
    SyncFeedHandler& m_feeds;
    const Clock& m_clock;
};
