#pragma once

#include "Result.h"

#include <QJsonObject>

#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// JSON in and out of httplib: strict request body parsing (UTF-8 checked first) and JSON answers,
// gzip-compressed when the client accepts it and the body is big enough to be worth it.
class HttpJson {
public:
    // 400 invalid_request unless body is valid UTF-8 holding one JSON object.
    static Result<QJsonObject> parseObject(const std::string& body);
    static void send(const httplib::Request& request, httplib::Response& response, int status,
                     const QJsonObject& object);
    // json is already serialised (feed pages are assembled from pre-serialised rows).
    static void sendText(const httplib::Request& request, httplib::Response& response, int status,
                         std::string json);
};
