#include "NoteFeed.h"

#include "JsonText.h"
#include "NoteService.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::string noteJson(const QSqlQuery& query) {
    NoteRecord note;
    note.id = query.value(0).toString();
    note.customerId = query.value(1).toString();
    note.text = query.value(2).toString();
    note.authorStaffId = query.value(3).toString();
    note.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    note.version = query.value(5).toLongLong();
    note.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    return NoteFeed::toJson(note);
}

} // namespace

NoteFeed::NoteFeed()
    : SqlTableFeed({NoteService::kFeed, u"notes"_s,
                    u"id, customer_id, text, author_staff_id, created_at, version, updated_at, seq"_s,
                    QString(), &noteJson}) {}

std::string NoteFeed::toJson(const NoteRecord& note) {
    std::string j;
    j.reserve(256 + size_t(note.text.size()) * 2);
    j += R"({"author_staff_id":)";
    JsonText::appendStringOrNull(j, note.authorStaffId);
    j += R"(,"created_at":)";
    JsonText::appendString(j, isoUtc(note.createdAt));
    j += R"(,"customer_id":)";
    JsonText::appendString(j, note.customerId);
    j += R"(,"id":)";
    JsonText::appendString(j, note.id);
    j += R"(,"text":)";
    JsonText::appendString(j, note.text);
    j += R"(,"updated_at":)";
    JsonText::appendString(j, isoUtc(note.updatedAt));
    j += R"(,"version":)";
    JsonText::appendInteger(j, note.version);
    j += '}';
    return j;
}
