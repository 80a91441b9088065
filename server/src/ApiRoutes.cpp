#include "ApiRoutes.h"

#include "AuthService.h"
#include "BearerAuth.h"
#include "Clock.h"
#include "HttpJson.h"
#include "Problem.h"
#include "RouteTable.h"
#include "ServerLog.h"
#include "SyncFeedHandler.h"

#include <QJsonObject>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxDeviceNameLength = 100;
constexpr qsizetype kMaxCodeLength = 200;

QString param(const httplib::Request& request, const char* name) {
    return QString::fromStdString(request.get_param_value(name));
}

} // namespace

ApiRoutes::ApiRoutes(AuthService& auth, SyncFeedHandler& feeds, const Clock& clock)
    : m_auth(auth)
    , m_feeds(feeds)
    , m_clock(clock) {}

void ApiRoutes::install(RouteTable& routes) {
    routes.get("/v1/health",
               [this](const httplib::Request& req, httplib::Response& res) { health(req, res); });
    routes.post("/v1/devices/enroll",
                [this](const httplib::Request& req, httplib::Response& res) { enroll(req, res); });
    routes.get("/v1/sync-backlog",
               [this](const httplib::Request& req, httplib::Response& res) { syncBacklog(req, res); });
    routes.get(R"(/v1/sync/([^/]+))",
               [this](const httplib::Request& req, httplib::Response& res) { syncFeed(req, res); });
}

void ApiRoutes::health(const httplib::Request& request, httplib::Response& response) const {
    HttpJson::send(request, response, 200,
                   QJsonObject{{u"status"_s, u"ok"_s},
                               {u"version"_s, QStringLiteral(THEKE_SERVER_VERSION)},
                               {u"time"_s, m_clock.nowUtc().toString(Qt::ISODate)}});
}

void ApiRoutes::enroll(const httplib::Request& request, httplib::Response& response) {
    const Result<QJsonObject> body = HttpJson::parseObject(request.body);
    if (!body) {
        Problem::send(response, body.error());
        return;
    }
    const QJsonValue code = body->value(u"code");
    const QJsonValue deviceName = body->value(u"device_name");
    if (!code.isString() || code.toString().trimmed().isEmpty()) {
        Problem::send(response, 400, u"invalid_request",
                      u"The field 'code' is required and must be a string."_s);
        return;
    }
    if (!deviceName.isUndefined() && !deviceName.isString()) {
        Problem::send(response, 400, u"invalid_request", u"The field 'device_name' must be a string."_s);
        return;
    }
    if (deviceName.toString().size() > kMaxDeviceNameLength) {
        Problem::send(response, 422, u"invalid_value",
                      u"device_name must be at most %1 characters."_s.arg(kMaxDeviceNameLength));
        return;
    }
    if (code.toString().size() > kMaxCodeLength) {
        // Longer than any code we hand out: cannot be valid, and not worth hashing.
        Problem::send(response,
                      makeError(u"enrollment_code_invalid",
                                u"The enrollment code is unknown or has already been used."_s, 403));
        return;
    }
    const Result<AuthService::Enrollment> enrollment =
        m_auth.enroll(code.toString(), deviceName.toString().trimmed());
    if (!enrollment) {
        if (enrollment.error().code == u"enrollment_code_invalid")
            qCInfo(lcServer) << "enrollment refused: unknown or used code";
        Problem::send(response, enrollment.error());
        return;
    }
    const AuthService::Enrollment& e = enrollment.value();
    HttpJson::send(request, response, 201,
                   QJsonObject{{u"device_id"_s, e.deviceId},
                               {u"token"_s, e.token},
                               {u"store"_s, QJsonObject{{u"id"_s, e.store.id},
                                                        {u"name"_s, e.store.name},
                                                        {u"time_zone"_s, e.store.timeZone}}}});
}

void ApiRoutes::syncFeed(const httplib::Request& request, httplib::Response& response) {
    const std::optional<QString> device = BearerAuth::device(m_auth, request, response);
    if (!device)
        return;
    const QString feed = QString::fromStdString(request.matches[1].str());
    Result<std::string> page =
        m_feeds.page(feed, device.value(), param(request, "cursor"), param(request, "limit"));
    if (!page) {
        Problem::send(response, page.error());
        return;
    }
    HttpJson::sendText(request, response, 200, std::move(page).value());
}

void ApiRoutes::syncBacklog(const httplib::Request& request, httplib::Response& response) {
    const std::optional<QString> device = BearerAuth::device(m_auth, request, response);
    if (!device)
        return;
    // Every query parameter names a feed; its value is the device's cursor (empty: from the beginning).
    QList<QPair<QString, QString>> cursors;
    for (const auto& [name, value] : request.params)
        cursors.append({QString::fromStdString(name), QString::fromStdString(value)});
    const Result<QJsonObject> backlog =
        m_feeds.backlog(device.value(), cursors, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!backlog) {
        Problem::send(response, backlog.error());
        return;
    }
    HttpJson::send(request, response, 200, backlog.value());
}

void ApiRoutes::installErrorHandling(httplib::Server& server, const RouteTable& routes) {
    // httplib calls this for every answer with status >= 400, including our own problems: those already
    // have a body (or a content provider, as command answers do) and pass through untouched.
    const httplib::Server::HandlerWithResponse handler = [&routes](const httplib::Request& request,
                                                                   httplib::Response& response) {
        if (!response.body.empty() || response.content_provider_)
            return httplib::Server::HandlerResponse::Unhandled;
        switch (response.status) {
        case 404: {
            const std::string allowed = routes.allowedMethods(request.path);
            if (!allowed.empty()) {
                response.set_header("Allow", allowed);
                Problem::send(response, 405, u"method_not_allowed",
                              u"This resource does not support the method."_s);
            } else {
                Problem::send(response, 404, u"not_found", u"There is no resource at this path."_s);
            }
            break;
        }
        case 413:
            Problem::send(response, 413, u"payload_too_large", u"The request body is too large."_s);
            break;
        case 414:
            Problem::send(response, 414, u"uri_too_long", u"The request URI is too long."_s);
            break;
        default:
            if (response.status >= 500)
                Problem::send(response, response.status, u"internal_error",
                              u"The server could not complete the request."_s);
            else
                Problem::send(response, response.status, u"invalid_request", u"The request is malformed."_s);
            break;
        }
        return httplib::Server::HandlerResponse::Handled;
    };
    server.set_error_handler(handler);
    // Nothing should throw, but a bad_alloc must not take a worker thread (and the process) down.
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
            qCCritical(lcServer) << "unhandled exception in a request handler";
            Problem::send(response, 500, u"internal_error", u"The server could not complete the request."_s);
        });
}
