#pragma once

#include "Result.h"
#include "ReturnPolicyConfig.h"

#include <QJsonObject>

// The retailer's return policy as JSON: the Store's return_policy in the stores feed
// (docs/api/openapi.yaml, schema ReturnPolicy) and theke-server's --return-policy file. The
// statutory withdrawal period is the law, not a setting: it is neither written nor read.
namespace ReturnPolicyJson {

QJsonObject toJson(const ReturnPolicyConfig& config);
// Strict: an unknown member, a wrong type or a value out of range fails with
// ReturnPolicyError::kInvalidConfig and a detail naming the member. A missing member keeps its
// default. approval_above_amount is a Money object or, for people writing the file, whole cents in
// EUR.
Result<ReturnPolicyConfig> fromJson(const QJsonObject& object);

inline constexpr int kMaxDays = 3650;

} // namespace ReturnPolicyJson
