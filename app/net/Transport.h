#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Result.h"

#include <atomic>

// Sends one request and waits for the whole answer. Blocking: call it only from a worker thread.
// Any HTTP status is a successful transport; only network-level failures are errors (net.*).
class Transport {
public:
    virtual ~Transport() = default;
    virtual Result<HttpResponse> send(const HttpRequest& request) = 0;
    // When set and true, a running request aborts soon with net.cancelled.
    virtual void setCancelFlag(const std::atomic_bool* flag) = 0;
};
