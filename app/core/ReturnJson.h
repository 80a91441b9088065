#pragma once

#include "Result.h"
#include "ReturnRecord.h"

#include <QJsonArray>
#include <QJsonObject>

// The wire format of a return (docs/api/openapi.yaml, schemas Return, ReturnLine, Refund, Approval).
// The lists are public too: the cache keeps them as JSON text.
namespace ReturnJson {
QJsonObject toJson(const ReturnRecord& record);
// Fails with api.bad_response naming the field when one is missing, has the wrong type or an
// unknown value.
Result<ReturnRecord> fromJson(const QJsonObject& object);

QJsonArray linesToJson(const QList<ReturnLine>& lines);
Result<QList<ReturnLine>> linesFromJson(const QJsonArray& array);
QJsonArray approvalsToJson(const QList<ReturnApproval>& approvals);
Result<QList<ReturnApproval>> approvalsFromJson(const QJsonArray& array);
} // namespace ReturnJson
