#include "RouteTable.h"

RouteTable::RouteTable(httplib::Server& server)
    : m_server(server) {}

void RouteTable::remember(const char* method, const std::string& pattern) {
    m_routes.emplace_back(method, std::regex(pattern));
}

void RouteTable::get(const std::string& pattern, httplib::Server::Handler handler) {
    remember("GET", pattern);
    remember("HEAD", pattern);
    m_server.Get(pattern, std::move(handler));
}

void RouteTable::post(const std::string& pattern, httplib::Server::Handler handler) {
    remember("POST", pattern);
    m_server.Post(pattern, std::move(handler));
}

void RouteTable::put(const std::string& pattern, httplib::Server::Handler handler) {
    remember("PUT", pattern);
    m_server.Put(pattern, std::move(handler));
}

void RouteTable::del(const std::string& pattern, httplib::Server::Handler handler) {
    remember("DELETE", pattern);
    m_server.Delete(pattern, std::move(handler));
}

std::string RouteTable::allowedMethods(const std::string& path) const {
    std::string allowed;
    for (const auto& [method, regex] : m_routes) {
        if (std::regex_match(path, regex) && allowed.find(method) == std::string::npos)
            allowed += (allowed.empty() ? "" : ", ") + method;
    }
    return allowed;
}
