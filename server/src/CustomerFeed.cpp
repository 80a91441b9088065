#include "CustomerFeed.h"

#include "CustomerService.h"
#include "CustomerTable.h"
#include "JsonText.h"

using namespace Qt::StringLiterals;

namespace {

// Column positions in CustomerTable::columns().
enum Column {
    kId,
    kCustomerNo,
    kFirstName,
    kLastName,
    kEmail,
    kPhone,
    kStreet,
    kPostcode,
    kCity,
    kCountry,
    kLoyaltyCard,
    kLoyaltyTier,
    kLoyaltyPoints,
    kPreferredStoreId,
    kCustomerSince,
    kConsents,
    kVersion,
    kUpdatedAt,
    kSeq,
};

// Keys in the order QJsonObject keeps them (sorted), so the text equals Qt's serialisation.
std::string customerJson(const FeedColumns& q) {
    auto text = [&q](std::string& out, Column column) {
        q.appendJsonString(out, column);
    };
    std::string j;
    j.reserve(1024);
    j += R"({"address":{"city":)";
    text(j, kCity);
    j += R"(,"country":)";
    text(j, kCountry);
    j += R"(,"postcode":)";
    text(j, kPostcode);
    j += R"(,"street":)";
    text(j, kStreet);
    // Stored in its final form by ConsentText::toJson().
    j += R"(},"consents":)";
    q.appendRaw(j, kConsents);
    j += R"(,"customer_no":)";
    text(j, kCustomerNo);
    j += R"(,"customer_since":)";
    q.appendJsonStringOrNull(j, kCustomerSince);
    j += R"(,"email":)";
    text(j, kEmail);
    j += R"(,"first_name":)";
    text(j, kFirstName);
    j += R"(,"id":)";
    text(j, kId);
    j += R"(,"last_name":)";
    text(j, kLastName);
    j += R"(,"loyalty":{"card":)";
    text(j, kLoyaltyCard);
    j += R"(,"points":)";
    JsonText::appendInteger(j, q.integer(kLoyaltyPoints));
    j += R"(,"tier":)";
    text(j, kLoyaltyTier);
    j += R"(},"phone":)";
    text(j, kPhone);
    j += R"(,"preferred_store_id":)";
    q.appendJsonStringOrNull(j, kPreferredStoreId);
    j += R"(,"updated_at":)";
    text(j, kUpdatedAt);
    j += R"(,"version":)";
    JsonText::appendInteger(j, q.integer(kVersion));
    j += '}';
    return j;
}

} // namespace

CustomerFeed::CustomerFeed()
    : SqlTableFeed({CustomerService::kFeed, u"customers"_s, CustomerTable::columns(), QString(), &rowJson}) {
    static_assert(kSeq == CustomerTable::kColumnCount - 1);
}

std::string CustomerFeed::rowJson(const FeedColumns& columns) {
    return customerJson(columns);
}
