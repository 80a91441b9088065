#pragma once

#include <QtGlobal>

#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// Rewrites a finished answer just before httplib writes it (post-routing), to play a broken network or
// server: no answer at all, a trickle, a huge body, invalid JSON. Test mode only.
class ResponseFaults {
public:
    // The effect is done and committed; the client gets no byte of the answer (the connection is shut down).
    static void dropConnection(const httplib::Request& request, httplib::Response& response);
    // The real answer at bytesPerSecond, in 100 ms steps.
    static void slowBody(httplib::Response& response, qint64 bytesPerSecond);
    // The real (uncompressed) answer padded with spaces to bytes, streamed from a small buffer.
    static void oversize(httplib::Response& response, qint64 bytes);
    // 200 with the first half of the real JSON: cut off, so it does not parse.
    static void malformed(httplib::Response& response);

private:
    // The answer's bytes, whether set as body or through a content provider; leaves the response empty.
    static std::string takeBody(httplib::Response& response);
    static void setLengthHeaders(httplib::Response& response, size_t length, const std::string& contentType);
};
