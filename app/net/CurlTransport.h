#pragma once

#include "Transport.h"

#include <chrono>
#include <memory>

struct TransportLimits {
    std::chrono::milliseconds connectTimeout{5000};
    std::chrono::milliseconds totalTimeout{60000};
    // Abort when fewer than lowSpeedBytes per second arrive for lowSpeedTime.
    long lowSpeedBytes = 256;
    std::chrono::seconds lowSpeedTime{15};
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
};

// Transport on one reused libcurl easy handle (keeps the connection alive between requests).
// TLS peer and host verification stay on; plain http is refused unless the host is loopback
// (UrlPolicy). Accepts gzip. Logs method, path and status only: never headers, bodies or queries.
class CurlTransport final : public Transport {
public:
    explicit CurlTransport(TransportLimits limits = {});
    ~CurlTransport() override;

    Result<HttpResponse> send(const HttpRequest& request) override;
    void setCancelFlag(const std::atomic_bool* flag) override { m_cancel = flag; }

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    TransportLimits m_limits;
    const std::atomic_bool* m_cancel = nullptr;
};
