#pragma once

#include "Product.h"
#include "Result.h"

#include <QJsonObject>

// The wire format of a product (docs/api/openapi.yaml, schema Product).
namespace ProductJson {
QJsonObject toJson(const Product& product);
// Fails with api.bad_response naming the field when one is missing, has the wrong type or an
// unknown value (an EAN that is not 8 or 13 digits, a VAT rate that is not a multiple of 0.01).
Result<Product> fromJson(const QJsonObject& object);
} // namespace ProductJson
