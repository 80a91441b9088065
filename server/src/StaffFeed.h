#pragma once

#include "SyncFeed.h"

// The staff feed: the people of the asking device's store, with the PIN hash for offline sign-in.
// Rows go from SQL straight to JSON text with the keys in QJsonDocument's (sorted) order.
class StaffFeed final : public SyncFeed {
public:
    static inline const QString kFeed = QStringLiteral("staff");

    QString name() const override;
    Result<std::vector<Row>> rowsAfter(const QSqlDatabase& db, const Scope& scope, qint64 afterSeq,
                                       int limit) const override;
};
