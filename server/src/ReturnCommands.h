#pragma once

#include "CommandAnswer.h"
#include "CommandRunner.h"
#include "ReturnOrderLoader.h"
#include "ReturnRecord.h"

#include <QJsonObject>

#include <string>

class RouteTable;
struct ReturnDecision;

// POST /v1/returns: books a return at the device's store after the shared return rules
// (ReturnPolicy) said yes, with the approvals they ask for given by a manager of the store other than
// the requester. The check and the booking run in one write transaction, so two devices returning the
// last piece of a line at once cannot both succeed: the second sees the first's returned_quantity.
// Answers 201 with the Return as the returns feed serves it; the order's lines get the new
// returned_quantity (a new order version for the orders feed) and restocked goods go back on the
// store's stock.
class ReturnCommands {
public:
    static void install(RouteTable& routes, CommandRunner& runner);
    static bool isCommand(const std::string& method, const std::string& path);

private:
    struct Parsed {
        ReturnRecord record;   // id (maybe empty), order_no, lines, refund, approvals
        ReturnRequest request; // the same lines for the rules
    };

    static CommandAnswer create(const CommandRunner::Context& context, const std::string& body);
    static Result<Parsed> parse(const QJsonObject& body);
    // approval_invalid / approval_required, or nothing.
    static Status checkApprovals(const CommandRunner::Context& context, const QString& storeId,
                                 const ReturnDecision& decision, const QList<ReturnApproval>& approvals);
    static Status book(const CommandRunner::Context& context, const QString& storeId,
                       ReturnOrderLoader::Order& order, const ReturnRecord& record);
};
