#pragma once

#include "JsonText.h"

#include <QSqlQuery>
#include <QVariant>

#include <string>

// Writes one feed row from the columns of a query as JSON text. The caller writes the keys (with their
// punctuation) in sorted order, as QJsonDocument would, so the bytes equal Qt's serialisation.
class FeedRowText {
public:
    explicit FeedRowText(const QSqlQuery& query, size_t reserve = 512)
        : m_query(query) {
        m_text.reserve(reserve);
    }

    FeedRowText& key(const char* punctuationAndKey) {
        m_text += punctuationAndKey;
        return *this;
    }
    void text(int column) { JsonText::appendString(m_text, m_query.value(column).toString()); }
    // NULL or empty as null.
    void textOrNull(int column) { JsonText::appendStringOrNull(m_text, m_query.value(column)); }
    // A column that holds JSON text already (nested objects and arrays).
    void json(int column) { m_text += m_query.value(column).toString().toStdString(); }
    void integer(int column) { JsonText::appendInteger(m_text, m_query.value(column).toLongLong()); }
    void boolean(int column) { m_text += m_query.value(column).toInt() != 0 ? "true" : "false"; }
    bool isNull(int column) const { return m_query.value(column).isNull(); }

    std::string take() {
        m_text += '}';
        return std::move(m_text);
    }

private:
    const QSqlQuery& m_query;
    std::string m_text;
};
