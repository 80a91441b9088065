#include "ReturnJson.h"

#include "JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace {

ReturnLine readLine(JsonFieldReader& r) {
    ReturnLine line;
    line.lineId = r.nonEmptyString(u"line_id");
    line.quantity = int(qMin<qint64>(r.integer(u"quantity", 1), std::numeric_limits<int>::max()));
    line.reason =
        r.enumValue(u"reason", {u"does_not_fit", u"not_as_described", u"defective", u"damaged_in_transit",
                                u"wrong_item", u"changed_mind", u"refused_at_pickup", u"other"});
    line.condition = r.enumValue(u"condition", {u"unopened", u"as_new", u"used", u"damaged"});
    line.disposition =
        r.enumValue(u"disposition", {u"restock", u"inspect", u"return_to_supplier", u"write_off"});
    line.reasonText = r.nullableString(u"reason_text");
    return line;
}

ReturnApproval readApproval(JsonFieldReader& r) {
    ReturnApproval a;
    a.approverStaffId = r.nonEmptyString(u"approver_staff_id");
    a.requesterStaffId = r.nonEmptyString(u"requester_staff_id");
    a.rule = r.enumValue(u"rule", {u"goodwill", u"outside_window", u"not_returnable_article",
                                   u"marketplace_order", u"amount_limit", u"no_receipt"});
    a.at = r.timestamp(u"at");
    return a;
}

template <typename T, typename ReadFn>
Result<QList<T>> listFromJson(const QJsonArray& array, const QString& key, ReadFn read) {
    JsonFieldReader r(QJsonObject{{key, array}}, u"return"_s);
    QList<T> items;
    r.forEachObject(key, [&](JsonFieldReader& item) { items.append(read(item)); });
    if (!r.ok())
        return r.error();
    return items;
}

} // namespace

QJsonArray ReturnJson::linesToJson(const QList<ReturnLine>& lines) {
    QJsonArray array;
    for (const ReturnLine& line : lines) {
        QJsonObject object{{u"line_id"_s, line.lineId},
                           {u"quantity"_s, line.quantity},
                           {u"reason"_s, line.reason},
                           {u"condition"_s, line.condition},
                           {u"disposition"_s, line.disposition}};
        // Only reason "other" has a text; the other lines stay as they always were on the wire.
        if (!line.reasonText.isEmpty())
            object.insert(u"reason_text"_s, line.reasonText);
        array.append(object);
    }
    return array;
}

Result<QList<ReturnLine>> ReturnJson::linesFromJson(const QJsonArray& array) {
    return listFromJson<ReturnLine>(array, u"lines"_s, readLine);
}

QJsonArray ReturnJson::approvalsToJson(const QList<ReturnApproval>& approvals) {
    QJsonArray array;
    for (const ReturnApproval& a : approvals) {
        array.append(QJsonObject{{u"approver_staff_id"_s, a.approverStaffId},
                                 {u"requester_staff_id"_s, a.requesterStaffId},
                                 {u"rule"_s, a.rule},
                                 {u"at"_s, JsonOut::timestamp(a.at)}});
    }
    return array;
}

Result<QList<ReturnApproval>> ReturnJson::approvalsFromJson(const QJsonArray& array) {
    return listFromJson<ReturnApproval>(array, u"approvals"_s, readApproval);
}

QJsonObject ReturnJson::toJson(const ReturnRecord& r) {
    return QJsonObject{
        {u"id"_s, r.id},
        {u"order_no"_s, r.orderNo},
        {u"store_id"_s, JsonOut::stringOrNull(r.storeId)},
        {u"channel"_s, r.channel},
        {u"requester_staff_id"_s, JsonOut::stringOrNull(r.requesterStaffId)},
        {u"lines"_s, linesToJson(r.lines)},
        {u"refund"_s, QJsonObject{{u"method"_s, r.refund.method}, {u"amount"_s, r.refund.amount.toJson()}}},
        {u"approvals"_s, approvalsToJson(r.approvals)},
        {u"state"_s, r.state},
        {u"created_at"_s, JsonOut::timestamp(r.createdAt)},
        {u"version"_s, r.version},
        {u"updated_at"_s, JsonOut::timestamp(r.updatedAt)},
    };
}

Result<ReturnRecord> ReturnJson::fromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"return"_s);
    ReturnRecord record;
    record.id = r.id();
    record.orderNo = r.nonEmptyString(u"order_no");
    record.storeId = r.nullableString(u"store_id");
    record.channel = r.channel(u"channel");
    record.requesterStaffId = r.nullableString(u"requester_staff_id");
    r.forEachObject(
        u"lines", [&record](JsonFieldReader& item) { record.lines.append(readLine(item)); }, 1);
    r.withObject(u"refund", [&record](JsonFieldReader& refund) {
        record.refund.method = refund.enumValue(u"method", {u"original", u"voucher"});
        record.refund.amount = refund.money(u"amount");
    });
    r.forEachObject(u"approvals",
                    [&record](JsonFieldReader& item) { record.approvals.append(readApproval(item)); });
    record.state = r.enumValue(u"state", {u"recorded", u"refund_pending", u"refunded", u"rejected"});
    record.createdAt = r.timestamp(u"created_at");
    record.version = r.integer(u"version", 1);
    record.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return r.error();
    return record;
}
