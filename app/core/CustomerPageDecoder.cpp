#include "CustomerPageDecoder.h"

#include "FeedDocumentItems.h"
#include "UtcTimestamp.h"

using namespace Qt::StringLiterals;

namespace {

using Member = std::optional<simdjson::dom::element>;

// lastMember of an object that may be missing.
Member member(const std::optional<simdjson::dom::object>& object, std::string_view key) {
    return object ? lastMember(*object, key) : Member();
}

bool isNullOrAbsent(const Member& value) {
    return !value || value->is_null();
}

// QJsonValue::toString(fallback): the text of a string, else fallback (a null QString by default).
QString text(const Member& value, const QString& fallback = {}) {
    std::string_view utf8;
    if (!value || value->get_string().get(utf8))
        return fallback;
    return QString::fromUtf8(utf8.empty() ? "" : utf8.data(), qsizetype(utf8.size()));
}

// QJsonValue::toInteger() and toInt(): a whole number that fits, else 0.
template <typename Whole> Whole whole(const Member& value) {
    if (!value)
        return 0;
    int64_t integer = 0;
    double raw = 0;
    switch (value->type()) {
    case simdjson::dom::element_type::INT64:
        integer = value->get_int64().value_unsafe();
        return qint64(Whole(integer)) == integer ? Whole(integer) : 0;
    case simdjson::dom::element_type::DOUBLE:
        raw = value->get_double().value_unsafe();
        if (!(raw >= double(std::numeric_limits<Whole>::min()) &&
              raw < -double(std::numeric_limits<Whole>::min())))
            return 0;
        return double(Whole(raw)) == raw ? Whole(raw) : 0;
    default: // UINT64 is above qint64
        return 0;
    }
}

// QDateTime::fromString(text, Qt::ISODateWithMs); the API's own shapes digit by digit.
QDateTime isoTime(const Member& value) {
    std::string_view utf8;
    if (value && !value->get_string().get(utf8)) {
        if (const QDateTime canonical = UtcTimestamp::parseCanonical(utf8); canonical.isValid())
            return canonical;
    }
    return QDateTime::fromString(text(value), Qt::ISODateWithMs);
}

std::optional<simdjson::dom::object> objectOf(const Member& value) {
    simdjson::dom::object object;
    if (!value || value->get_object().get(object))
        return std::nullopt;
    return object;
}

// ConsentJson::fromJson.
Result<Consent> decodeConsent(const Member& value) {
    const std::optional<simdjson::dom::object> o = objectOf(value);
    const Member purpose = member(o, "purpose");
    const Member granted = member(o, "granted");
    if (!purpose || !purpose->is_string() || !granted || !granted->is_bool())
        return makeError(ErrorCode::kApiBadResponse,
                         u"consent: 'purpose' or 'granted' missing or wrong type"_s);
    Consent consent;
    consent.purpose = text(purpose);
    consent.granted = granted->get_bool().value_unsafe();
    consent.changedAt = isoTime(member(o, "changed_at"));
    consent.source = text(member(o, "source"));
    return consent;
}

// CustomerJson::fromJson.
Result<Customer> decodeCustomer(simdjson::dom::object object) {
    auto bad = [](const char* field) {
        return makeError(
            ErrorCode::kApiBadResponse,
            QStringLiteral("customer: field '%1' missing or wrong type").arg(QLatin1String(field)));
    };
    const std::optional<simdjson::dom::object> o = object;
    const Member id = member(o, "id");
    std::string_view idText;
    if (!id || id->get_string().get(idText) || idText.empty())
        return bad("id");
    const Member customerNo = member(o, "customer_no");
    if (!customerNo || !customerNo->is_string())
        return bad("customer_no");
    const Member version = member(o, "version");
    if (!version || !version->is_number())
        return bad("version");
    const Member addressValue = member(o, "address");
    const Member loyaltyValue = member(o, "loyalty");
    if (!isNullOrAbsent(addressValue) && !addressValue->is_object())
        return bad("address");
    if (!isNullOrAbsent(loyaltyValue) && !loyaltyValue->is_object())
        return bad("loyalty");
    const Member consentsValue = member(o, "consents");
    if (!isNullOrAbsent(consentsValue) && !consentsValue->is_array())
        return bad("consents");

    Customer c;
    c.id = text(id);
    c.customerNo = text(customerNo);
    c.firstName = text(member(o, "first_name"));
    c.lastName = text(member(o, "last_name"));
    c.email = text(member(o, "email"));
    c.phone = text(member(o, "phone"));
    const std::optional<simdjson::dom::object> address = objectOf(addressValue);
    c.street = text(member(address, "street"));
    c.postcode = text(member(address, "postcode"));
    c.city = text(member(address, "city"));
    c.country = text(member(address, "country"), QStringLiteral("DE"));
    const std::optional<simdjson::dom::object> loyalty = objectOf(loyaltyValue);
    c.loyaltyCard = text(member(loyalty, "card"));
    c.loyaltyTier = text(member(loyalty, "tier"));
    c.loyaltyPoints = whole<int>(member(loyalty, "points"));
    c.preferredStoreId = text(member(o, "preferred_store_id"));
    c.customerSince = QDate::fromString(text(member(o, "customer_since")), Qt::ISODate);
    c.version = whole<qint64>(version);
    c.updatedAt = isoTime(member(o, "updated_at"));
    simdjson::dom::array consents;
    if (consentsValue && !consentsValue->get_array().get(consents)) {
        for (const simdjson::dom::element value : consents) {
            Result<Consent> consent = decodeConsent(value);
            if (!consent)
                return consent.error();
            c.consents.append(std::move(consent).value());
        }
    }
    return c;
}

} // namespace

Result<QList<Customer>> CustomerPageDecoder::decode(const FeedDocument& document) {
    QList<Customer> customers;
    customers.reserve(document.itemCount());
    for (const simdjson::dom::element item : document.parsed().items) {
        Result<Customer> decoded = decodeCustomer(item.get_object().value_unsafe());
        if (!decoded)
            return decoded.error();
        customers.append(std::move(decoded).value());
    }
    return customers;
}
