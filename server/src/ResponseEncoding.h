#pragma once

#include <optional>
#include <string>
#include <string_view>

// Compression of response bodies. httplib's own compression picks brotli at its slowest setting whenever
// a client offers "br" (libcurl does), which costs over a second per 2,000-customer page; we compress
// feed pages ourselves. zstd (level 1) when the client accepts it: it compresses several times faster
// than gzip at a better ratio and decodes faster too, which matters because an initial sync of a big
// store spends much of the server's time here. gzip (level 1) for clients without zstd.
namespace ResponseEncoding {

enum class Coding { Identity, Gzip, Zstd };

// The coding to answer with for an Accept-Encoding header value: zstd, else gzip, else none.
// A coding listed with q=0 is refused.
Coding choose(std::string_view acceptEncoding);
// True when acceptEncoding accepts coding ("gzip", "zstd", …; case-insensitive, not with q=0).
bool isAccepted(std::string_view acceptEncoding, std::string_view coding);
// The Content-Encoding value; empty for Identity.
const char* headerValue(Coding coding);
// The encoded body; nullopt if the library fails (then send the body as it is).
std::optional<std::string> encode(Coding coding, std::string_view data);

} // namespace ResponseEncoding
