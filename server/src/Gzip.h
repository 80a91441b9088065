#pragma once

#include <optional>
#include <string>
#include <string_view>

// gzip for response bodies. httplib's own compression picks brotli at its slowest setting whenever a
// client offers "br" (libcurl does), which costs over a second per 2,000-customer page; we compress
// feed pages ourselves with fast gzip instead.
namespace Gzip {
// True when an Accept-Encoding header value accepts gzip (and not with q=0).
bool isAccepted(std::string_view acceptEncoding);
// nullopt if zlib fails.
std::optional<std::string> compress(std::string_view data);
} // namespace Gzip
