#include "NoteFeed.h"

#include "JsonText.h"
#include "NoteService.h"

#include "FeedColumns.h"

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::string noteJson(const FeedColumns& query) {
    NoteRecord note;
    note.id = query.text(0);
    note.customerId = query.text(1);
    note.text = query.text(2);
    note.authorStaffId = query.text(3);
    note.createdAt = QDateTime::fromString(query.text(4), Qt::ISODateWithMs);
    note.version = query.integer(5);
    note.updatedAt = QDateTime::fromString(query.text(6), Qt::ISODateWithMs);
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
