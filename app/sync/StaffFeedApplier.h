#pragma once

#include "FeedApplier.h"
#include "StaffMember.h"
#include "StaffRepository.h"

// Applies pages of the staff feed: upserts decoded people, deletes tombstoned ones.
class StaffFeedApplier final : public FeedApplier {
public:
    explicit StaffFeedApplier(QSqlDatabase db);

    QString feed() const override { return QStringLiteral("staff"); }
    Status apply(const FeedPage& page) override;

    // One feed row; api.bad_response when a required field is missing or has the wrong type.
    static Result<StaffMember> fromJson(const QJsonObject& object);

private:
    StaffRepository m_repository;
};
