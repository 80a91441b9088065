#include "CtlContext.h"
#include "DeskCommands.h"

#include "CachedReturnableOrders.h"
#include "ReturnBooking.h"
#include "ReturnJson.h"
#include "ReturnPolicy.h"
#include "ReturnPolicyError.h"
#include "ReturnReasonText.h"
#include "ReturnRepository.h"
#include "Session.h"
#include "SettingsRepository.h"
#include "StoreRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

// return create / return list: the returns desk on the cache. The rules (ReturnPolicy) decide as at
// the desk; a booked return goes to the cache and the outbox in one transaction (ReturnBooking).

namespace {

const QString kCreateUsage =
    u"return create needs: --order ORDER_NO --line LINE_ID:QTY:REASON:CONDITION[:TEXT] [--line …] "
    u"[--refund original|voucher] [--disposition restock|inspect|return_to_supplier|write_off] "
    u"[--staff ID [--approved-by MANAGER_ID]]"_s;

QString money(const Money& amount) {
    return u"%1.%2 %3"_s.arg(amount.cents / 100)
        .arg(qAbs(amount.cents % 100), 2, 10, QLatin1Char('0'))
        .arg(amount.currency);
}

// LINE_ID:QTY:REASON:CONDITION[:TEXT]; TEXT (what reason "other" means, required there) is the
// rest of the spec and may contain colons. The message says what is wrong.
std::optional<ReturnRequestLine> parseLine(const QString& spec, ReturnDisposition disposition,
                                           QString& message) {
    const QStringList parts = spec.split(u':');
    if (parts.size() < 4) {
        message = u"--line %1: expected LINE_ID:QTY:REASON:CONDITION[:TEXT]"_s.arg(spec);
        return std::nullopt;
    }
    ReturnRequestLine line;
    line.lineId = parts.at(0);
    bool ok = false;
    line.quantity = parts.at(1).toInt(&ok);
    const std::optional<ReturnReason> reason = returnReasonFromWireName(parts.at(2));
    const std::optional<ItemCondition> condition = itemConditionFromWireName(parts.at(3));
    if (line.lineId.isEmpty() || !ok || line.quantity < 1)
        message = u"--line %1: the quantity must be a whole number of at least 1"_s.arg(spec);
    else if (!reason)
        message = u"--line %1: reason must be one of %2"_s.arg(spec, returnReasonWireNames().join(u", "_s));
    else if (!condition)
        message = u"--line %1: condition must be one of unopened, as_new, used, damaged"_s.arg(spec);
    if (!message.isEmpty())
        return std::nullopt;
    line.reasonText = ReturnReasonText::normalise(parts.mid(4).join(u':'));
    if (const Status text = ReturnReasonText::check(line.lineId, *reason, line.reasonText); !text) {
        message = text.error().code == ReturnReasonText::kNotAllowed
                      ? u"--line %1: a TEXT is only for reason other"_s.arg(spec)
                      : u"--line %1: reason other needs a TEXT of 1 to %2 characters, e.g. "
                        u"2:1:other:as_new:gift, already owned"_s.arg(spec)
                            .arg(ReturnReasonText::kMaxLength);
        return std::nullopt;
    }
    line.reason = *reason;
    line.condition = *condition;
    line.disposition = disposition;
    return line;
}

// The requester signs in with their PIN, then the manager approves every rule with theirs; both
// checked against the cached staff, throttled and audited by Session as at the desk.
Result<QList<Approval>> approve(Database& database, const QString& requester, const QString& manager,
                                const ReturnDecision& decision) {
    Session session(database.sql(), Clock::system());
    const Result<StaffMember> signedIn =
        session.signIn(requester, PinInput(CtlContext::readSecret(u"PIN of %1: "_s.arg(requester))));
    if (!signedIn)
        return signedIn.error();
    const Result<Approval> approval =
        session.approve(manager, PinInput(CtlContext::readSecret(u"PIN of manager %1: "_s.arg(manager))),
                        u"return.create"_s, decision.approvalRuleNames().join(u','), decision.total.cents);
    session.signOut();
    if (!approval)
        return approval.error();
    QList<Approval> approvals;
    for (const QString& rule : decision.approvalRuleNames()) {
        Approval perRule = approval.value();
        perRule.rule = rule;
        approvals.append(perRule);
    }
    return approvals;
}

// Why the rules said no: the explanations behind the refused lines (all of them if none is marked).
QString refusalText(const ReturnDecision& decision) {
    QSet<QString> codes;
    for (const ReturnLineDecision& line : decision.lines) {
        if (line.verdict == LineVerdict::Refused)
            codes.insert(line.refusalCode);
    }
    QStringList texts;
    for (const ReturnExplanation& explanation : decision.explanations) {
        if (codes.contains(explanation.code))
            texts.append(explanation.text);
    }
    return (texts.isEmpty() ? decision.texts() : texts).join(u' ');
}

QJsonObject decisionJson(const ReturnDecision& decision) {
    return {{u"refund"_s, decision.total.toJson()},
            {u"refund_method"_s, refundMethodWireName(decision.refundMethod)},
            {u"approvals"_s, QJsonArray::fromStringList(decision.approvalRuleNames())},
            {u"explanations"_s, QJsonArray::fromStringList(decision.texts())}};
}

int create(CtlContext& context, const QCommandLineParser& parser) {
    const QString orderNo = parser.value(u"order"_s).trimmed();
    const QStringList lineSpecs = parser.values(u"line"_s);
    if (orderNo.isEmpty() || lineSpecs.isEmpty())
        return context.usage(kCreateUsage);
    const std::optional<RefundMethod> refund = refundMethodFromWireName(parser.value(u"refund"_s));
    if (!refund)
        return context.usage(u"--refund must be original or voucher"_s);
    const std::optional<ReturnDisposition> disposition =
        returnDispositionFromWireName(parser.value(u"disposition"_s));
    if (!disposition)
        return context.usage(u"--disposition must be restock, inspect, return_to_supplier or write_off"_s);
    const QString staff = parser.value(u"staff"_s).trimmed();
    const QString manager = parser.value(u"approved-by"_s).trimmed();
    if (!manager.isEmpty() && staff.isEmpty())
        return context.usage(u"--approved-by needs --staff ID: the person who asks for the approval"_s);
    ReturnRequest request;
    request.refundMethod = *refund;
    for (const QString& spec : lineSpecs) {
        QString message;
        const std::optional<ReturnRequestLine> line = parseLine(spec, *disposition, message);
        if (!line)
            return context.usage(message);
        request.lines.append(*line);
    }

    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    const QString storeId = SettingsRepository(database->sql()).value(SettingKey::kStoreId.toString());
    CachedReturnableOrders orders(database->sql(), storeId);
    const Result<ReturnableOrder> order = orders.find(orderNo);
    if (!order)
        return context.refuse(u"order %1 is not in this device's cache (run sync first)"_s.arg(orderNo),
                              CtlContext::kFailed);
    // The store's policy as last synced, as the returns desk and the server judge it.
    const ReturnPolicy policy(StoreRepository(database->sql()).returnPolicy(storeId));
    const Result<ReturnDecision> decision =
        policy.evaluate(order->facts, request, QDateTime::currentDateTimeUtc());
    if (!decision) {
        if (decision.error().code == ReturnPolicyError::kInvalidRequest)
            return context.refuse(u"return refused: %1 (see the order's line ids with export or the "
                                  u"orders feed)"_s.arg(decision.error().detail),
                                  CtlContext::kRefused);
        return context.fail(u"return create failed"_s, decision.error());
    }
    if (decision->hasRefusals())
        return context.refuse(u"return refused: %1"_s.arg(refusalText(decision.value())));

    QList<Approval> approvals;
    if (decision->needsApproval()) {
        const QString rules = decision->approvalRuleNames().join(u", "_s);
        if (manager.isEmpty())
            return context.refuse(
                u"return needs a manager's approval (%1): %2 Nothing was booked; repeat "
                u"with --staff ID --approved-by MANAGER_ID (both PINs are read from "
                u"stdin) or book it at the returns desk."_s.arg(rules, decision->texts().join(u' ')));
        const Result<QList<Approval>> approved = approve(*database, staff, manager, decision.value());
        if (!approved)
            return context.fail(u"approval failed, nothing was booked"_s, approved.error());
        approvals = approved.value();
    }

    const Result<ReturnBooking::Booked> booked =
        ReturnBooking(*database).book(orderNo, request, decision.value(), approvals, staff, storeId);
    if (!booked)
        return context.refuse(u"return not booked: %1 [%2]"_s.arg(booked.error().detail, booked.error().code),
                              CtlContext::kFailed);
    if (parser.isSet(u"json"_s)) {
        QJsonObject json = decisionJson(decision.value());
        json.insert(u"outbox_id"_s, booked->entry.id);
        json.insert(u"return"_s, ReturnJson::toJson(booked->record));
        context.printJson(QJsonDocument(json));
        return CtlContext::kOk;
    }
    context.printLine(u"return %1 of order %2 queued as outbox row %3: refund %4 to %5 (sent with push)"_s
                          .arg(booked->record.id, orderNo)
                          .arg(booked->entry.id)
                          .arg(money(decision->total),
                               decision->refundMethod == RefundMethod::Voucher
                                   ? u"a voucher"_s
                                   : u"the original payment method (%1)"_s.arg(order->paymentMethod)));
    for (const QString& text : decision->texts())
        context.printLine(u"  "_s + text);
    return CtlContext::kOk;
}

int list(CtlContext& context, const QCommandLineParser& parser) {
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    ReturnRepository repository(database->sql());
    const QString orderNo = parser.value(u"order"_s).trimmed();
    const Result<QList<ReturnRecord>> returns =
        orderNo.isEmpty() ? repository.recent(10000) : repository.forOrderNo(orderNo);
    if (!returns)
        return context.fail(u"return list failed"_s, returns.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const ReturnRecord& record : returns.value())
            array.append(ReturnJson::toJson(record));
        context.printJson(QJsonDocument(array));
        return CtlContext::kOk;
    }
    for (const ReturnRecord& r : returns.value())
        context.printLine(u"%1  %2  %3  %4  %5 %6"_s.arg(r.createdAt.toString(Qt::ISODate), r.orderNo)
                              .arg(r.state, -14)
                              .arg(money(r.refund.amount), r.refund.method, r.id));
    return CtlContext::kOk;
}

} // namespace

int DeskCommands::returns(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"json"_s, u"JSON output"_s});
    parser.addOption({u"order"_s, u"Order number"_s, u"ORDER_NO"_s});
    parser.addOption({u"line"_s, u"LINE_ID:QTY:REASON:CONDITION"_s, u"SPEC"_s});
    parser.addOption({u"refund"_s, u"original or voucher"_s, u"METHOD"_s, u"original"_s});
    parser.addOption({u"disposition"_s, u"What happens to the goods"_s, u"D"_s, u"restock"_s});
    parser.addOption({u"staff"_s, u"Staff id of who books the return"_s, u"ID"_s});
    parser.addOption({u"approved-by"_s, u"Staff id of the approving manager"_s, u"ID"_s});
    parser.addPositionalArgument(u"action"_s, u"create | list"_s);
    if (!parser.parse(QStringList{u"return"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args == QStringList{u"create"_s})
        return create(context, parser);
    if (args == QStringList{u"list"_s})
        return list(context, parser);
    return context.usage(u"return needs create … or list [--order ORDER_NO] (see theke-ctl --help)"_s);
}
