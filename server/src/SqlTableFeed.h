#pragma once

#include "FeedColumns.h"
#include "SyncFeed.h"

#include <QSqlQuery>

struct sqlite3;

// A feed served straight from one table: the rows with seq > cursor in seq order, optionally only the
// asking device's store, each written to JSON text by the feed's row writer. Every table feed shares
// this one paging query; a feed only says which table, which columns and how a row looks on the wire.
class SqlTableFeed : public SyncFeed {
public:
    // Writes the row the query stands on (columns as listed in Definition::columns) as one JSON object.
    using RowWriter = std::string (*)(const FeedColumns& columns);

    struct Definition {
        QString name; // the feed name in /v1/sync/{name} and in the tombstones
        QString table;
        QString columns;     // "a, b, …, seq": seq must be the last column
        QString scopeColumn; // empty: every row; else only rows whose column equals the device's store
        RowWriter write = nullptr;
    };

    explicit SqlTableFeed(Definition definition);

    QString name() const override;
    Result<std::vector<Row>> rowsAfter(const QSqlDatabase& db, const Scope& scope, qint64 afterSeq,
                                       int limit) const override;
    Result<qint64> countAfter(const QSqlDatabase& db, const Scope& scope, qint64 afterSeq) const override;

private:
    Result<std::vector<Row>> sqliteRowsAfter(sqlite3* db, const Scope& scope, qint64 afterSeq,
                                             int limit) const;

    Definition m_definition;
    QString m_sql;
    QString m_countSql;
    int m_seqColumn = 0;
};
