#pragma once

#include "NoteRecord.h"
#include "SqlTableFeed.h"

// The notes feed. Like the customers feed, rows go from SQL straight to JSON text with the keys in
// QJsonDocument's (sorted) order; the answer to POST …/notes uses the same writer.
class NoteFeed final : public SqlTableFeed {
public:
    NoteFeed();

    static std::string toJson(const NoteRecord& note);
};
