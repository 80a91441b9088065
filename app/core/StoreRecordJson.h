#pragma once

#include "Result.h"
#include "StoreRecord.h"

#include <QJsonObject>

// The wire format of a store (docs/api/openapi.yaml, schema Store).
namespace StoreRecordJson {
QJsonObject toJson(const StoreRecord& store);
// Fails with api.bad_response naming the field when one is missing or has the wrong type.
Result<StoreRecord> fromJson(const QJsonObject& object);
} // namespace StoreRecordJson
