#include "ConsentEventFeed.h"

#include "FeedRowText.h"

using namespace Qt::StringLiterals;

namespace {

enum Column { kId, kCustomerId, kPurpose, kGranted, kChannel, kStoreId, kChangedAt, kSeq };

std::string consentEventJson(const FeedColumns& q) {
    FeedRowText row(q, 320);
    row.key(R"({"changed_at":)").text(kChangedAt);
    row.key(R"(,"channel":)").text(kChannel);
    row.key(R"(,"customer_id":)").text(kCustomerId);
    row.key(R"(,"granted":)").boolean(kGranted);
    row.key(R"(,"id":)").text(kId);
    row.key(R"(,"purpose":)").text(kPurpose);
    row.key(R"(,"store_id":)").textOrNull(kStoreId);
    // A change is never edited afterwards: version 1, updated when made.
    row.key(R"(,"updated_at":)").text(kChangedAt);
    row.key(R"(,"version":1)");
    return row.take();
}

} // namespace

ConsentEventFeed::ConsentEventFeed()
    : SqlTableFeed({kFeed, u"consent_events"_s,
                    u"id, customer_id, purpose, granted, channel, store_id, changed_at, seq"_s, QString(),
                    &consentEventJson}) {}
