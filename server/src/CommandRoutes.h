#pragma once

#include "CommandAnswer.h"
#include "CommandRunner.h"

#include <string>

class RouteTable;

// The Store API's commands, each run through the CommandRunner (auth, Idempotency-Key, one transaction):
//   POST /v1/customers/{id}/notes                  {"text"}                 -> 201 Note
//   PUT  /v1/customers/{id}/consents/{purpose}     {"granted","source"}     -> 200 Customer + ETag
//        with If-Match: <customer version>
class CommandRoutes {
public:
    explicit CommandRoutes(CommandRunner& runner);

    void install(RouteTable& routes);
    // True for a request to one of the command routes (fault injection delays those inside the runner).
    static bool isCommand(const std::string& method, const std::string& path);

private:
    static CommandAnswer addNote(const CommandRunner::Context& context, const QString& customerId,
                                 const std::string& body);
    static CommandAnswer changeConsent(const CommandRunner::Context& context, const QString& customerId,
                                       const QString& purpose, const QString& ifMatch, bool hasIfMatch,
                                       const std::string& body);

    CommandRunner& m_runner;
};
