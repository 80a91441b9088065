#pragma once

#include "Error.h"
#include "HttpResponse.h"

// Turns a non-2xx answer into an Error. application/problem+json (RFC 9457) bodies give their
// stable "code" and "detail"; anything else gets a code from the status alone.
// Mapping: 401 → api.unauthorized, 403 → api.forbidden (or the problem's code, e.g.
// api.invalid_enrollment_code for "enrollment_code_invalid"), 404 → api.not_found,
// 429 → api.rate_limited, 5xx → api.server, other 4xx → api.client.
namespace ProblemDetails {
Error toError(const HttpResponse& response);
// The "code" member of a problem+json body, empty when absent or not problem JSON.
QString problemCode(const HttpResponse& response);
} // namespace ProblemDetails
