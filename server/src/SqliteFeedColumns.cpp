#include "SqliteFeedColumns.h"

#include "JsonText.h"

#include <sqlite3.h>

bool SqliteFeedColumns::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteFeedColumns::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

std::string_view SqliteFeedColumns::utf8(int column) const {
    // sqlite3_column_text before sqlite3_column_bytes, as SQLite's documentation asks.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

QString SqliteFeedColumns::text(int column) const {
    const std::string_view value = utf8(column);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

void SqliteFeedColumns::appendJsonString(std::string& out, int column) const {
    JsonText::appendUtf8String(out, utf8(column));
}

void SqliteFeedColumns::appendJsonStringOrNull(std::string& out, int column) const {
    const std::string_view value = utf8(column);
    if (value.empty())
        out += "null";
    else
        JsonText::appendUtf8String(out, value);
}

void SqliteFeedColumns::appendRaw(std::string& out, int column) const {
    out += utf8(column);
}
