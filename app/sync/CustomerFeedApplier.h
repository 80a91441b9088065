#pragma once

#include "CustomerRepository.h"
#include "FeedApplier.h"

// Applies pages of the customers feed: upserts decoded customers, deletes tombstoned ones.
class CustomerFeedApplier final : public FeedApplier {
public:
    explicit CustomerFeedApplier(QSqlDatabase db);

    QString feed() const override { return QStringLiteral("customers"); }
    void decode(FeedPage& page) const override;
    bool decodesDocuments() const override { return true; }
    Status apply(const FeedPage& page) override;

private:
    QSqlDatabase m_db;
    CustomerRepository m_repository;
};
