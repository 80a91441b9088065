#pragma once

#include "Cart.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

// The wire format of a cart (docs/api/openapi.yaml, schemas Cart, CartLine). The lines are public
// too: the cache keeps them as JSON text.
namespace CartJson {
QJsonObject toJson(const Cart& cart);
Result<Cart> fromJson(const QJsonObject& object);

QJsonArray linesToJson(const QList<CartLine>& lines);
Result<QList<CartLine>> linesFromJson(const QJsonArray& array);
} // namespace CartJson
