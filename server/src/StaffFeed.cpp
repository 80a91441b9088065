#include "StaffFeed.h"

#include "JsonText.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

enum Column { kId, kStoreId, kDisplayName, kRole, kBadgeCode, kPinHash, kActive, kVersion, kUpdatedAt, kSeq };

std::string staffJson(const QSqlQuery& q) {
    auto text = [&q](std::string& out, Column column) {
        JsonText::appendString(out, q.value(column).toString());
    };
    std::string j;
    j.reserve(400);
    j += R"({"active":)";
    j += q.value(kActive).toInt() != 0 ? "true" : "false";
    j += R"(,"badge_code":)";
    JsonText::appendStringOrNull(j, q.value(kBadgeCode));
    j += R"(,"display_name":)";
    text(j, kDisplayName);
    j += R"(,"id":)";
    text(j, kId);
    // Stored in its final form (canonical JSON of the PinHash descriptor).
    j += R"(,"pin_hash":)";
    j += q.value(kPinHash).toString().toStdString();
    j += R"(,"role":)";
    text(j, kRole);
    j += R"(,"store_id":)";
    text(j, kStoreId);
    j += R"(,"updated_at":)";
    text(j, kUpdatedAt);
    j += R"(,"version":)";
    JsonText::appendInteger(j, q.value(kVersion).toLongLong());
    j += '}';
    return j;
}

} // namespace

StaffFeed::StaffFeed()
    : SqlTableFeed(
          {kFeed, u"staff"_s,
           u"id, store_id, display_name, role, badge_code, pin_hash, active, version, updated_at, seq"_s,
           u"store_id"_s, &staffJson}) {}
