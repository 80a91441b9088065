#include "JsonFieldReader.h"

#include "SalesChannel.h"
#include "UtcTimestamp.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kUnknownValue = u"has an unknown value";

bool isIntegral(const QJsonValue& value) {
    if (!value.isDouble())
        return false;
    const double raw = value.toDouble();
    return raw == static_cast<double>(static_cast<qint64>(raw)) && raw <= 9.0e15 && raw >= -9.0e15;
}

bool isBase64(const QString& text) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9+/]+={0,2}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject& object, const QString& entity)
    : m_object(object)
    , m_state(std::make_shared<State>()) {
    m_state->entity = entity;
}

JsonFieldReader::JsonFieldReader(const JsonFieldReader& parent, const QJsonObject& object,
                                 const QString& path)
    : m_object(object)
    , m_path(parent.m_path.isEmpty() ? path : parent.m_path + u'.' + path)
    , m_state(parent.m_state) {}

void JsonFieldReader::fail(QStringView field, QStringView reason) {
    if (m_state->failed)
        return;
    m_state->failed = true;
    m_state->field = m_path.isEmpty() ? field.toString() : m_path + u'.' + field.toString();
    m_state->reason = reason.toString();
}

Error JsonFieldReader::error() const {
    if (!m_state->failed)
        return {};
    const QString subject = m_state->id.isEmpty() ? m_state->entity : m_state->entity + u' ' + m_state->id;
    return makeError(ErrorCode::kApiBadResponse,
                     u"%1: field '%2' %3"_s.arg(subject, m_state->field, m_state->reason));
}

QString JsonFieldReader::id(QStringView key) {
    const QString value = nonEmptyString(key);
    if (ok() && m_path.isEmpty())
        m_state->id = value.left(100);
    return value;
}

bool JsonFieldReader::isNullOrAbsent(QStringView key) const {
    const QJsonValue value = valueOf(key);
    return value.isNull() || value.isUndefined();
}

QString JsonFieldReader::string(QStringView key) {
    const QJsonValue value = valueOf(key);
    if (!value.isString()) {
        fail(key, kWrongType);
        return {};
    }
    return value.toString();
}

QString JsonFieldReader::nonEmptyString(QStringView key) {
    const QJsonValue value = valueOf(key);
    if (!value.isString() || value.toString().isEmpty()) {
        fail(key, kWrongType);
        return {};
    }
    return value.toString();
}

QString JsonFieldReader::nullableString(QStringView key) {
    if (isNullOrAbsent(key))
        return {};
    return string(key);
}

qint64 JsonFieldReader::integer(QStringView key, qint64 minimum) {
    const QJsonValue value = valueOf(key);
    if (!isIntegral(value)) {
        fail(key, kWrongType);
        return 0;
    }
    const qint64 number = value.toInteger();
    if (number < minimum) {
        fail(key, u"is out of range");
        return 0;
    }
    return number;
}

bool JsonFieldReader::boolean(QStringView key) {
    const QJsonValue value = valueOf(key);
    if (!value.isBool()) {
        fail(key, kWrongType);
        return false;
    }
    return value.toBool();
}

Money JsonFieldReader::money(QStringView key) {
    const std::optional<Money> amount = Money::fromJson(valueOf(key));
    if (!amount) {
        fail(key, u"is not a money amount (integer cents and an ISO currency)");
        return {};
    }
    return *amount;
}

QDateTime JsonFieldReader::timestamp(QStringView key) {
    const QJsonValue value = valueOf(key);
    // The API sends UTC with 'Z'; a time without a zone would be read as local time.
    const QDateTime time = value.isString() ? UtcTimestamp::parse(value.toString()) : QDateTime();
    if (!time.isValid()) {
        fail(key, u"is not a UTC timestamp");
        return {};
    }
    return time;
}

QDateTime JsonFieldReader::nullableTimestamp(QStringView key) {
    if (isNullOrAbsent(key))
        return {};
    return timestamp(key);
}

QString JsonFieldReader::enumValue(QStringView key, std::initializer_list<QStringView> allowed) {
    const QJsonValue value = valueOf(key);
    if (!value.isString()) {
        fail(key, kWrongType);
        return {};
    }
    const QString text = value.toString();
    for (QStringView name : allowed) {
        if (text == name)
            return text;
    }
    fail(key, kUnknownValue);
    return {};
}

QString JsonFieldReader::nullableEnum(QStringView key, std::initializer_list<QStringView> allowed) {
    if (isNullOrAbsent(key))
        return {};
    return enumValue(key, allowed);
}

QString JsonFieldReader::channel(QStringView key) {
    const QString text = string(key);
    if (ok() && !SalesChannel::isValid(text)) {
        fail(key, kUnknownValue);
        return {};
    }
    return text;
}

QString JsonFieldReader::secretHash(QStringView key) {
    const QJsonValue value = valueOf(key);
    if (!value.isObject()) {
        fail(key, kWrongType);
        return {};
    }
    const QJsonObject hash = value.toObject();
    const QJsonValue iterations = hash.value(u"iterations");
    if (hash.value(u"algorithm").toString() != u"pbkdf2-sha256" || !isIntegral(iterations) ||
        iterations.toInteger() < 10000 || !isBase64(hash.value(u"salt").toString()) ||
        !isBase64(hash.value(u"hash").toString())) {
        fail(key, u"is not a pbkdf2-sha256 hash descriptor");
        return {};
    }
    // Kept as the descriptor PinHash::verify() reads; weak ones are refused there, not here.
    const QJsonObject descriptor{{u"algorithm"_s, hash.value(u"algorithm")},
                                 {u"iterations"_s, iterations},
                                 {u"salt"_s, hash.value(u"salt")},
                                 {u"hash"_s, hash.value(u"hash")}};
    return QString::fromUtf8(QJsonDocument(descriptor).toJson(QJsonDocument::Compact));
}

QJsonObject JsonFieldReader::object(QStringView key) {
    const QJsonValue value = valueOf(key);
    if (!value.isObject()) {
        fail(key, kWrongType);
        return {};
    }
    return value.toObject();
}

QJsonValue JsonOut::timestamp(const QDateTime& utc) {
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue JsonOut::stringOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject JsonOut::secretHash(const QString& descriptor) {
    return QJsonDocument::fromJson(descriptor.toUtf8()).object();
}
