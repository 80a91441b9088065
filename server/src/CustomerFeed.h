#pragma once

#include "SyncFeed.h"

// The customers feed: rows in the wire format of CustomerJson.
class CustomerFeed final : public SyncFeed {
public:
    QString name() const override;
    Result<std::vector<Row>> rowsAfter(const QSqlDatabase& db, qint64 afterSeq, int limit) const override;
};
