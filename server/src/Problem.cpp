#include "Problem.h"

#include "ServerLog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <httplib.h>

using namespace Qt::StringLiterals;

QString Problem::titleFor(QStringView code, int status) {
    static const QList<std::pair<QString, QString>> kTitles{
        {u"enrollment_code_invalid"_s, u"Enrollment code invalid"_s},
        {u"unknown_feed"_s, u"Unknown feed"_s},
        {u"invalid_cursor"_s, u"Invalid cursor"_s},
        {u"invalid_parameter"_s, u"Invalid parameter"_s},
        {u"invalid_request"_s, u"Invalid request"_s},
        {u"invalid_value"_s, u"Invalid value"_s},
        {u"method_not_allowed"_s, u"Method not allowed"_s},
        {u"payload_too_large"_s, u"Payload too large"_s},
    };
    for (const auto& [known, title] : kTitles) {
        if (known == code)
            return title;
    }
    switch (status) {
    case 400:
        return u"Bad request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not found"_s;
    case 409:
        return u"Conflict"_s;
    case 413:
        return u"Payload too large"_s;
    case 422:
        return u"Unprocessable content"_s;
    case 503:
        return u"Service unavailable"_s;
    default:
        return status >= 500 ? u"Internal server error"_s : u"Request failed"_s;
    }
}

void Problem::send(httplib::Response& response, int status, QStringView code, const QString& detail) {
    const QJsonObject body{
        {u"type"_s, u"urn:theke:problem:"_s + code.toString()},
        {u"title"_s, titleFor(code, status)},
        {u"status"_s, status},
        {u"code"_s, code.toString()},
        {u"detail"_s, detail},
    };
    response.status = status;
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                         "application/problem+json");
}

void Problem::send(httplib::Response& response, const Error& error) {
    const int status = error.httpStatus > 0 ? error.httpStatus : 500;
    if (status >= 500) {
        qCWarning(lcServer) << "request failed:" << error.toString();
        send(response, status, u"internal_error", u"The server could not complete the request."_s);
        return;
    }
    send(response, status, error.code, error.detail);
}
