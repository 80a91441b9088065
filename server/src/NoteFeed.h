#pragma once

#include "NoteRecord.h"
#include "SyncFeed.h"

// The notes feed. Like the customers feed, rows go from SQL straight to JSON text with the keys in
// QJsonDocument's (sorted) order; the answer to POST …/notes uses the same writer.
class NoteFeed final : public SyncFeed {
public:
    QString name() const override;
    Result<std::vector<Row>> rowsAfter(const QSqlDatabase& db, const Scope& scope, qint64 afterSeq,
                                       int limit) const override;

    static std::string toJson(const NoteRecord& note);
};
