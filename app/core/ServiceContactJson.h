#pragma once

#include "Result.h"
#include "ServiceContact.h"

#include <QJsonObject>

// The wire format of a service contact (docs/api/openapi.yaml, schema ServiceContact).
namespace ServiceContactJson {
QJsonObject toJson(const ServiceContact& contact);
Result<ServiceContact> fromJson(const QJsonObject& object);
} // namespace ServiceContactJson
