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

// The wire format of one consent (schema Consent): purpose, granted, changed_at, source.
namespace ConsentJson {
QJsonObject toJson(const Consent& consent);
Result<Consent> fromJson(const QJsonObject& object);
// The purposes the Store API knows.
const QStringList& purposes();
} // namespace ConsentJson
