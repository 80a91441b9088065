#pragma once

#include "Error.h"

#include <QJsonObject>

#include <string>
#include <utility>
#include <vector>

namespace httplib {
struct Response;
}

// The complete answer to a command, kept as data rather than written to the response straight away:
// the idempotency layer stores it with the command's effect and replays it on a retry.
struct CommandAnswer {
    int status = 200;
    std::string body;
    std::string contentType = "application/json";
    std::vector<std::pair<std::string, std::string>> headers; // e.g. ETag
    // A refusal whose writes are committed all the same (a wrong pickup code still counts); an
    // answer without it rolls back everything but itself unless it is a success.
    bool keepEffects = false;

    static CommandAnswer json(int status, std::string jsonText);
    static CommandAnswer problem(int status, QStringView code, const QString& detail,
                                 const QJsonObject& extra = {});
    // 5xx errors get a generic detail; the real one goes to the log.
    static CommandAnswer problem(const Error& error);

    bool isSuccess() const { return status >= 200 && status < 300; }
    // Status, headers and body (with a known length, so httplib neither chunks nor re-compresses it).
    void writeTo(httplib::Response& response) const;
};
