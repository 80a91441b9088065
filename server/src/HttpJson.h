#pragma once

#include "Result.h"

#include <QJsonObject>

#include <string>

namespace httplib {
struct Response;
}

// JSON in and out of httplib: strict request body parsing (UTF-8 checked first) and JSON answers.
class HttpJson {
public:
    // 400 invalid_request unless body is valid UTF-8 holding one JSON object.
    static Result<QJsonObject> parseObject(const std::string& body);
    static void send(httplib::Response& response, int status, const QJsonObject& object);
};
