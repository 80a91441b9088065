#pragma once

#include "Result.h"
#include "StockLevel.h"

#include <QJsonObject>

// The wire format of a stock level (docs/api/openapi.yaml, schema Stock).
namespace StockLevelJson {
QJsonObject toJson(const StockLevel& stock);
Result<StockLevel> fromJson(const QJsonObject& object);
} // namespace StockLevelJson
