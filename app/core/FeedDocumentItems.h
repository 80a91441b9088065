#pragma once

// For the decoders of FeedDocument items only: this pulls in simdjson (a large header).

#include "FeedDocument.h"

#include <QString>

#include <optional>
#include <string_view>

#include <simdjson.h>

struct FeedDocument::Parsed {
    simdjson::padded_string body;
    simdjson::dom::parser parser;
    simdjson::dom::array items; // every one an object (checked by parsePage)
};

// The value of key in object, the last one where the key repeats (as QJsonObject keeps it).
inline std::optional<simdjson::dom::element> lastMember(simdjson::dom::object object, std::string_view key) {
    std::optional<simdjson::dom::element> found;
    for (const simdjson::dom::key_value_pair field : object) {
        if (field.key == key)
            found = field.value;
    }
    return found;
}

// Decodes every item of document with decodeItem(simdjson::dom::object) -> Result<Record>, failing
// on the first bad one the way RecordFeedApplier does: "<feed> feed, item <n>: <the codec's detail>".
template <typename Record, typename DecodeItem>
Result<QList<Record>> decodeFeedItems(const FeedDocument& document, const QString& feed,
                                      const DecodeItem& decodeItem) {
    QList<Record> records;
    records.reserve(document.itemCount());
    qsizetype index = 0;
    for (simdjson::dom::element item : document.parsed().items) {
        Result<Record> decoded = decodeItem(item.get_object().value_unsafe());
        if (!decoded) {
            Error error = decoded.error();
            error.detail = QStringLiteral("%1 feed, item %2: %3").arg(feed).arg(index).arg(error.detail);
            return error;
        }
        records.append(std::move(decoded).value());
        ++index;
    }
    return records;
}
