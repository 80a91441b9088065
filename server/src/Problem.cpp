#include "Problem.h"

#include "ServerLog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <httplib.h>

using namespace Qt::StringLiterals;

QString Problem::titleFor(QStringView code, int status) {
    static const QList<std::pair<QString, QString>> kTitles{
        {u"enrollment_code_invalid"_s, u"Enrollment code invalid"_s},
        {u"unknown_feed"_s, u"Unknown feed"_s},
        {u"invalid_cursor"_s, u"Invalid cursor"_s},
        {u"invalid_parameter"_s, u"Invalid parameter"_s},
        {u"invalid_request"_s, u"Invalid request"_s},
        {u"invalid_value"_s, u"Invalid value"_s},
        {u"method_not_allowed"_s, u"Method not allowed"_s},
        {u"payload_too_large"_s, u"Payload too large"_s},
        {u"idempotency_key_required"_s, u"Idempotency key required"_s},
        {u"idempotency_key_reused"_s, u"Idempotency key reused"_s},
        {u"request_in_progress"_s, u"Request in progress"_s},
        {u"customer_not_found"_s, u"Customer not found"_s},
        {u"precondition_required"_s, u"Precondition required"_s},
        {u"version_mismatch"_s, u"Version mismatch"_s},
        {u"pickup_not_found"_s, u"Pickup not found"_s},
        {u"order_not_found"_s, u"Order not found"_s},
        {u"invalid_transition"_s, u"Invalid transition"_s},
        {u"conflict"_s, u"Conflict"_s},
        {u"no_contact_channel"_s, u"No contact channel"_s},
        {u"pickup_code_invalid"_s, u"Pickup code invalid"_s},
        {u"pickup_code_blocked"_s, u"Pickup code blocked"_s},
        {u"identity_check_required"_s, u"Identity check required"_s},
        {u"recipient_not_authorised"_s, u"Recipient not authorised"_s},
        {u"handover_quantity_exceeded"_s, u"Handover quantity exceeded"_s},
        {u"deadline_not_reached"_s, u"Deadline not reached"_s},
        {u"return_quantity_exceeded"_s, u"Return quantity exceeded"_s},
        {u"not_returnable"_s, u"Not returnable"_s},
        {u"approval_required"_s, u"Approval required"_s},
        {u"approval_invalid"_s, u"Approval invalid"_s},
        {u"refund_amount_exceeded"_s, u"Refund amount exceeded"_s},
        {u"reason_text_required"_s, u"Reason text required"_s},
        {u"reason_text_too_long"_s, u"Reason text too long"_s},
        {u"too_many_requests"_s, u"Too many requests"_s},
        {u"service_unavailable"_s, u"Service unavailable"_s},
    };
    for (const auto& [known, title] : kTitles) {
        if (known == code)
            return title;
    }
    switch (status) {
    case 400:
        return u"Bad request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not found"_s;
    case 409:
        return u"Conflict"_s;
    case 412:
        return u"Precondition failed"_s;
    case 428:
        return u"Precondition required"_s;
    case 429:
        return u"Too many requests"_s;
    case 413:
        return u"Payload too large"_s;
    case 422:
        return u"Unprocessable content"_s;
    case 503:
        return u"Service unavailable"_s;
    default:
        return status >= 500 ? u"Internal server error"_s : u"Request failed"_s;
    }
}

std::string Problem::text(int status, QStringView code, const QString& detail, const QJsonObject& extra) {
    QJsonObject body = extra;
    body.insert(u"type"_s, u"urn:theke:problem:"_s + code.toString());
    body.insert(u"title"_s, titleFor(code, status));
    body.insert(u"status"_s, status);
    body.insert(u"code"_s, code.toString());
    body.insert(u"detail"_s, detail);
    return QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
}

void Problem::send(httplib::Response& response, int status, QStringView code, const QString& detail) {
    response.status = status;
    response.set_content(text(status, code, detail), "application/problem+json");
}

std::pair<QString, QString> Problem::publicCodeAndDetail(const Error& error) {
    const int status = error.httpStatus > 0 ? error.httpStatus : 500;
    if (status >= 500) {
        qCWarning(lcServer) << "request failed:" << error.toString();
        return {u"internal_error"_s, u"The server could not complete the request."_s};
    }
    return {error.code, error.detail};
}

void Problem::send(httplib::Response& response, const Error& error) {
    const int status = error.httpStatus > 0 ? error.httpStatus : 500;
    const auto [code, detail] = publicCodeAndDetail(error);
    send(response, status, code, detail);
}
