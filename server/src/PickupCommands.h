#pragma once

#include "CommandAnswer.h"
#include "CommandRunner.h"
#include "CommandSupport.h"
#include "Pickup.h"

#include <QJsonObject>

#include <functional>
#include <string>

class RouteTable;

// The pickup desk's commands, each with If-Match on the pickup's version, decided by the shared
// PickupRules (and PickupCode for the code) so that the desk and the server agree:
// - POST /v1/pickups/{id}/ready {"shelf","unavailable"}: awaiting_stock|ready → ready; pieces the
//   store cannot provide are reported while preparing and recorded on the pickup's lines
// - POST /v1/pickups/{id}/notify {"channel","template"}: appends a notification
// - POST /v1/pickups/{id}/handover {"lines","refused_lines","recipient","identity_check","pickup_code"}
// - POST /v1/pickups/{id}/return-to-stock {"reason"}: the open goods go back into stock
// Each answers 200 with the pickup as the pickups feed serves it and its new version as ETag. Pickups
// of other stores than the device's are 404 pickup_not_found, as the device's feed does not have them.
class PickupCommands {
public:
    static void install(RouteTable& routes, CommandRunner& runner);
    static bool isCommand(const std::string& method, const std::string& path);

private:
    // Changes pickup (already loaded, version checked) or says why not; may write related rows.
    using Change = std::function<Status(const CommandRunner::Context&, const QJsonObject&, Pickup&)>;

    static CommandAnswer run(const CommandRunner::Context& context, const QString& pickupId,
                             const CommandSupport::IfMatch& ifMatch, const std::string& body,
                             const Change& change);

    static Status ready(const CommandRunner::Context& context, const QJsonObject& body, Pickup& pickup);
    static Status notify(const CommandRunner::Context& context, const QJsonObject& body, Pickup& pickup);
    static Status handover(const CommandRunner::Context& context, const QJsonObject& body, Pickup& pickup);
    static Status returnToStock(const CommandRunner::Context& context, const QJsonObject& body,
                                Pickup& pickup);
};
