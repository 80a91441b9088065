#pragma once

#include "FeedColumns.h"

#include <string_view>

struct sqlite3_stmt;

// FeedColumns of the row a bare sqlite3 statement stands on (after sqlite3_step gave SQLITE_ROW).
// Texts are read as the UTF-8 SQLite stores and written into the JSON without converting them.
class SqliteFeedColumns final : public FeedColumns {
public:
    explicit SqliteFeedColumns(sqlite3_stmt* statement)
        : m_statement(statement) {}

    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    void appendJsonString(std::string& out, int column) const override;
    void appendJsonStringOrNull(std::string& out, int column) const override;
    void appendRaw(std::string& out, int column) const override;

private:
    std::string_view utf8(int column) const;

    sqlite3_stmt* m_statement;
};
