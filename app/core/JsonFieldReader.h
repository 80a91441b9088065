#pragma once

#include "Money.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <limits>
#include <memory>

// Reads the fields of one API row strictly, the way the feed codecs need it: the first problem is
// kept with the field's path ("lines[1].unit_price"), every later read returns a default, and
// error() names the entity, its id and that field. Ids only, never names or other personal data.
class JsonFieldReader {
public:
    JsonFieldReader(const QJsonObject& object, const QString& entity);

    // The row's id, for the error message; empty or wrong type is itself an error.
    QString id(QStringView key = u"id");

    QString string(QStringView key);         // required, may be empty
    QString nonEmptyString(QStringView key); // required, not empty
    QString nullableString(QStringView key); // null or absent gives an empty string
    qint64 integer(QStringView key, qint64 minimum = std::numeric_limits<qint64>::min());
    bool boolean(QStringView key);
    Money money(QStringView key);
    QDateTime timestamp(QStringView key);         // required UTC ISO-8601
    QDateTime nullableTimestamp(QStringView key); // null or absent gives an invalid time
    QString enumValue(QStringView key, std::initializer_list<QStringView> allowed);
    QString nullableEnum(QStringView key, std::initializer_list<QStringView> allowed);
    // A sales channel: webshop, app, store, phone or marketplace:<name>.
    QString channel(QStringView key);
    // A SecretHash object (pbkdf2-sha256, iterations, salt, hash) as a PinHash descriptor string.
    QString secretHash(QStringView key);
    QJsonObject object(QStringView key);
    bool isNullOrAbsent(QStringView key) const;

    // Calls read(JsonFieldReader&) for every element of the required array key, each with its own
    // path ("lines[2]"); an element that is not an object, or fewer than minItems, is an error.
    template <typename Fn> void forEachObject(QStringView key, Fn read, int minItems = 0) {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            fail(key, kWrongType);
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.size() < minItems) {
            fail(key, u"has too few items");
            return;
        }
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString path = key.toString() + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject()) {
                fail(path, kWrongType);
                return;
            }
            JsonFieldReader child(*this, array.at(i).toObject(), path);
            read(child);
        }
    }
    // The same for a required nested object ("totals.net").
    template <typename Fn> void withObject(QStringView key, Fn read) {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject()) {
            fail(key, kWrongType);
            return;
        }
        JsonFieldReader child(*this, value.toObject(), key.toString());
        read(child);
    }

    // Marks field (below this reader's path) as bad for a reason the codec found itself.
    void fail(QStringView field, QStringView reason);
    bool ok() const { return !m_state->failed; }
    // api.bad_response, e.g. "order 0195…: field 'lines[1].quantity' missing or wrong type".
    Error error() const;

    static constexpr QStringView kWrongType = u"missing or wrong type";

private:
    struct State {
        QString entity;
        QString id;
        bool failed = false;
        QString field;
        QString reason;
    };
    JsonFieldReader(const JsonFieldReader& parent, const QJsonObject& object, const QString& path);
    QJsonValue valueOf(QStringView key) const { return m_object.value(key); }

    QJsonObject m_object;
    QString m_path; // "" at the top, "lines[1]" below
    std::shared_ptr<State> m_state;
};

// Helpers for codecs that write rows back to JSON (the cache keeps sub-structures as JSON text).
namespace JsonOut {
QJsonValue timestamp(const QDateTime& utc);        // null when invalid
QJsonValue stringOrNull(const QString& text);      // null when empty
QJsonObject secretHash(const QString& descriptor); // the descriptor string as an object
} // namespace JsonOut
