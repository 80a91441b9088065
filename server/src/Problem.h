#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QString>

#include <string>

namespace httplib {
struct Response;
}

// Error answers as application/problem+json (RFC 9457) with a stable "code" clients switch on.
class Problem {
public:
    static void send(httplib::Response& response, int status, QStringView code, const QString& detail);
    // The problem+json text; extra members (e.g. current_version) are added to the standard ones.
    static std::string text(int status, QStringView code, const QString& detail,
                            const QJsonObject& extra = {});
    // The code and detail a client gets for error: 5xx details stay in the log.
    static std::pair<QString, QString> publicCodeAndDetail(const Error& error);
    // Uses error.code and error.httpStatus (500 when unset). Details of 5xx errors go to the log only,
    // the client gets a generic one.
    static void send(httplib::Response& response, const Error& error);

private:
    static QString titleFor(QStringView code, int status);
};
