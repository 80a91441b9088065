#include "ReturnCommands.h"

#include "ChangeLog.h"
#include "CommandSupport.h"
#include "HttpJson.h"
#include "JsonFieldReader.h"
#include "OrderFeeds.h"
#include "ReturnJson.h"
#include "ReturnPolicy.h"
#include "ReturnPolicyError.h"
#include "ReturnReasonText.h"
#include "RouteTable.h"
#include "ServerDatabase.h"
#include "StockLedger.h"
#include "StoreDirectory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

Error unprocessable(QStringView code, const QString& detail) {
    return makeError(code, detail, 422);
}

bool isUuid(const QString& id) {
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}

// Why the rules refused a line, as the API's code.
Error refusal(const ReturnLineDecision& line) {
    if (line.refusalCode == u"line.quantity_exceeded" || line.refusalCode == u"line.fully_returned")
        return unprocessable(u"return_quantity_exceeded",
                             u"Line %1 has %2 piece(s) left to return; %3 were asked for."_s.arg(line.lineId)
                                 .arg(line.quantityReturnable)
                                 .arg(line.quantityAsked));
    return unprocessable(u"not_returnable",
                         u"Line %1 cannot be returned (%2)."_s.arg(line.lineId, line.refusalCode));
}

} // namespace

bool ReturnCommands::isCommand(const std::string& method, const std::string& path) {
    return method == "POST" && path == "/v1/returns";
}

void ReturnCommands::install(RouteTable& routes, CommandRunner& runner) {
    routes.post("/v1/returns", [&runner](const httplib::Request& request, httplib::Response& response) {
        runner.run(request, response,
                   [&](const CommandRunner::Context& context) { return create(context, request.body); });
    });
}

Result<ReturnCommands::Parsed> ReturnCommands::parse(const QJsonObject& body) {
    JsonFieldReader reader(body, u"request"_s);
    Parsed parsed;
    ReturnRecord& record = parsed.record;
    if (!reader.isNullOrAbsent(u"id"))
        record.id = reader.string(u"id");
    record.orderNo = reader.nonEmptyString(u"order_no");
    reader.forEachObject(
        u"lines",
        [&parsed](JsonFieldReader& r) {
            ReturnLine line;
            line.lineId = r.nonEmptyString(u"line_id");
            line.quantity = int(qMin<qint64>(r.integer(u"quantity", 1), 1000000));
            line.reason = r.enumValue(u"reason", {u"does_not_fit", u"not_as_described", u"defective",
                                                  u"damaged_in_transit", u"wrong_item", u"changed_mind",
                                                  u"refused_at_pickup", u"other"});
            line.condition = r.enumValue(u"condition", {u"unopened", u"as_new", u"used", u"damaged"});
            line.disposition =
                r.enumValue(u"disposition", {u"restock", u"inspect", u"return_to_supplier", u"write_off"});
            line.reasonText = r.nullableString(u"reason_text");
            parsed.record.lines.append(line);
            ReturnRequestLine asked;
            asked.lineId = line.lineId;
            asked.quantity = line.quantity;
            asked.reason = returnReasonFromWireName(line.reason).value_or(ReturnReason::Other);
            asked.condition = itemConditionFromWireName(line.condition).value_or(ItemCondition::AsNew);
            asked.disposition =
                returnDispositionFromWireName(line.disposition).value_or(ReturnDisposition::Restock);
            asked.reasonText = line.reasonText;
            parsed.request.lines.append(asked);
        },
        1);
    reader.withObject(u"refund", [&record](JsonFieldReader& r) {
        record.refund.method = r.enumValue(u"method", {u"original", u"voucher"});
        record.refund.amount = r.money(u"amount");
    });
    reader.forEachObject(u"approvals", [&record](JsonFieldReader& r) {
        ReturnApproval approval;
        approval.approverStaffId = r.nonEmptyString(u"approver_staff_id");
        approval.requesterStaffId = r.nonEmptyString(u"requester_staff_id");
        approval.rule = r.enumValue(u"rule", {u"goodwill", u"outside_window", u"not_returnable_article",
                                              u"marketplace_order", u"amount_limit", u"no_receipt"});
        approval.at = r.timestamp(u"at");
        record.approvals.append(approval);
    });
    if (!reader.ok()) {
        Error error = reader.error();
        error.code = u"request_body"_s;
        return error;
    }
    for (qsizetype i = 0; i < record.lines.size(); ++i) {
        ReturnLine& line = record.lines[i];
        if (const Status text =
                ReturnReasonText::check(line.lineId, parsed.request.lines.at(i).reason, line.reasonText);
            !text)
            return unprocessable(text.error().code, text.error().detail);
        // Kept and answered trimmed, as the desk sends it.
        line.reasonText = ReturnReasonText::normalise(line.reasonText);
        parsed.request.lines[i].reasonText = line.reasonText;
    }
    if (!record.id.isEmpty() && !isUuid(record.id))
        return unprocessable(u"invalid_value", u"id must be a UUID."_s);
    if (record.refund.amount.cents < 0)
        return unprocessable(u"invalid_value", u"refund.amount must not be negative."_s);
    parsed.request.refundMethod =
        refundMethodFromWireName(record.refund.method).value_or(RefundMethod::Original);
    return parsed;
}

CommandAnswer ReturnCommands::create(const CommandRunner::Context& context, const std::string& body) {
    const Result<QJsonObject> object = HttpJson::parseObject(body);
    if (!object)
        return CommandAnswer::problem(object.error());
    Result<Parsed> parsed = parse(object.value());
    if (!parsed)
        return parsed.error().code == u"request_body" ? CommandSupport::requestProblem(parsed.error())
                                                      : CommandAnswer::problem(parsed.error());
    ReturnRecord& record = parsed.value().record;

    const Result<QString> storeId = CommandSupport::deviceStore(context.db, context.deviceId);
    if (!storeId)
        return CommandAnswer::problem(storeId.error());
    const Result<std::optional<StoreInfo>> store = StoreDirectory(context.db).find(storeId.value());
    if (!store || !store.value())
        return CommandAnswer::problem(store ? makeError(u"internal_error", u"device store missing"_s, 500)
                                            : store.error());
    if (!record.id.isEmpty()) {
        QSqlQuery query(context.db);
        query.prepare(u"SELECT 1 FROM returns WHERE id = ?"_s);
        query.addBindValue(record.id);
        if (!query.exec())
            return CommandAnswer::problem(ServerDatabase::queryError(query.lastError(), u"check return id"));
        if (query.next())
            return CommandAnswer::problem(409, u"conflict", u"A return with this id exists already."_s);
    }

    Result<std::optional<ReturnOrderLoader::Order>> order =
        ReturnOrderLoader(context.db).load(record.orderNo, store.value()->timeZone);
    if (!order)
        return CommandAnswer::problem(order.error());
    if (!order.value())
        return CommandAnswer::problem(404, u"order_not_found", u"There is no order with this number."_s);

    const Result<ReturnDecision> decision = ReturnPolicy(store.value()->returnPolicy)
                                                .evaluate(order.value()->facts, parsed->request, context.now);
    if (!decision) {
        if (decision.error().code == ReturnPolicyError::kInvalidRequest)
            return CommandAnswer::problem(422, u"invalid_value", decision.error().detail);
        return CommandAnswer::problem(makeError(u"internal_error", decision.error().toString(), 500));
    }
    for (const ReturnLineDecision& line : decision->lines) {
        if (line.verdict == LineVerdict::Refused)
            return CommandAnswer::problem(refusal(line));
    }
    if (const Status approved = checkApprovals(context, storeId.value(), decision.value(), record.approvals);
        !approved)
        return CommandAnswer::problem(approved.error());
    if (!record.refund.amount.sameCurrency(decision->total))
        return CommandAnswer::problem(422, u"invalid_value",
                                      u"The refund must be in %1."_s.arg(decision->total.currency));
    if (record.refund.amount.cents > decision->total.cents)
        return CommandAnswer::problem(
            422, u"refund_amount_exceeded",
            u"The rules allow a refund of at most %1 cents; %2 were asked for."_s.arg(decision->total.cents)
                .arg(record.refund.amount.cents));
    if (decision->refundMethod != parsed->request.refundMethod)
        return CommandAnswer::problem(422, u"invalid_value",
                                      u"This return can only be refunded as a voucher."_s);

    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.storeId = storeId.value();
    record.channel = u"store"_s;
    record.requesterStaffId = context.staffId;
    record.state = u"refund_pending"_s;
    record.createdAt = record.updatedAt = context.now;
    record.version = 1;
    if (const Status booked = book(context, storeId.value(), *order.value(), record); !booked)
        return CommandAnswer::problem(booked.error());
    const Result<std::optional<std::string>> row = CommandSupport::feedRow(
        context.db, u"returns"_s, OrderFeeds::returnColumns(), &OrderFeeds::returnJson, record.id);
    if (!row || !row.value())
        return CommandAnswer::problem(row ? makeError(u"internal_error", u"return vanished"_s, 500)
                                          : row.error());
    return CommandSupport::rowAnswer(201, std::move(*row.value()), 1);
}

Status ReturnCommands::checkApprovals(const CommandRunner::Context& context, const QString& storeId,
                                      const ReturnDecision& decision,
                                      const QList<ReturnApproval>& approvals) {
    for (const ReturnApproval& approval : approvals) {
        if (context.staffId.isEmpty() || approval.requesterStaffId != context.staffId)
            return unprocessable(u"approval_invalid",
                                 u"requester_staff_id must be the staff member in X-Theke-Staff."_s);
        if (approval.approverStaffId == approval.requesterStaffId)
            return unprocessable(u"approval_invalid",
                                 u"The approver must be another person than the requester."_s);
        QSqlQuery query(context.db);
        query.prepare(u"SELECT role, active, store_id FROM staff WHERE id = ?"_s);
        query.addBindValue(approval.approverStaffId);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"read approver");
        if (!query.next() || query.value(0).toString() != u"manager" || query.value(1).toInt() == 0 ||
            query.value(2).toString() != storeId)
            return unprocessable(u"approval_invalid",
                                 u"The approver is not an active manager of this store."_s);
    }
    for (ApprovalRule rule : decision.approvals) {
        const QString name = approvalRuleWireName(rule);
        const bool given = std::any_of(approvals.cbegin(), approvals.cend(),
                                       [&name](const ReturnApproval& a) { return a.rule == name; });
        if (!given)
            return unprocessable(u"approval_required",
                                 u"This return needs a manager's approval (%1)."_s.arg(name));
    }
    return {};
}

Status ReturnCommands::book(const CommandRunner::Context& context, const QString& storeId,
                            ReturnOrderLoader::Order& order, const ReturnRecord& record) {
    ChangeLog changes(context.db);
    const Result<qint64> returnSeq = changes.next();
    if (!returnSeq)
        return returnSeq.error();
    QSqlQuery query(context.db);
    query.prepare(
        u"INSERT INTO returns (id, order_no, store_id, channel, requester_staff_id, lines, refund, "
        "approvals, state, created_at, version, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString at = CommandSupport::timestamp(context.now);
    const QJsonObject refund{{u"amount"_s, record.refund.amount.toJson()},
                             {u"method"_s, record.refund.method}};
    for (const QVariant& value :
         {QVariant(record.id), QVariant(record.orderNo), QVariant(record.storeId), QVariant(record.channel),
          CommandSupport::textOrNull(record.requesterStaffId),
          QVariant(CommandSupport::compact(ReturnJson::linesToJson(record.lines))),
          QVariant(CommandSupport::compact(refund)),
          QVariant(CommandSupport::compact(ReturnJson::approvalsToJson(record.approvals))),
          QVariant(record.state), QVariant(at), QVariant(record.version), QVariant(at),
          QVariant(returnSeq.value())})
        query.addBindValue(value);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"insert return");
    if (const Status cleared = changes.removeTombstone(u"returns"_s, record.id); !cleared)
        return cleared;

    QHash<QString, int> returned;
    StockLedger stock(context.db);
    for (const ReturnLine& line : record.lines) {
        returned[line.lineId] += line.quantity;
        if (line.disposition != u"restock")
            continue;
        if (const Status raised =
                stock.raise(order.skus.value(line.lineId), storeId, line.quantity, context.now);
            !raised)
            return raised;
    }
    for (QJsonValueRef value : order.lines) {
        QJsonObject line = value.toObject();
        const int more = returned.value(line.value(u"line_id").toString());
        if (more == 0)
            continue;
        line.insert(u"returned_quantity"_s, line.value(u"returned_quantity").toInt() + more);
        value = line;
    }
    const Result<qint64> orderSeq = changes.next();
    if (!orderSeq)
        return orderSeq.error();
    query.prepare(
        u"UPDATE orders SET lines = ?, version = version + 1, updated_at = ?, seq = ? WHERE id = ?"_s);
    query.addBindValue(CommandSupport::compact(order.lines));
    query.addBindValue(at);
    query.addBindValue(orderSeq.value());
    query.addBindValue(order.id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"update returned quantities");
    return {};
}
