#pragma once

#include "Error.h"
#include "HttpResponse.h"

#include <QDateTime>

#include <optional>

// Turns a non-2xx answer into an Error. application/problem+json (RFC 9457) bodies give their
// stable "code" and "detail"; anything else gets a code from the status alone.
// Mapping: 401 → api.unauthorized, 403 → api.forbidden (or the problem's code, e.g.
// api.invalid_enrollment_code for "enrollment_code_invalid"), 404 → api.not_found,
// 429 → api.rate_limited, 5xx → api.server, other 4xx → api.client,
// anything else that is not 2xx (an unfollowed redirect, 1xx) → api.bad_response.
// A body that is not problem JSON is never copied into the error: it may be an HTML page or data.
namespace ProblemDetails {
Error toError(const HttpResponse& response);
// The "code" member of a problem+json body, empty when absent or not problem JSON.
QString problemCode(const HttpResponse& response);
// Retry-After as delay seconds (RFC 9110: delay-seconds or an HTTP-date), clamped to [0, 1 day];
// nullopt when absent or unparsable. Used for 429/503 backoff.
std::optional<int> retryAfterSeconds(const HttpResponse& response,
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());
} // namespace ProblemDetails
