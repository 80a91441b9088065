#include "PickupCommands.h"

#include "ChangeLog.h"
#include "HttpJson.h"
#include "JsonFieldReader.h"
#include "OrderFeeds.h"
#include "PickupCode.h"
#include "PickupCodeAttempts.h"
#include "PickupRules.h"
#include "PickupTable.h"
#include "RouteTable.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "StockLedger.h"

#include <QSqlError>
#include <QSqlQuery>

#include <httplib.h>

#include <regex>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxIdLength = 100;
constexpr int kCollectDays = 10; // a ready pickup waits this long, as the demo pickups do
const std::string kPattern = R"(/v1/pickups/([^/]+)/(ready|notify|handover|return-to-stock))";

Error pickupNotFound() {
    return makeError(u"pickup_not_found", u"There is no pickup with this id at this store."_s, 404);
}

// A reader error as a Status the command turns into 400/422 (see CommandSupport::requestProblem).
Error readerError(const JsonFieldReader& reader) {
    Error error = reader.error();
    error.code = u"request_body"_s;
    return error;
}

QList<PickupLineQuantity> quantities(const QList<PickupLine>& lines) {
    QList<PickupLineQuantity> result;
    for (const PickupLine& line : lines)
        result.append({line.lineId, line.quantity});
    return result;
}

} // namespace

bool PickupCommands::isCommand(const std::string& method, const std::string& path) {
    static const std::regex kCommand(kPattern);
    return method == "POST" && std::regex_match(path, kCommand);
}

void PickupCommands::install(RouteTable& routes, CommandRunner& runner) {
    routes.post(kPattern, [&runner](const httplib::Request& request, httplib::Response& response) {
        const QString pickupId = QString::fromStdString(request.matches[1].str());
        const std::string action = request.matches[2].str();
        const CommandSupport::IfMatch ifMatch{request.has_header("If-Match"),
                                              QString::fromStdString(request.get_header_value("If-Match"))};
        const Change change = action == "ready"      ? Change(&PickupCommands::ready)
                              : action == "notify"   ? Change(&PickupCommands::notify)
                              : action == "handover" ? Change(&PickupCommands::handover)
                                                     : Change(&PickupCommands::returnToStock);
        runner.run(request, response, [&](const CommandRunner::Context& context) {
            return run(context, pickupId, ifMatch, request.body, change);
        });
    });
}

CommandAnswer PickupCommands::run(const CommandRunner::Context& context, const QString& pickupId,
                                  const CommandSupport::IfMatch& ifMatch, const std::string& body,
                                  const Change& change) {
    const Result<QJsonObject> object = HttpJson::parseObject(body);
    if (!object)
        return CommandAnswer::problem(object.error());
    const Result<qint64> expected = CommandSupport::requireVersion(ifMatch, u"pickup");
    if (!expected)
        return CommandAnswer::problem(expected.error());
    if (pickupId.size() > kMaxIdLength)
        return CommandAnswer::problem(pickupNotFound());
    const Result<QString> store = CommandSupport::deviceStore(context.db, context.deviceId);
    if (!store)
        return CommandAnswer::problem(store.error());
    PickupTable table(context.db);
    const Result<std::optional<Pickup>> found = table.find(pickupId);
    if (!found)
        return CommandAnswer::problem(found.error());
    if (!found.value() || found.value()->storeId != store.value())
        return CommandAnswer::problem(pickupNotFound());
    Pickup pickup = *found.value();
    if (const Status open = PickupRules::checkNotCancelled(pickup.state); !open)
        return CommandAnswer::problem(open.error());
    if (pickup.version != expected.value())
        return CommandSupport::versionMismatch(u"pickup", expected.value(), pickup.version);

    if (const Status changed = change(context, object.value(), pickup); !changed) {
        if (changed.error().code == u"request_body")
            return CommandSupport::requestProblem(changed.error());
        if (changed.error().code == u"pickup_code_invalid" || changed.error().code == u"pickup_code_blocked")
            return PickupCodeAttempts(context.db).answerAfterRefusal(pickup.id, context.now);
        return CommandAnswer::problem(changed.error());
    }
    pickup.version += 1;
    pickup.updatedAt = context.now;
    const Result<qint64> seq = ChangeLog(context.db).next();
    if (!seq)
        return CommandAnswer::problem(seq.error());
    if (const Status written = table.update(pickup, seq.value()); !written)
        return CommandAnswer::problem(written.error());
    const Result<std::optional<std::string>> row = CommandSupport::feedRow(
        context.db, u"pickups"_s, OrderFeeds::pickupColumns(), &OrderFeeds::pickupJson, pickup.id);
    if (!row || !row.value())
        return CommandAnswer::problem(row ? pickupNotFound() : row.error());
    return CommandSupport::rowAnswer(200, std::move(*row.value()), pickup.version);
}

Status PickupCommands::ready(const CommandRunner::Context& context, const QJsonObject& body, Pickup& pickup) {
    JsonFieldReader reader(body, u"request"_s);
    const QString shelf = reader.string(u"shelf");
    QList<UnavailablePieces> unavailable;
    if (!reader.isNullOrAbsent(u"unavailable")) {
        reader.forEachObject(u"unavailable", [&unavailable](JsonFieldReader& item) {
            const QString lineId = item.nonEmptyString(u"line_id");
            const qint64 quantity = item.integer(u"quantity", 1);
            const QString reason = item.enumValue(u"reason", {u"not_found", u"damaged", u"stock_incorrect"});
            unavailable.append({lineId, int(qMin<qint64>(quantity, 1000000)), reason});
        });
    }
    if (!reader.ok())
        return readerError(reader);
    if (const Status allowed = PickupRules::checkReady(pickup.state, shelf); !allowed)
        return allowed;
    if (const Status allowed = PickupRules::checkUnavailable(pickup.state, pickup.lines, unavailable);
        !allowed)
        return allowed;
    pickup.lines = PickupRules::withUnavailable(pickup.lines, unavailable);
    if (!unavailable.isEmpty())
        qCInfo(lcServer) << "pickup" << pickup.id << "ready with" << unavailable.size() << "line(s) short";
    if (pickup.state == PickupState::AwaitingStock || !pickup.deadline.isValid())
        pickup.deadline = context.now.addDays(kCollectDays);
    pickup.state = PickupState::Ready;
    pickup.shelf = shelf.trimmed();
    return {};
}

Status PickupCommands::notify(const CommandRunner::Context& context, const QJsonObject& body,
                              Pickup& pickup) {
    JsonFieldReader reader(body, u"request"_s);
    const QString channel = reader.enumValue(u"channel", {u"email", u"sms"});
    QString templateName = reader.nullableEnum(u"template", {u"ready", u"reminder"});
    if (!reader.ok())
        return readerError(reader);
    if (const Status allowed = PickupRules::checkNotify(pickup.state); !allowed)
        return allowed;

    // A service message about the order: it needs a way to reach the customer, not a marketing consent.
    QString address;
    if (!pickup.customerId.isEmpty()) {
        QSqlQuery query(context.db);
        query.prepare(u"SELECT email, phone FROM customers WHERE id = ?"_s);
        query.addBindValue(pickup.customerId);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"read customer contact");
        if (query.next())
            address = query.value(channel == u"email" ? 0 : 1).toString().trimmed();
    }
    if (address.isEmpty())
        return makeError(u"no_contact_channel",
                         channel == u"email" ? u"The customer has no e-mail address."_s
                                             : u"The customer has no mobile number."_s,
                         422);
    if (templateName.isEmpty())
        templateName = u"ready"_s;
    pickup.notifications.append({channel, templateName, context.now, context.staffId});
    qCInfo(lcServer) << "pickup" << pickup.id << "notification queued via" << channel;
    return {};
}

Status PickupCommands::handover(const CommandRunner::Context& context, const QJsonObject& body,
                                Pickup& pickup) {
    JsonFieldReader reader(body, u"request"_s);
    Handover handover;
    const auto readLines = [](QList<PickupLine>& into) {
        return [&into](JsonFieldReader& line) {
            const QString lineId = line.nonEmptyString(u"line_id");
            const qint64 quantity = line.integer(u"quantity", 1);
            into.append({lineId, int(qMin<qint64>(quantity, 1000000))});
        };
    };
    // Either may be empty (everything refused, or nothing refused), not both: PickupRules checks.
    reader.forEachObject(u"lines", readLines(handover.lines));
    if (!reader.isNullOrAbsent(u"refused_lines"))
        reader.forEachObject(u"refused_lines", readLines(handover.refusedLines));
    reader.withObject(u"recipient", [&handover](JsonFieldReader& recipient) {
        handover.recipient.type = recipient.enumValue(u"type", {u"customer", u"authorised_person"});
        handover.recipient.name = recipient.string(u"name").simplified();
    });
    reader.withObject(u"identity_check", [&handover](JsonFieldReader& check) {
        handover.identityCheck.method =
            check.enumValue(u"method", {u"pickup_code", u"identity_document", u"known_customer"});
        handover.identityCheck.documentType = check.nullableEnum(
            u"document_type", {u"id_card", u"passport", u"driving_licence", u"residence_permit"});
    });
    const QString code = reader.nullableString(u"pickup_code");
    if (!reader.ok())
        return readerError(reader);
    if (context.staffId.isEmpty())
        return makeError(u"invalid_request", u"A handover records who handed over: send X-Theke-Staff."_s,
                         400);

    PickupRules::HandoverRequest request;
    request.lines = quantities(handover.lines);
    request.refused = quantities(handover.refusedLines);
    request.toAuthorisedPerson = handover.recipient.type == u"authorised_person";
    request.recipientName = handover.recipient.name;
    const QString& method = handover.identityCheck.method;
    request.method = method == u"pickup_code"         ? IdentityMethod::PickupCode
                     : method == u"identity_document" ? IdentityMethod::IdentityDocument
                                                      : IdentityMethod::KnownCustomer;
    // While blocked, a code is not even checked: guessing on must not tell right from wrong.
    PickupCodeAttempts attempts(context.db);
    if (request.method == IdentityMethod::PickupCode) {
        const Result<QDateTime> blocked = attempts.blockedUntil(pickup.id, context.now);
        if (!blocked)
            return blocked.error();
        if (blocked->isValid())
            return makeError(u"pickup_code_blocked", u"Code handovers of this pickup are blocked."_s, 423);
    }
    // Only hashed when it matters; the code itself is never logged or stored.
    request.pickupCodeMatches =
        request.method == IdentityMethod::PickupCode && PickupCode::matches(code, pickup.pickupCodeHash);
    request.documentTypeGiven = !handover.identityCheck.documentType.isEmpty();
    if (request.method != IdentityMethod::IdentityDocument)
        handover.identityCheck.documentType.clear();
    QStringList persons;
    for (const AuthorisedPerson& person : pickup.authorisedPersons)
        persons.append(person.name);

    const Result<PickupState> next = PickupRules::checkHandover(
        pickup.state, PickupRules::ordered(pickup), PickupRules::settled(pickup), persons, request);
    if (!next) {
        if (next.error().code == u"pickup_code_invalid") {
            if (const Result<PickupCodeAttempts::State> counted =
                    attempts.recordWrong(pickup.id, context.now);
                !counted)
                return counted.error();
        }
        return next.error();
    }
    if (request.method == IdentityMethod::PickupCode) {
        if (Status reset = attempts.reset(pickup.id); !reset)
            return reset;
    }
    handover.at = context.now;
    handover.staffId = context.staffId;
    pickup.handovers.append(handover);
    pickup.state = next.value();
    // Refused pieces are no delivery: only goods in the customer's hands start the withdrawal period.
    return PickupTable(context.db)
        .markOrderHandedOver(pickup.orderNo, next.value() == PickupState::HandedOver,
                             !handover.lines.isEmpty(), context.now);
}

Status PickupCommands::returnToStock(const CommandRunner::Context& context, const QJsonObject& body,
                                     Pickup& pickup) {
    JsonFieldReader reader(body, u"request"_s);
    const QString reason = reader.enumValue(u"reason", {u"not_collected", u"cancelled_by_customer"});
    if (!reader.ok())
        return readerError(reader);
    const auto why = reason == u"not_collected" ? PickupRules::ReturnToStockReason::NotCollected
                                                : PickupRules::ReturnToStockReason::CancelledByCustomer;
    if (const Status allowed =
            PickupRules::checkReturnToStock(pickup.state, why, pickup.deadline, context.now);
        !allowed)
        return allowed;
    if (pickup.state == PickupState::AwaitingStock) {
        // Cancelled before the goods reached the store: nothing to put back here.
        pickup.state = PickupState::Cancelled;
        return {};
    }
    const Result<QHash<QString, QString>> skus = PickupTable(context.db).orderSkus(pickup.orderNo);
    if (!skus)
        return skus.error();
    StockLedger stock(context.db);
    for (const PickupLineQuantity& open :
         PickupRules::openQuantities(PickupRules::ordered(pickup), PickupRules::settled(pickup))) {
        const QString sku = skus.value().value(open.lineId);
        if (sku.isEmpty())
            continue;
        if (const Status raised = stock.raise(sku, pickup.storeId, open.quantity, context.now); !raised)
            return raised;
    }
    pickup.state = PickupState::ReturnedToStock;
    return {};
}
