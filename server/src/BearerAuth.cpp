#include "BearerAuth.h"

#include "AuthService.h"
#include "Problem.h"

#include <httplib.h>

namespace BearerAuth {

std::optional<QString> device(AuthService& auth, const httplib::Request& request,
                              httplib::Response& response) {
    Result<QString> device =
        auth.authenticate(QString::fromStdString(request.get_header_value("Authorization")));
    if (!device) {
        response.set_header("WWW-Authenticate", "Bearer");
        Problem::send(response, device.error());
        return std::nullopt;
    }
    return std::move(device).value();
}

} // namespace BearerAuth
