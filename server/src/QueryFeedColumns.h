#pragma once

#include "FeedColumns.h"

class QSqlQuery;

// FeedColumns of the row a QSqlQuery stands on: works on every engine.
class QueryFeedColumns final : public FeedColumns {
public:
    explicit QueryFeedColumns(const QSqlQuery& query)
        : m_query(query) {}

    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    void appendJsonString(std::string& out, int column) const override;
    void appendJsonStringOrNull(std::string& out, int column) const override;
    void appendRaw(std::string& out, int column) const override;

private:
    const QSqlQuery& m_query;
};
