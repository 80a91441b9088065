#pragma once

#include <QString>

#include <optional>

class AuthService;

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// The device routes' bearer token check.
namespace BearerAuth {

// The id of the device whose token the Authorization header carries. Without a valid one the 401
// problem (with WWW-Authenticate: Bearer) is already sent and the result is empty.
std::optional<QString> device(AuthService& auth, const httplib::Request& request,
                              httplib::Response& response);

} // namespace BearerAuth
