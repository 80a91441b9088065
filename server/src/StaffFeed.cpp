#include "StaffFeed.h"

#include "JsonText.h"

#include "FeedColumns.h"

using namespace Qt::StringLiterals;

namespace {

enum Column { kId, kStoreId, kDisplayName, kRole, kBadgeCode, kPinHash, kActive, kVersion, kUpdatedAt, kSeq };

std::string staffJson(const FeedColumns& q) {
    auto text = [&q](std::string& out, Column column) {
        q.appendJsonString(out, column);
    };
    std::string j;
    j.reserve(400);
    j += R"({"active":)";
    j += q.integer(kActive) != 0 ? "true" : "false";
    j += R"(,"badge_code":)";
    q.appendJsonStringOrNull(j, kBadgeCode);
    j += R"(,"display_name":)";
    text(j, kDisplayName);
    j += R"(,"id":)";
    text(j, kId);
    // Stored in its final form (canonical JSON of the PinHash descriptor).
    j += R"(,"pin_hash":)";
    q.appendRaw(j, kPinHash);
    j += R"(,"role":)";
    text(j, kRole);
    j += R"(,"store_id":)";
    text(j, kStoreId);
    j += R"(,"updated_at":)";
    text(j, kUpdatedAt);
    j += R"(,"version":)";
    JsonText::appendInteger(j, q.integer(kVersion));
    j += '}';
    return j;
}

} // namespace

StaffFeed::StaffFeed()
    : SqlTableFeed(
          {kFeed, u"staff"_s,
           u"id, store_id, display_name, role, badge_code, pin_hash, active, version, updated_at, seq"_s,
           u"store_id"_s, &staffJson}) {}
