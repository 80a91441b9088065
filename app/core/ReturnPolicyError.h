#pragma once

#include <QStringView>

// Stable error codes of the return rules: input the rules cannot judge (a mapping bug in the caller,
// never a rule outcome; rule outcomes are refusals with explanations).
namespace ReturnPolicyError {
inline constexpr QStringView kInvalidOrder = u"return.invalid_order";     // order facts incomplete
inline constexpr QStringView kInvalidRequest = u"return.invalid_request"; // request does not fit the order
inline constexpr QStringView kInvalidConfig = u"return.invalid_config";   // negative periods
} // namespace ReturnPolicyError
