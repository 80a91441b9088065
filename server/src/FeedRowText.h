#pragma once

#include "FeedColumns.h"
#include "JsonText.h"

#include <string>

// Writes one feed row from the columns of a query as JSON text. The caller writes the keys (with their
// punctuation) in sorted order, as QJsonDocument would, so the bytes equal Qt's serialisation.
class FeedRowText {
public:
    explicit FeedRowText(const FeedColumns& columns, size_t reserve = 512)
        : m_columns(columns) {
        m_text.reserve(reserve);
    }

    FeedRowText& key(const char* punctuationAndKey) {
        m_text += punctuationAndKey;
        return *this;
    }
    void text(int column) { m_columns.appendJsonString(m_text, column); }
    // NULL or empty as null.
    void textOrNull(int column) { m_columns.appendJsonStringOrNull(m_text, column); }
    // A column that holds JSON text already (nested objects and arrays).
    void json(int column) { m_columns.appendRaw(m_text, column); }
    void integer(int column) { JsonText::appendInteger(m_text, m_columns.integer(column)); }
    void boolean(int column) { m_text += m_columns.integer(column) != 0 ? "true" : "false"; }
    bool isNull(int column) const { return m_columns.isNull(column); }

    std::string take() {
        m_text += '}';
        return std::move(m_text);
    }

private:
    const FeedColumns& m_columns;
    std::string m_text;
};
