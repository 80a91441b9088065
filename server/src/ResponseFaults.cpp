#include "ResponseFaults.h"

#include "ServerLog.h"

#include <httplib.h>

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>

namespace {

constexpr int kTickMs = 100;
constexpr size_t kPaddingChunk = 64 * 1024;

// Port and printable address of a socket address, IPv4 or IPv6.
bool describe(const sockaddr_storage& address, std::string& host, int& port) {
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(&address);
        port = ntohs(in->sin_port);
        host = inet_ntop(AF_INET, &in->sin_addr, text, sizeof(text)) ? text : "";
        return true;
    }
    if (address.ss_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&address);
        port = ntohs(in6->sin6_port);
        host = inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text)) ? text : "";
        return true;
    }
    return false;
}

// httplib hands handlers no socket, so find the request's connection among our descriptors by its
// two ends. Shutting it down (not closing it: httplib still owns the descriptor) sends FIN right away,
// and httplib's own writes then fail, so the client sees the connection end without a response.
bool shutDownConnection(const httplib::Request& request) {
    DIR* dir = opendir("/proc/self/fd");
    if (!dir)
        return false;
    bool found = false;
    while (const dirent* entry = readdir(dir)) {
        char* end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == dirfd(dir))
            continue;
        struct stat status = {};
        if (fstat(int(fd), &status) != 0 || !S_ISSOCK(status.st_mode))
            continue;
        sockaddr_storage local = {};
        sockaddr_storage peer = {};
        socklen_t localSize = sizeof(local);
        socklen_t peerSize = sizeof(peer);
        if (getsockname(int(fd), reinterpret_cast<sockaddr*>(&local), &localSize) != 0 ||
            getpeername(int(fd), reinterpret_cast<sockaddr*>(&peer), &peerSize) != 0)
            continue;
        std::string localHost;
        std::string peerHost;
        int localPort = -1;
        int peerPort = -1;
        if (!describe(local, localHost, localPort) || !describe(peer, peerHost, peerPort))
            continue;
        if (localPort == request.local_port && peerPort == request.remote_port &&
            peerHost == request.remote_addr) {
            found = shutdown(int(fd), SHUT_RDWR) == 0;
            break;
        }
    }
    closedir(dir);
    return found;
}

} // namespace

std::string ResponseFaults::takeBody(httplib::Response& response) {
    std::string body;
    if (!response.body.empty()) {
        body.swap(response.body);
    } else if (response.content_provider_ && response.content_length_ > 0) {
        const size_t length = response.content_length_;
        httplib::DataSink sink;
        sink.write = [&body](const char* data, size_t size) {
            body.append(data, size);
            return true;
        };
        sink.is_writable = [] {
            return true;
        };
        sink.done = [] {
        };
        while (body.size() < length) {
            const size_t before = body.size();
            if (!response.content_provider_(before, length - before, sink) || body.size() == before)
                break;
        }
    }
    response.content_provider_ = nullptr;
    response.content_length_ = 0;
    return body;
}

void ResponseFaults::setLengthHeaders(httplib::Response& response, size_t length,
                                      const std::string& contentType) {
    // httplib has already added these (post-routing runs after its header preparation); replace them.
    response.headers.erase("Content-Length");
    response.headers.erase("Content-Type");
    response.set_header("Content-Length", std::to_string(length));
    response.set_header("Content-Type", contentType);
}

void ResponseFaults::dropConnection(const httplib::Request& request, httplib::Response& response) {
    const bool dropped = shutDownConnection(request);
    qCInfo(lcServer) << "fault: dropped the answer to" << request.method.c_str() << request.path.c_str()
                     << (dropped ? "" : "(connection not found, answer cut short instead)");
    // Whatever httplib still tries to write fails; if the socket was not found, stop after the headers.
    response.set_header("Connection", "close");
    const size_t length = std::max<size_t>(1, takeBody(response).size());
    response.body.clear();
    response.content_length_ = length;
    response.content_provider_ = [](size_t, size_t, httplib::DataSink&) {
        return false;
    };
}

void ResponseFaults::slowBody(httplib::Response& response, qint64 bytesPerSecond) {
    const std::string contentType = response.get_header_value("Content-Type");
    auto body = std::make_shared<std::string>(takeBody(response));
    if (body->empty())
        return;
    // Below 10 bytes a second, one byte per (longer) tick.
    const qint64 perTick = std::max<qint64>(1, bytesPerSecond * kTickMs / 1000);
    const qint64 tickMs = perTick * 1000 / bytesPerSecond;
    setLengthHeaders(response, body->size(), contentType);
    response.content_length_ = body->size();
    response.content_provider_ = [body, perTick, tickMs](size_t offset, size_t length,
                                                         httplib::DataSink& sink) {
        std::this_thread::sleep_for(std::chrono::milliseconds(tickMs));
        const size_t count = std::min(length, size_t(perTick));
        return sink.write(body->data() + offset, count);
    };
}

void ResponseFaults::oversize(httplib::Response& response, qint64 bytes) {
    const bool encoded = response.has_header("Content-Encoding");
    std::string real = takeBody(response);
    // A compressed body padded with spaces would not decompress; an empty object keeps it valid JSON.
    auto prefix =
        std::make_shared<std::string>(encoded || real.empty() ? std::string("{}") : std::move(real));
    response.headers.erase("Content-Encoding");
    const size_t total = std::max(size_t(bytes), prefix->size());
    setLengthHeaders(response, total, "application/json");
    response.content_length_ = total;
    response.content_provider_ = [prefix](size_t offset, size_t length, httplib::DataSink& sink) {
        static const std::string kSpaces(kPaddingChunk, ' ');
        if (offset < prefix->size())
            return sink.write(prefix->data() + offset, std::min(length, prefix->size() - offset));
        return sink.write(kSpaces.data(), std::min(length, kSpaces.size()));
    };
}

void ResponseFaults::malformed(httplib::Response& response) {
    const bool encoded = response.has_header("Content-Encoding");
    std::string real = takeBody(response);
    std::string broken =
        encoded || real.size() < 2 ? std::string(R"({"items":[{"id":")") : real.substr(0, real.size() / 2);
    response.headers.erase("Content-Encoding");
    response.status = 200;
    setLengthHeaders(response, broken.size(), "application/json");
    response.body = std::move(broken);
}
