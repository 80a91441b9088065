#pragma once

#include "Note.h"
#include "Result.h"

#include <QJsonObject>

// The wire format of a note in the Store API (schema Note). Lives next to its only users in sync;
// it can move to app/core with the Note type once the GUI shows notes.
namespace NoteJson {
// Fails with api.bad_response when id, customer_id or text is missing or of the wrong type.
Result<Note> fromJson(const QJsonObject& object);
} // namespace NoteJson
