#include "CommandRoutes.h"

#include "CartCommands.h"
#include "CartHandoff.h"
#include "ConsentService.h"
#include "ConsentText.h"
#include "CustomerJson.h"
#include "HttpJson.h"
#include "NoteFeed.h"
#include "NoteService.h"
#include "OrderCommands.h"
#include "PickupCommands.h"
#include "ReturnCommands.h"
#include "RouteTable.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <httplib.h>

#include <regex>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxIdLength = 100;
const std::string kNotesPattern = R"(/v1/customers/([^/]+)/notes)";
const std::string kConsentPattern = R"(/v1/customers/([^/]+)/consents/([^/]+))";

CommandAnswer customerNotFound() {
    return CommandAnswer::problem(404, u"customer_not_found", u"There is no customer with this id."_s);
}

CommandAnswer invalidRequest(const QString& detail) {
    return CommandAnswer::problem(400, u"invalid_request", detail);
}

// If-Match as clients send it: "3", 3 or W/"3" (the version is the customer's ETag).
std::optional<qint64> parseIfMatch(const QString& value) {
    static const QRegularExpression kVersion(u"^\\s*(?:W/)?(\"?)(\\d{1,18})\\1\\s*$"_s);
    const QRegularExpressionMatch match = kVersion.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(2).toLongLong();
}

} // namespace

CommandRoutes::CommandRoutes(CommandRunner& runner)
    : m_runner(runner) {}

bool CommandRoutes::isCommand(const std::string& method, const std::string& path) {
    static const std::regex kNotes(kNotesPattern);
    static const std::regex kConsent(kConsentPattern);
    return (method == "POST" && std::regex_match(path, kNotes)) ||
           (method == "PUT" && std::regex_match(path, kConsent)) || PickupCommands::isCommand(method, path) ||
           ReturnCommands::isCommand(method, path) || CartCommands::isCommand(method, path) ||
           CartHandoff::isCommand(method, path) || OrderCommands::isCommand(method, path);
}

void CommandRoutes::install(RouteTable& routes) {
    routes.post(kNotesPattern, [this](const httplib::Request& request, httplib::Response& response) {
        const QString customerId = QString::fromStdString(request.matches[1].str());
        m_runner.run(request, response, [&](const CommandRunner::Context& context) {
            return addNote(context, customerId, request.body);
        });
    });
    routes.put(kConsentPattern, [this](const httplib::Request& request, httplib::Response& response) {
        const QString customerId = QString::fromStdString(request.matches[1].str());
        const QString purpose = QString::fromStdString(request.matches[2].str());
        const QString ifMatch = QString::fromStdString(request.get_header_value("If-Match"));
        const bool hasIfMatch = request.has_header("If-Match");
        m_runner.run(request, response, [&](const CommandRunner::Context& context) {
            return changeConsent(context, customerId, purpose, ifMatch, hasIfMatch, request.body);
        });
    });
    PickupCommands::install(routes, m_runner);
    ReturnCommands::install(routes, m_runner);
    CartCommands::install(routes, m_runner);
    CartHandoff::install(routes, m_runner);
    OrderCommands::install(routes, m_runner);
}

CommandAnswer CommandRoutes::addNote(const CommandRunner::Context& context, const QString& customerId,
                                     const std::string& body) {
    const Result<QJsonObject> object = HttpJson::parseObject(body);
    if (!object)
        return CommandAnswer::problem(object.error());
    const QJsonValue text = object->value(u"text");
    if (!text.isString())
        return invalidRequest(u"The field 'text' is required and must be a string."_s);
    if (customerId.size() > kMaxIdLength)
        return customerNotFound();
    const Result<NoteRecord> note =
        NoteService(context.db)
            .add(customerId, text.toString(), context.staffId, context.deviceId, context.now);
    if (!note)
        return CommandAnswer::problem(note.error());
    return CommandAnswer::json(201, NoteFeed::toJson(note.value()));
}

CommandAnswer CommandRoutes::changeConsent(const CommandRunner::Context& context, const QString& customerId,
                                           const QString& purpose, const QString& ifMatch, bool hasIfMatch,
                                           const std::string& body) {
    if (!hasIfMatch)
        return CommandAnswer::problem(428, u"precondition_required",
                                      u"Send If-Match with the customer version this change is based on."_s);
    const std::optional<qint64> expectedVersion = parseIfMatch(ifMatch);
    if (!expectedVersion)
        return invalidRequest(u"If-Match must be a customer version, e.g. \"3\"."_s);
    if (!ConsentText::isKnownPurpose(purpose))
        return CommandAnswer::problem(
            422, u"invalid_value",
            u"The purpose must be one of %1."_s.arg(ConsentJson::purposes().join(u", ")));
    const Result<QJsonObject> object = HttpJson::parseObject(body);
    if (!object)
        return CommandAnswer::problem(object.error());
    const QJsonValue granted = object->value(u"granted");
    const QJsonValue source = object->value(u"source");
    if (!granted.isBool())
        return invalidRequest(u"The field 'granted' is required and must be true or false."_s);
    if (!source.isString())
        return invalidRequest(u"The field 'source' is required and must be a string."_s);
    if (!ConsentText::isValidSource(source.toString()))
        return CommandAnswer::problem(422, u"invalid_value",
                                      u"source must be webshop, app, store, phone or marketplace:<name>."_s);
    if (customerId.size() > kMaxIdLength)
        return customerNotFound();

    ConsentService::Change change;
    change.customerId = customerId;
    change.expectedVersion = *expectedVersion;
    change.consent.purpose = purpose;
    change.consent.granted = granted.toBool();
    change.consent.source = source.toString();
    change.staffId = context.staffId;
    change.deviceId = context.deviceId;
    const Result<ConsentService::Outcome> outcome = ConsentService(context.db).apply(change, context.now);
    if (!outcome)
        return CommandAnswer::problem(outcome.error());
    const Customer& customer = outcome->customer;
    switch (outcome->kind) {
    case ConsentService::Outcome::Kind::NotFound:
        return customerNotFound();
    case ConsentService::Outcome::Kind::Stale:
        return CommandAnswer::problem(
            412, u"version_mismatch",
            u"The customer has changed since version %1; it is now at version %2."_s.arg(*expectedVersion)
                .arg(customer.version),
            QJsonObject{{u"current_version"_s, customer.version}});
    case ConsentService::Outcome::Kind::Changed:
        break;
    }
    CommandAnswer answer = CommandAnswer::json(
        200, QJsonDocument(CustomerJson::toJson(customer)).toJson(QJsonDocument::Compact).toStdString());
    answer.headers.emplace_back("ETag", "\"" + std::to_string(customer.version) + "\"");
    return answer;
}
