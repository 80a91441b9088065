#pragma once

#include "ConsentEvent.h"
#include "Result.h"

#include <QJsonObject>

// The wire format of a consent change (docs/api/openapi.yaml, schema ConsentEvent, consents feed).
namespace ConsentEventJson {
QJsonObject toJson(const ConsentEvent& event);
// api.bad_response naming the field when a required one is missing, of the wrong type or unknown.
Result<ConsentEvent> fromJson(const QJsonObject& object);
} // namespace ConsentEventJson
