#pragma once

// For the decoders of FeedDocument items only: this pulls in simdjson (a large header).

#include "Result.h"

#include <QDateTime>
#include <QString>

#include <initializer_list>
#include <limits>
#include <optional>
#include <string_view>

#include <simdjson.h>

// JsonFieldReader's rules over a simdjson object of a parsed feed page, the texts as UTF-8 views into
// the page (valid as long as its FeedDocument): the same checks in the same order give the same first
// problem, with the same field path ("lines[1].unit_price") and the same error() text. Nothing is
// copied or converted unless a codec asks for it, and the path only when a field is bad.
class SpanFieldReader {
public:
    SpanFieldReader(simdjson::dom::object object, QStringView entity);

    std::string_view id(std::string_view key = "id");
    std::string_view string(std::string_view key);         // required, may be empty
    std::string_view nonEmptyString(std::string_view key); // required, not empty
    std::string_view nullableString(std::string_view key); // null or absent gives an empty text
    qint64 integer(std::string_view key, qint64 minimum = std::numeric_limits<qint64>::min());
    bool boolean(std::string_view key);
    struct Amount {
        qint64 cents = 0;
        std::string_view currency;
    };
    Amount money(std::string_view key);
    // A required UTC ISO-8601 timestamp, its text as sent; utcTime() reads it.
    std::string_view timestamp(std::string_view key);
    std::string_view nullableTimestamp(std::string_view key); // null or absent gives an empty text
    std::string_view enumValue(std::string_view key, std::initializer_list<std::string_view> allowed);
    // A sales channel: webshop, app, store, phone or marketplace:<name>.
    std::string_view channel(std::string_view key);
    bool isNullOrAbsent(std::string_view key) const;
    // The member itself (the last one where a key repeats, as in QJsonDocument).
    std::optional<simdjson::dom::element> value(std::string_view key) const;

    template <typename Fn> void forEachObject(std::string_view key, Fn read, int minItems = 0) {
        simdjson::dom::array array;
        const std::optional<simdjson::dom::element> member = value(key);
        if (!member || member->get_array().get(array)) {
            fail(key, kWrongType);
            return;
        }
        if (array.size() < size_t(minItems)) {
            fail(key, u"has too few items");
            return;
        }
        qsizetype index = 0;
        for (const simdjson::dom::element item : array) {
            if (!ok())
                return;
            simdjson::dom::object object;
            if (item.get_object().get(object)) {
                failItem(key, index, kWrongType);
                return;
            }
            SpanFieldReader child(*this, object, key, index);
            read(child);
            ++index;
        }
    }
    template <typename Fn> void withObject(std::string_view key, Fn read) {
        simdjson::dom::object object;
        const std::optional<simdjson::dom::element> member = value(key);
        if (!member || member->get_object().get(object)) {
            fail(key, kWrongType);
            return;
        }
        SpanFieldReader child(*this, object, key, -1);
        read(child);
    }

    void fail(std::string_view field, QStringView reason);
    bool ok() const { return !m_state->failed; }
    Error error() const;

    // The time of a text timestamp() accepted, as UtcTimestamp::parse reads it.
    static QDateTime utcTime(std::string_view text);
    static QString text(std::string_view utf8) {
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }

    static constexpr QStringView kWrongType = u"missing or wrong type";

private:
    struct State {
        QStringView entity;
        std::string_view id;
        bool failed = false;
        QString field;
        QString reason;
    };
    SpanFieldReader(const SpanFieldReader& parent, simdjson::dom::object object, std::string_view key,
                    qsizetype index);
    QString path() const; // "" at the top, "lines[1]" below
    void failItem(std::string_view key, qsizetype index, QStringView reason);
    void failPath(const QString& field, QStringView reason);

    simdjson::dom::object m_object;
    const SpanFieldReader* m_parent = nullptr;
    std::string_view m_key; // below the top: the key of this object, or of its array
    qsizetype m_index = -1; // its index in that array
    State m_ownState;
    State* m_state;
};
