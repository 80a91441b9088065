#pragma once

#include <httplib.h>

#include <regex>
#include <string>
#include <vector>

// Registers handlers on the httplib server and remembers which methods each path pattern takes, so a
// known path with the wrong method answers 405 with Allow instead of httplib's plain 404.
class RouteTable {
public:
    explicit RouteTable(httplib::Server& server);

    void get(const std::string& pattern, httplib::Server::Handler handler);
    void post(const std::string& pattern, httplib::Server::Handler handler);
    void put(const std::string& pattern, httplib::Server::Handler handler);
    void del(const std::string& pattern, httplib::Server::Handler handler);

    // Methods registered for patterns matching path, e.g. "GET, HEAD"; empty for unknown paths.
    std::string allowedMethods(const std::string& path) const;

private:
    void remember(const char* method, const std::string& pattern);

    httplib::Server& m_server;
    std::vector<std::pair<std::string, std::regex>> m_routes;
};
