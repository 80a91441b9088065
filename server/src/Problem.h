#pragma once

#include "Error.h"

#include <QString>

namespace httplib {
struct Response;
}

// Error answers as application/problem+json (RFC 9457) with a stable "code" clients switch on.
class Problem {
public:
    static void send(httplib::Response& response, int status, QStringView code, const QString& detail);
    // Uses error.code and error.httpStatus (500 when unset). Details of 5xx errors go to the log only,
    // the client gets a generic one.
    static void send(httplib::Response& response, const Error& error);

private:
    static QString titleFor(QStringView code, int status);
};
