#pragma once

#include <QString>

#include <string>

// The row a feed query stands on, column by column, as the feed row writers (FeedRowText) read it.
// Two sources: QueryFeedColumns over a QSqlQuery (any engine, also single rows for command answers)
// and SqliteFeedColumns over a bare sqlite3 statement, which pages a feed on SQLite without Qt Sql's
// per-value copies and its UTF-8 → UTF-16 → UTF-8 round trip of every text.
class FeedColumns {
public:
    virtual ~FeedColumns() = default;

    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    // Appends the column's text as a JSON string, escaped as QJsonDocument does.
    virtual void appendJsonString(std::string& out, int column) const = 0;
    // As appendJsonString, but null for NULL or empty text.
    virtual void appendJsonStringOrNull(std::string& out, int column) const = 0;
    // Appends the column's text as it is: a column that holds JSON already (nested objects, arrays).
    virtual void appendRaw(std::string& out, int column) const = 0;
};
