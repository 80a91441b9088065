#include "ResponseEncoding.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cctype>

namespace {

// Level 1 of either compresses JSON pages about 6:1 (zstd a little better); higher levels gain little
// more and cost much more time.
constexpr int kGzipLevel = 1;
constexpr int kZstdLevel = 1;
constexpr int kGzipWindowBits = 15 + 16; // +16: gzip header instead of zlib's

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<std::string> gzip(std::string_view data) {
    z_stream stream{};
    if (deflateInit2(&stream, kGzipLevel, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    std::string out;
    out.resize(deflateBound(&stream, uLong(data.size())));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return std::nullopt;
    return out;
}

std::optional<std::string> zstd(std::string_view data) {
    std::string out;
    out.resize(ZSTD_compressBound(data.size()));
    const size_t size = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), kZstdLevel);
    if (ZSTD_isError(size))
        return std::nullopt;
    out.resize(size);
    return out;
}

} // namespace

bool ResponseEncoding::isAccepted(std::string_view acceptEncoding, std::string_view wanted) {
    while (!acceptEncoding.empty()) {
        const size_t comma = acceptEncoding.find(',');
        std::string_view item = acceptEncoding.substr(0, comma);
        acceptEncoding =
            comma == std::string_view::npos ? std::string_view() : acceptEncoding.substr(comma + 1);

        const size_t semicolon = item.find(';');
        const std::string_view coding = trimmed(item.substr(0, semicolon));
        if (!equalsIgnoreCase(coding, wanted))
            continue;
        if (semicolon == std::string_view::npos)
            return true;
        const std::string_view params = trimmed(item.substr(semicolon + 1));
        // "q=0", "q=0.0", "q=0.000" refuse gzip; any other weight accepts it.
        if (params.size() >= 3 && (params[0] == 'q' || params[0] == 'Q') && params[1] == '=') {
            const std::string_view weight = params.substr(2);
            return weight.find_first_not_of("0.") != std::string_view::npos;
        }
        return true;
    }
    return false;
}

ResponseEncoding::Coding ResponseEncoding::choose(std::string_view acceptEncoding) {
    if (isAccepted(acceptEncoding, "zstd"))
        return Coding::Zstd;
    if (isAccepted(acceptEncoding, "gzip"))
        return Coding::Gzip;
    return Coding::Identity;
}

const char* ResponseEncoding::headerValue(Coding coding) {
    switch (coding) {
    case Coding::Zstd:
        return "zstd";
    case Coding::Gzip:
        return "gzip";
    case Coding::Identity:
        break;
    }
    return "";
}

std::optional<std::string> ResponseEncoding::encode(Coding coding, std::string_view data) {
    switch (coding) {
    case Coding::Zstd:
        return zstd(data);
    case Coding::Gzip:
        return gzip(data);
    case Coding::Identity:
        break;
    }
    return std::string(data);
}
