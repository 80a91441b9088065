#pragma once

#include "SyncFeed.h"

// The customers feed. Rows are written straight from SQL to JSON text, byte for byte what
// QJsonDocument(CustomerJson::toJson(customer)).toJson(Compact) gives (tst_serverapi checks this).
class CustomerFeed final : public SyncFeed {
public:
    QString name() const override;
    Result<std::vector<Row>> rowsAfter(const QSqlDatabase& db, const Scope& scope, qint64 afterSeq,
                                       int limit) const override;
};
