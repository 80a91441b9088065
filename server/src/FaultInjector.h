#pragma once

#include "FaultSpec.h"

#include <QStringList>

#include <mutex>
#include <random>
#include <vector>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// Applies the active FaultSpecs to requests (test mode only): latency and error before handling, the
// answer-changing kinds after it. Which requests a rate below 1 hits is decided by a seeded generator,
// so a test run is repeatable. /v1/test/* is never affected, so a test can always clear the faults.
class FaultInjector {
public:
    void replace(std::vector<FaultSpec> specs, quint64 seed);
    void clear();
    QStringList activeSpecs() const;
    quint64 seed() const;

    // Before routing. Latency applies here unless the request is a command, whose runner calls
    // delayCommand() once it holds the Idempotency-Key. True when an error fault answered the request.
    bool beforeHandling(const httplib::Request& request, httplib::Response& response, bool isCommand);
    void delayCommand(const httplib::Request& request);
    // After handling, before anything is written: drop, slow_body, oversize, malformed (first match wins).
    void afterHandling(const httplib::Request& request, httplib::Response& response);

private:
    // The active specs for this request among those kind accepts, after their rate draws.
    template <typename Accept> std::vector<FaultSpec> hits(const httplib::Request& request, Accept accept);
    void sleepForLatency(const std::vector<FaultSpec>& latencies);

    mutable std::mutex m_mutex;
    std::vector<FaultSpec> m_specs;
    quint64 m_seed = 1;
    std::mt19937_64 m_random{1};
};
