#pragma once

#include "Customer.h"
#include "Result.h"

#include <QJsonObject>

// The wire format of a customer in the Store API (docs/api/openapi.yaml, schema Customer).
namespace CustomerJson {
QJsonObject toJson(const Customer& customer);
// Fails with api.bad_response when a required field is missing or has the wrong type.
Result<Customer> fromJson(const QJsonObject& object);
} // namespace CustomerJson
