#include "CustomerJson.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(const QDateTime& dt) {
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject CustomerJson::toJson(const Customer& c) {
    QJsonObject address{
        {u"street"_s, c.street}, {u"postcode"_s, c.postcode}, {u"city"_s, c.city}, {u"country"_s, c.country}};
    QJsonObject loyalty{
        {u"card"_s, c.loyaltyCard}, {u"tier"_s, c.loyaltyTier}, {u"points"_s, c.loyaltyPoints}};
    QJsonArray consents;
    for (const Consent& consent : c.consents)
        consents.append(ConsentJson::toJson(consent));
    return QJsonObject{
        {u"id"_s, c.id},
        {u"customer_no"_s, c.customerNo},
        {u"first_name"_s, c.firstName},
        {u"last_name"_s, c.lastName},
        {u"email"_s, c.email},
        {u"phone"_s, c.phone},
        {u"address"_s, address},
        {u"loyalty"_s, loyalty},
        {u"preferred_store_id"_s,
         c.preferredStoreId.isEmpty() ? QJsonValue() : QJsonValue(c.preferredStoreId)},
        {u"customer_since"_s,
         c.customerSince.isValid() ? QJsonValue(c.customerSince.toString(Qt::ISODate)) : QJsonValue()},
        {u"consents"_s, consents},
        {u"version"_s, c.version},
        {u"updated_at"_s, isoUtc(c.updatedAt)},
    };
}

Result<Customer> CustomerJson::fromJson(const QJsonObject& o) {
    auto bad = [](const char* field) {
        return makeError(
            ErrorCode::kApiBadResponse,
            QStringLiteral("customer: field '%1' missing or wrong type").arg(QLatin1String(field)));
    };
    if (!o.value(u"id").isString() || o.value(u"id").toString().isEmpty())
        return bad("id");
    if (!o.value(u"customer_no").isString())
        return bad("customer_no");
    if (!o.value(u"version").isDouble())
        return bad("version");
    const QJsonValue addressValue = o.value(u"address");
    const QJsonValue loyaltyValue = o.value(u"loyalty");
    if (!addressValue.isUndefined() && !addressValue.isNull() && !addressValue.isObject())
        return bad("address");
    if (!loyaltyValue.isUndefined() && !loyaltyValue.isNull() && !loyaltyValue.isObject())
        return bad("loyalty");
    const QJsonValue consentsValue = o.value(u"consents");
    if (!consentsValue.isUndefined() && !consentsValue.isNull() && !consentsValue.isArray())
        return bad("consents");

    Customer c;
    c.id = o.value(u"id").toString();
    c.customerNo = o.value(u"customer_no").toString();
    c.firstName = o.value(u"first_name").toString();
    c.lastName = o.value(u"last_name").toString();
    c.email = o.value(u"email").toString();
    c.phone = o.value(u"phone").toString();
    const QJsonObject address = addressValue.toObject();
    c.street = address.value(u"street").toString();
    c.postcode = address.value(u"postcode").toString();
    c.city = address.value(u"city").toString();
    c.country = address.value(u"country").toString(QStringLiteral("DE"));
    const QJsonObject loyalty = loyaltyValue.toObject();
    c.loyaltyCard = loyalty.value(u"card").toString();
    c.loyaltyTier = loyalty.value(u"tier").toString();
    c.loyaltyPoints = loyalty.value(u"points").toInt();
    c.preferredStoreId = o.value(u"preferred_store_id").toString();
    c.customerSince = QDate::fromString(o.value(u"customer_since").toString(), Qt::ISODate);
    c.version = o.value(u"version").toInteger();
    c.updatedAt = QDateTime::fromString(o.value(u"updated_at").toString(), Qt::ISODateWithMs);
    for (const QJsonValue& value : consentsValue.toArray()) {
        Result<Consent> consent = ConsentJson::fromJson(value.toObject());
        if (!consent)
            return consent.error();
        c.consents.append(std::move(consent).value());
    }
    return c;
}

const QStringList& ConsentJson::purposes() {
    static const QStringList kPurposes{u"email"_s, u"sms"_s, u"phone"_s, u"personalised_offers"_s};
    return kPurposes;
}

QJsonObject ConsentJson::toJson(const Consent& consent) {
    return QJsonObject{
        {u"purpose"_s, consent.purpose},
        {u"granted"_s, consent.granted},
        {u"changed_at"_s, consent.changedAt.isValid() ? QJsonValue(isoUtc(consent.changedAt)) : QJsonValue()},
        {u"source"_s, consent.source}};
}

Result<Consent> ConsentJson::fromJson(const QJsonObject& o) {
    if (!o.value(u"purpose").isString() || !o.value(u"granted").isBool())
        return makeError(ErrorCode::kApiBadResponse,
                         u"consent: 'purpose' or 'granted' missing or wrong type"_s);
    Consent consent;
    consent.purpose = o.value(u"purpose").toString();
    consent.granted = o.value(u"granted").toBool();
    consent.changedAt = QDateTime::fromString(o.value(u"changed_at").toString(), Qt::ISODateWithMs);
    consent.source = o.value(u"source").toString();
    return consent;
}
