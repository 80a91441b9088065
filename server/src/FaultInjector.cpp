#include "FaultInjector.h"

#include "Problem.h"
#include "ResponseFaults.h"
#include "ServerLog.h"

#include <httplib.h>

#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// Marks an injected error answer, so afterHandling() leaves it alone (and so it is easy to spot).
constexpr const char* kFaultHeader = "X-Theke-Fault";

bool isExempt(const httplib::Request& request) {
    return request.path.rfind("/v1/test/", 0) == 0;
}

QString errorCode(int status) {
    if (status == 429)
        return u"too_many_requests"_s;
    if (status == 503)
        return u"service_unavailable"_s;
    return u"internal_error"_s;
}

} // namespace

void FaultInjector::replace(std::vector<FaultSpec> specs, quint64 seed) {
    const std::lock_guard lock(m_mutex);
    m_specs = std::move(specs);
    m_seed = seed;
    m_random.seed(seed);
    qCInfo(lcServer) << "fault injection:" << m_specs.size() << "faults, seed" << seed;
}

void FaultInjector::clear() {
    replace({}, seed());
}

QStringList FaultInjector::activeSpecs() const {
    const std::lock_guard lock(m_mutex);
    QStringList texts;
    for (const FaultSpec& spec : m_specs)
        texts.append(spec.text);
    return texts;
}

quint64 FaultInjector::seed() const {
    const std::lock_guard lock(m_mutex);
    return m_seed;
}

template <typename Accept>
std::vector<FaultSpec> FaultInjector::hits(const httplib::Request& request, Accept accept) {
    std::vector<FaultSpec> result;
    if (isExempt(request))
        return result;
    const QString path = QString::fromStdString(request.path);
    const std::lock_guard lock(m_mutex);
    for (const FaultSpec& spec : m_specs) {
        if (!accept(spec) || !spec.matchesPath(path))
            continue;
        // 53 random bits as a double in [0, 1): the same on every platform, unlike the distributions.
        if (spec.rate < 1.0 && double(m_random() >> 11) * 0x1.0p-53 >= spec.rate)
            continue;
        result.push_back(spec);
    }
    return result;
}

void FaultInjector::sleepForLatency(const std::vector<FaultSpec>& latencies) {
    int totalMs = 0;
    {
        const std::lock_guard lock(m_mutex);
        for (const FaultSpec& spec : latencies)
            totalMs += spec.minMs + int(m_random() % quint64(spec.maxMs - spec.minMs + 1));
    }
    if (totalMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(totalMs));
}

bool FaultInjector::beforeHandling(const httplib::Request& request, httplib::Response& response,
                                   bool isCommand) {
    const std::vector<FaultSpec> found = hits(request, [isCommand](const FaultSpec& spec) {
        return spec.kind == FaultSpec::Kind::Error || (spec.kind == FaultSpec::Kind::Latency && !isCommand);
    });
    std::vector<FaultSpec> latencies;
    const FaultSpec* error = nullptr;
    for (const FaultSpec& spec : found) {
        if (spec.kind == FaultSpec::Kind::Latency)
            latencies.push_back(spec);
        else if (!error)
            error = &spec;
    }
    sleepForLatency(latencies);
    if (!error)
        return false;
    response.set_header(kFaultHeader, "error");
    if (error->retryAfterSeconds >= 0)
        response.set_header("Retry-After", std::to_string(error->retryAfterSeconds));
    Problem::send(response, error->status, errorCode(error->status),
                  u"Injected fault: the server is pretending to fail."_s);
    return true;
}

void FaultInjector::delayCommand(const httplib::Request& request) {
    sleepForLatency(
        hits(request, [](const FaultSpec& spec) { return spec.kind == FaultSpec::Kind::Latency; }));
}

void FaultInjector::afterHandling(const httplib::Request& request, httplib::Response& response) {
    if (response.has_header(kFaultHeader))
        return;
    const std::vector<FaultSpec> found =
        hits(request, [](const FaultSpec& spec) { return spec.changesAnswer(); });
    if (found.empty())
        return;
    const FaultSpec& spec = found.front();
    switch (spec.kind) {
    case FaultSpec::Kind::DropAfterCommit:
        ResponseFaults::dropConnection(request, response);
        break;
    case FaultSpec::Kind::SlowBody:
        ResponseFaults::slowBody(response, spec.bytesPerSecond);
        break;
    case FaultSpec::Kind::Oversize:
        ResponseFaults::oversize(response, spec.bytes);
        break;
    case FaultSpec::Kind::Malformed:
        ResponseFaults::malformed(response);
        break;
    case FaultSpec::Kind::Latency:
    case FaultSpec::Kind::Error:
        break;
    }
}
