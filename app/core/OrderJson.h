#pragma once

#include "Order.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

// The wire format of an order (docs/api/openapi.yaml, schemas Order, OrderLine, Payment, Totals).
// The parts are public too: the cache keeps lines, payment and totals as JSON text.
namespace OrderJson {
QJsonObject toJson(const Order& order);
// Fails with api.bad_response naming the field ("lines[1].unit_price") when one is missing, has
// the wrong type or an unknown value.
Result<Order> fromJson(const QJsonObject& object);

QJsonArray linesToJson(const QList<OrderLine>& lines);
Result<QList<OrderLine>> linesFromJson(const QJsonArray& array);
QJsonObject paymentToJson(const Payment& payment);
Result<Payment> paymentFromJson(const QJsonObject& object);
QJsonObject totalsToJson(const Totals& totals);
Result<Totals> totalsFromJson(const QJsonObject& object);

// The same JSON as text, written directly (the cache's columns; see JsonWriter for why).
QString linesText(const QList<OrderLine>& lines);
QString paymentText(const Payment& payment);
QString totalsText(const Totals& totals);
} // namespace OrderJson
