#include "CatalogFeeds.h"

#include "FeedRowText.h"
#include "ReturnPolicyJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

enum StoreColumn {
    kStId,
    kStName,
    kStTimeZone,
    kStStreet,
    kStPostcode,
    kStCity,
    kStCountry,
    kStPhone,
    kStReturnPolicy,
    kStVersion,
    kStUpdatedAt
};

std::string storeJson(const FeedColumns& q) {
    FeedRowText j(q, 300);
    // address and phone are optional in the contract: left out when the store has none.
    if (!j.isNull(kStStreet)) {
        j.key(R"({"address":{"city":)").text(kStCity);
        j.key(R"(,"country":)").text(kStCountry);
        j.key(R"(,"postcode":)").text(kStPostcode);
        j.key(R"(,"street":)").text(kStStreet);
        j.key(R"(},"id":)").text(kStId);
    } else {
        j.key(R"({"id":)").text(kStId);
    }
    j.key(R"(,"name":)").text(kStName);
    if (!j.isNull(kStPhone))
        j.key(R"(,"phone":)").text(kStPhone);
    // NULL: the store has never had a policy other than the defaults.
    static const std::string defaultPolicy = QJsonDocument(ReturnPolicyJson::toJson(ReturnPolicyConfig()))
                                                 .toJson(QJsonDocument::Compact)
                                                 .toStdString();
    j.key(R"(,"return_policy":)");
    if (j.isNull(kStReturnPolicy))
        j.key(defaultPolicy.c_str());
    else
        j.json(kStReturnPolicy);
    j.key(R"(,"time_zone":)").text(kStTimeZone);
    j.key(R"(,"updated_at":)").text(kStUpdatedAt);
    j.key(R"(,"version":)").integer(kStVersion);
    return j.take();
}

enum ProductColumn {
    kPrId,
    kPrSku,
    kPrEans,
    kPrName,
    kPrBrand,
    kPrSize,
    kPrColour,
    kPrPrice,
    kPrCurrency,
    kPrVatRate,
    kPrReturnable,
    kPrReason,
    kPrPromotionLabel,
    kPrPromotionPrice,
    kPrPromotionEndsAt,
    kPrVersion,
    kPrUpdatedAt,
};

std::string productJson(const FeedColumns& q) {
    FeedRowText j(q, 400);
    j.key(R"({"brand":)").text(kPrBrand);
    j.key(R"(,"eans":)").json(kPrEans);
    j.key(R"(,"id":)").text(kPrId);
    j.key(R"(,"name":)").text(kPrName);
    j.key(R"(,"non_returnable_reason":)").textOrNull(kPrReason);
    j.key(R"(,"price":{"amount":)").integer(kPrPrice);
    j.key(R"(,"currency":)").text(kPrCurrency);
    if (j.isNull(kPrPromotionLabel)) {
        j.key(R"(},"promotion":null)");
    } else {
        j.key(R"(},"promotion":{"ends_at":)").text(kPrPromotionEndsAt);
        j.key(R"(,"label":)").text(kPrPromotionLabel);
        j.key(R"(,"price":{"amount":)").integer(kPrPromotionPrice);
        j.key(R"(,"currency":)").text(kPrCurrency);
        j.key("}}");
    }
    j.key(R"(,"returnable":)").boolean(kPrReturnable);
    j.key(R"(,"sku":)").text(kPrSku);
    j.key(R"(,"updated_at":)").text(kPrUpdatedAt);
    j.key(R"(,"variant":{"colour":)").textOrNull(kPrColour);
    j.key(R"(,"size":)").textOrNull(kPrSize);
    j.key(R"(},"vat_rate":)");
    j.key(CatalogFeeds::vatRateText(int(q.integer(kPrVatRate))).c_str());
    j.key(R"(,"version":)").integer(kPrVersion);
    return j.take();
}

enum StockColumn { kSkId, kSkSku, kSkLocation, kSkQuantity, kSkVersion, kSkUpdatedAt };

std::string stockJson(const FeedColumns& q) {
    FeedRowText j(q, 200);
    j.key(R"({"id":)").text(kSkId);
    j.key(R"(,"location":)").text(kSkLocation);
    j.key(R"(,"quantity":)").integer(kSkQuantity);
    j.key(R"(,"sku":)").text(kSkSku);
    j.key(R"(,"updated_at":)").text(kSkUpdatedAt);
    j.key(R"(,"version":)").integer(kSkVersion);
    return j.take();
}

} // namespace

std::string CatalogFeeds::vatRateText(int hundredths) {
    std::string text = std::to_string(hundredths / 100);
    if (const int fraction = hundredths % 100; fraction != 0) {
        text += '.';
        text += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            text += char('0' + fraction % 10);
    }
    return text;
}

std::unique_ptr<SyncFeed> CatalogFeeds::stores() {
    return std::make_unique<SqlTableFeed>(SqlTableFeed::Definition{
        u"stores"_s, u"stores"_s,
        u"id, name, time_zone, street, postcode, city, country, phone, return_policy, version, updated_at, seq"_s,
        QString(), &storeJson});
}

std::unique_ptr<SyncFeed> CatalogFeeds::products() {
    return std::make_unique<SqlTableFeed>(SqlTableFeed::Definition{
        u"products"_s, u"products"_s,
        u"id, sku, eans, name, brand, size, colour, price_cents, currency, vat_rate, returnable, "
        "non_returnable_reason, promotion_label, promotion_price_cents, promotion_ends_at, version, "
        "updated_at, seq"_s,
        QString(), &productJson});
}

std::unique_ptr<SyncFeed> CatalogFeeds::stock() {
    return std::make_unique<SqlTableFeed>(SqlTableFeed::Definition{
        u"stock"_s, u"stock"_s, u"id, sku, location, quantity, version, updated_at, seq"_s, QString(),
        &stockJson});
}
