#pragma once

#include "Pickup.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

// The wire format of a pickup (docs/api/openapi.yaml, schemas Pickup, PickupLine, AuthorisedPerson,
// PickupNotification, Handover, Recipient, IdentityCheck; SecretHash for the pickup code hash).
// The lists are public too: the cache keeps them as JSON text.
namespace PickupJson {
QJsonObject toJson(const Pickup& pickup);
// Fails with api.bad_response naming the field when one is missing, has the wrong type or an
// unknown value (a state that is not a PickupState, a hash that is no pbkdf2-sha256 descriptor).
Result<Pickup> fromJson(const QJsonObject& object);

QJsonArray linesToJson(const QList<PickupLine>& lines);
Result<QList<PickupLine>> linesFromJson(const QJsonArray& array);
QJsonArray authorisedPersonsToJson(const QList<AuthorisedPerson>& persons);
Result<QList<AuthorisedPerson>> authorisedPersonsFromJson(const QJsonArray& array);
QJsonArray notificationsToJson(const QList<PickupNotification>& notifications);
Result<QList<PickupNotification>> notificationsFromJson(const QJsonArray& array);
QJsonArray handoversToJson(const QList<Handover>& handovers);
Result<QList<Handover>> handoversFromJson(const QJsonArray& array);
} // namespace PickupJson
