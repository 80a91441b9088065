#include "SpanFieldReader.h"

#include "FeedDocumentItems.h"
#include "SalesChannel.h"
#include "UtcTimestamp.h"

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kUnknownValue = u"has an unknown value";

QString latin(std::string_view key) {
    return SpanFieldReader::text(key);
}

// As JsonFieldReader: a JSON number that is a whole number of at most 9e15 in magnitude.
std::optional<qint64> integral(const std::optional<simdjson::dom::element>& value) {
    if (!value)
        return std::nullopt;
    int64_t whole = 0;
    double raw = 0;
    switch (value->type()) {
    case simdjson::dom::element_type::INT64:
        whole = value->get_int64().value_unsafe();
        if (whole > 9'000'000'000'000'000 || whole < -9'000'000'000'000'000)
            return std::nullopt;
        return whole;
    case simdjson::dom::element_type::UINT64: // above the int64 range
        return std::nullopt;
    case simdjson::dom::element_type::DOUBLE:
        raw = value->get_double().value_unsafe();
        if (!(raw <= 9.0e15 && raw >= -9.0e15) || raw != static_cast<double>(static_cast<qint64>(raw)))
            return std::nullopt;
        return static_cast<qint64>(raw);
    default:
        return std::nullopt;
    }
}

bool isCurrencyCode(std::string_view code) {
    if (code.size() != 3)
        return false;
    for (char c : code) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

} // namespace

SpanFieldReader::SpanFieldReader(simdjson::dom::object object, QStringView entity)
    : m_object(object)
    , m_state(&m_ownState) {
    m_ownState.entity = entity;
}

SpanFieldReader::SpanFieldReader(const SpanFieldReader& parent, simdjson::dom::object object,
                                 std::string_view key, qsizetype index)
    : m_object(object)
    , m_parent(&parent)
    , m_key(key)
    , m_index(index)
    , m_state(parent.m_state) {}

QString SpanFieldReader::path() const {
    if (!m_parent)
        return {};
    QString own = latin(m_key);
    if (m_index >= 0)
        own += u'[' + QString::number(m_index) + u']';
    const QString above = m_parent->path();
    return above.isEmpty() ? own : above + u'.' + own;
}

void SpanFieldReader::failPath(const QString& field, QStringView reason) {
    if (m_state->failed)
        return;
    m_state->failed = true;
    const QString here = path();
    m_state->field = here.isEmpty() ? field : here + u'.' + field;
    m_state->reason = reason.toString();
}

void SpanFieldReader::fail(std::string_view field, QStringView reason) {
    if (!m_state->failed)
        failPath(latin(field), reason);
}

void SpanFieldReader::failItem(std::string_view key, qsizetype index, QStringView reason) {
    if (!m_state->failed)
        failPath(latin(key) + u'[' + QString::number(index) + u']', reason);
}

Error SpanFieldReader::error() const {
    if (!m_state->failed)
        return {};
    const QString entity = m_state->entity.toString();
    const QString subject = m_state->id.empty() ? entity : entity + u' ' + text(m_state->id).left(100);
    return makeError(ErrorCode::kApiBadResponse,
                     u"%1: field '%2' %3"_s.arg(subject, m_state->field, m_state->reason));
}

std::optional<simdjson::dom::element> SpanFieldReader::value(std::string_view key) const {
    return lastMember(m_object, key);
}

std::string_view SpanFieldReader::id(std::string_view key) {
    const std::string_view value = nonEmptyString(key);
    if (ok() && !m_parent)
        m_state->id = value;
    return value;
}

bool SpanFieldReader::isNullOrAbsent(std::string_view key) const {
    const std::optional<simdjson::dom::element> member = value(key);
    return !member || member->is_null();
}

std::string_view SpanFieldReader::string(std::string_view key) {
    std::string_view text;
    const std::optional<simdjson::dom::element> member = value(key);
    if (!member || member->get_string().get(text)) {
        fail(key, kWrongType);
        return {};
    }
    return text;
}

std::string_view SpanFieldReader::nonEmptyString(std::string_view key) {
    std::string_view text;
    const std::optional<simdjson::dom::element> member = value(key);
    if (!member || member->get_string().get(text) || text.empty()) {
        fail(key, kWrongType);
        return {};
    }
    return text;
}

std::string_view SpanFieldReader::nullableString(std::string_view key) {
    if (isNullOrAbsent(key))
        return {};
    return string(key);
}

qint64 SpanFieldReader::integer(std::string_view key, qint64 minimum) {
    const std::optional<qint64> number = integral(value(key));
    if (!number) {
        fail(key, kWrongType);
        return 0;
    }
    if (*number < minimum) {
        fail(key, u"is out of range");
        return 0;
    }
    return *number;
}

bool SpanFieldReader::boolean(std::string_view key) {
    bool flag = false;
    const std::optional<simdjson::dom::element> member = value(key);
    if (!member || member->get_bool().get(flag)) {
        fail(key, kWrongType);
        return false;
    }
    return flag;
}

SpanFieldReader::Amount SpanFieldReader::money(std::string_view key) {
    // As Money::fromJson: an object with a whole "amount" and an ISO "currency".
    simdjson::dom::object object;
    const std::optional<simdjson::dom::element> member = value(key);
    if (member && !member->get_object().get(object)) {
        const SpanFieldReader amount(*this, object, key, -1);
        const std::optional<simdjson::dom::element> currency = amount.value("currency");
        std::string_view code;
        if (currency && !currency->get_string().get(code) && isCurrencyCode(code)) {
            if (const std::optional<qint64> cents = integral(amount.value("amount")))
                return {*cents, code};
        }
    }
    fail(key, u"is not a money amount (integer cents and an ISO currency)");
    return {};
}

QDateTime SpanFieldReader::utcTime(std::string_view text) {
    const QDateTime canonical = UtcTimestamp::parseCanonical(text);
    return canonical.isValid() ? canonical : UtcTimestamp::parse(SpanFieldReader::text(text));
}

std::string_view SpanFieldReader::timestamp(std::string_view key) {
    // The API sends UTC with 'Z'; a time without a zone would be read as local time.
    std::string_view text;
    const std::optional<simdjson::dom::element> member = value(key);
    if (!member || member->get_string().get(text) ||
        !(UtcTimestamp::isCanonical(text) || UtcTimestamp::parse(SpanFieldReader::text(text)).isValid())) {
        fail(key, u"is not a UTC timestamp");
        return {};
    }
    return text;
}

std::string_view SpanFieldReader::nullableTimestamp(std::string_view key) {
    if (isNullOrAbsent(key))
        return {};
    return timestamp(key);
}

std::string_view SpanFieldReader::enumValue(std::string_view key,
                                            std::initializer_list<std::string_view> allowed) {
    std::string_view text;
    const std::optional<simdjson::dom::element> member = value(key);
    if (!member || member->get_string().get(text)) {
        fail(key, kWrongType);
        return {};
    }
    for (std::string_view name : allowed) {
        if (text == name)
            return text;
    }
    fail(key, kUnknownValue);
    return {};
}

std::string_view SpanFieldReader::channel(std::string_view key) {
    const std::string_view text = string(key);
    if (ok() && !SalesChannel::isValid(text)) {
        fail(key, kUnknownValue);
        return {};
    }
    return text;
}
