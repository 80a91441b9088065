#include "ProductJson.h"

#include "JsonFieldReader.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

QJsonObject ProductJson::toJson(const Product& p) {
    QJsonArray eans;
    for (const QString& ean : p.eans)
        eans.append(ean);
    // Whole percentages go out as integers (19), others with their fraction (10.7).
    const QJsonValue vat = p.vatRateHundredths % 100 == 0 ? QJsonValue(p.vatRateHundredths / 100)
                                                          : QJsonValue(p.vatRateHundredths / 100.0);
    return QJsonObject{
        {u"id"_s, p.id},
        {u"sku"_s, p.sku},
        {u"eans"_s, eans},
        {u"name"_s, p.name},
        {u"brand"_s, p.brand},
        {u"variant"_s, QJsonObject{{u"size"_s, JsonOut::stringOrNull(p.size)},
                                   {u"colour"_s, JsonOut::stringOrNull(p.colour)}}},
        {u"price"_s, p.price.toJson()},
        {u"vat_rate"_s, vat},
        {u"returnable"_s, p.returnable},
        {u"non_returnable_reason"_s, JsonOut::stringOrNull(p.nonReturnableReason)},
        {u"promotion"_s,
         p.promotion ? QJsonValue(QJsonObject{{u"label"_s, p.promotion->label},
                                              {u"price"_s, p.promotion->price.toJson()},
                                              {u"ends_at"_s, JsonOut::timestamp(p.promotion->endsAt)}})
                     : QJsonValue()},
        {u"version"_s, p.version},
        {u"updated_at"_s, JsonOut::timestamp(p.updatedAt)},
    };
}

Result<Product> ProductJson::fromJson(const QJsonObject& object) {
    static const QRegularExpression eanPattern(u"^([0-9]{8}|[0-9]{13})$"_s);
    JsonFieldReader r(object, u"product"_s);
    Product p;
    p.id = r.id();
    p.sku = r.nonEmptyString(u"sku");
    const QJsonValue eans = object.value(u"eans");
    if (!eans.isArray()) {
        r.fail(u"eans", JsonFieldReader::kWrongType);
    } else {
        const QJsonArray list = eans.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString ean = list.at(i).toString();
            if (!list.at(i).isString() || !eanPattern.match(ean).hasMatch()) {
                r.fail(u"eans[%1]"_s.arg(i), u"is not an EAN-8 or EAN-13");
                break;
            }
            p.eans.append(ean);
        }
    }
    p.name = r.string(u"name");
    p.brand = r.string(u"brand");
    r.withObject(u"variant", [&p](JsonFieldReader& v) {
        p.size = v.nullableString(u"size");
        p.colour = v.nullableString(u"colour");
    });
    p.price = r.money(u"price");
    const QJsonValue vat = object.value(u"vat_rate");
    const double hundredths = vat.toDouble() * 100.0;
    if (!vat.isDouble() || hundredths < 0 || hundredths > 10000 ||
        std::abs(hundredths - std::round(hundredths)) > 1e-6)
        r.fail(u"vat_rate", u"is not a percentage with at most two decimals");
    else
        p.vatRateHundredths = int(std::lround(hundredths));
    p.returnable = r.boolean(u"returnable");
    p.nonReturnableReason =
        r.nullableEnum(u"non_returnable_reason",
                       {u"hygiene", u"personalised", u"sealed_media", u"perishable", u"gift_card"});
    // Backends without promotions may leave the member out.
    if (!r.isNullOrAbsent(u"promotion")) {
        r.withObject(u"promotion", [&p](JsonFieldReader& promo) {
            ProductPromotion promotion;
            promotion.label = promo.nonEmptyString(u"label");
            promotion.price = promo.money(u"price");
            promotion.endsAt = promo.timestamp(u"ends_at");
            if (promo.ok() && !promotion.price.sameCurrency(p.price))
                promo.fail(u"price", u"is not in the currency of the regular price");
            p.promotion = promotion;
        });
    }
    p.version = r.integer(u"version", 1);
    p.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return r.error();
    return p;
}
