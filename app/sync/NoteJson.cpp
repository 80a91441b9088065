#include "NoteJson.h"

using namespace Qt::StringLiterals;

Result<Note> NoteJson::fromJson(const QJsonObject& o) {
    for (QStringView field : {u"id", u"customer_id", u"text"}) {
        if (!o.value(field).isString() || o.value(field).toString().isEmpty())
            return makeError(ErrorCode::kApiBadResponse,
                             u"note: field '%1' missing or wrong type"_s.arg(field.toString()));
    }
    if (!o.value(u"version").isDouble())
        return makeError(ErrorCode::kApiBadResponse, u"note: field 'version' missing or wrong type"_s);
    Note note;
    note.id = o.value(u"id").toString();
    note.customerId = o.value(u"customer_id").toString();
    note.text = o.value(u"text").toString();
    note.authorStaffId = o.value(u"author_staff_id").toString();
    note.createdAt = QDateTime::fromString(o.value(u"created_at").toString(), Qt::ISODateWithMs).toUTC();
    note.version = o.value(u"version").toInteger();
    return note;
}
