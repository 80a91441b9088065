#include "FaultServer.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr size_t kChunkBytes = 64 * 1024;

const std::string& fillerChunk() {
    static const std::string chunk(kChunkBytes, 'x');
    return chunk;
}

std::string toStd(const QByteArray& bytes) {
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

QByteArray fromStd(const std::string& text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

// A JSON document long enough that cutting it in half leaves something that looks plausible.
QByteArray defaultJson() {
    return QByteArrayLiteral(R"({"items":[{"id":"c-1","version":1},{"id":"c-2","version":2}],)"
                             R"("deleted":[],"next_cursor":"42","has_more":false})");
}

} // namespace

struct FaultServer::Impl {
    struct Config {
        Mode mode = Mode::Json;
        int status = 200;
        QString problemCode;
        QByteArray body;
        qint64 hugeBodyBytes = 8LL * 1024 * 1024;
        bool chunked = false;
        QMap<QByteArray, QByteArray> extraHeaders;
    };

    httplib::Server server;
    std::thread thread;
    int port = 0;

    mutable std::mutex mutex;
    std::condition_variable stopped;
    bool stopping = false;
    Config config;
    SeenRequest lastRequest;
    int requestCount = 0;

    // Sleeps for up to `duration`; true when stop() was called, so handlers give up at once.
    bool waitForStop(std::chrono::milliseconds duration) {
        std::unique_lock lock(mutex);
        return stopped.wait_for(lock, duration, [this] { return stopping; });
    }

    bool isStopping() {
        std::lock_guard lock(mutex);
        return stopping;
    }

    Config record(const httplib::Request& request) {
        SeenRequest seen;
        seen.method = fromStd(request.method);
        seen.path = fromStd(request.path);
        for (const auto& [key, value] : request.params)
            seen.query.insert(fromStd(key), fromStd(value));
        for (const auto& [name, value] : request.headers)
            seen.headers.insert(fromStd(name).toLower(), fromStd(value));
        seen.body = fromStd(request.body);
        seen.remotePort = request.remote_port;

        std::lock_guard lock(mutex);
        lastRequest = std::move(seen);
        ++requestCount;
        return config;
    }

    void serve(const httplib::Request& request, httplib::Response& response) {
        const Config c = record(request);
        for (auto it = c.extraHeaders.cbegin(); it != c.extraHeaders.cend(); ++it)
            response.set_header(toStd(it.key()), toStd(it.value()));

        switch (c.mode) {
        case Mode::Hang: {
            std::unique_lock lock(mutex);
            stopped.wait(lock, [this] { return stopping; });
            response.status = 503;
            return;
        }
        case Mode::NotJson:
            response.set_content(
                "<html><body><h1>502 Bad Gateway</h1><p>secret-html-marker</p></body></html>", "text/html");
            return;
        case Mode::TruncatedJson: {
            const QByteArray full = c.body.isEmpty() ? defaultJson() : c.body;
            response.set_content(toStd(full.left(full.size() / 2)), "application/json");
            return;
        }
        case Mode::HugeBody:
            serveHuge(response, static_cast<size_t>(c.hugeBodyBytes), c.chunked);
            return;
        case Mode::SlowBody:
            // octet-stream so httplib does not gzip (and so buffer) the trickle.
            response.set_chunked_content_provider("application/octet-stream",
                                                  [this](size_t, httplib::DataSink& sink) {
                                                      if (waitForStop(200ms))
                                                          return false;
                                                      return sink.write("[    ", 5);
                                                  });
            return;
        case Mode::ProblemJson: {
            QByteArray body = c.body;
            if (body.isEmpty()) {
                QJsonObject problem{{u"type"_s, u"about:blank"_s},
                                    {u"title"_s, u"Fault injected"_s},
                                    {u"status"_s, c.status},
                                    {u"detail"_s, u"fault server problem"_s}};
                if (!c.problemCode.isEmpty())
                    problem.insert(u"code"_s, c.problemCode);
                body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
            }
            response.status = c.status;
            response.set_content(toStd(body), "application/problem+json");
            return;
        }
        case Mode::Json:
            response.status = c.status;
            response.set_content(toStd(c.body.isEmpty() ? defaultJson() : c.body), "application/json");
            return;
        }
    }

    void serveHuge(httplib::Response& response, size_t total, bool chunked) {
        if (chunked) {
            response.set_chunked_content_provider(
                "application/octet-stream", [this, total](size_t offset, httplib::DataSink& sink) {
                    if (isStopping())
                        return false;
                    if (offset >= total) {
                        sink.done();
                        return true;
                    }
                    return sink.write(fillerChunk().data(), std::min(kChunkBytes, total - offset));
                });
            return;
        }
        response.set_content_provider(
            total, "application/octet-stream", [this](size_t, size_t length, httplib::DataSink& sink) {
                if (isStopping())
                    return false;
                return sink.write(fillerChunk().data(), std::min(kChunkBytes, length));
            });
    }
};

FaultServer::FaultServer()
    : d(std::make_unique<Impl>()) {}

FaultServer::~FaultServer() {
    stop();
}

void FaultServer::setMode(Mode mode) {
    std::lock_guard lock(d->mutex);
    d->config.mode = mode;
}

void FaultServer::setStatus(int status) {
    std::lock_guard lock(d->mutex);
    d->config.status = status;
}

void FaultServer::setProblemCode(const QString& code) {
    std::lock_guard lock(d->mutex);
    d->config.problemCode = code;
}

void FaultServer::setBody(const QByteArray& body) {
    std::lock_guard lock(d->mutex);
    d->config.body = body;
}

void FaultServer::setHugeBodyBytes(qint64 bytes) {
    std::lock_guard lock(d->mutex);
    d->config.hugeBodyBytes = bytes;
}

void FaultServer::setChunked(bool chunked) {
    std::lock_guard lock(d->mutex);
    d->config.chunked = chunked;
}

void FaultServer::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    std::lock_guard lock(d->mutex);
    d->config.extraHeaders.insert(name, value);
}

bool FaultServer::start() {
    if (d->thread.joinable())
        return true;
    auto handler = [this](const httplib::Request& request, httplib::Response& response) {
        d->serve(request, response);
    };
    const std::string any = ".*";
    d->server.Get(any, handler).Post(any, handler).Put(any, handler).Patch(any, handler);
    d->server.Delete(any, handler).Options(any, handler);
    // Short timeouts: an idle kept-alive connection would otherwise hold stop() for 5 s.
    d->server.set_keep_alive_timeout(1);
    d->server.set_read_timeout(2, 0);
    d->server.set_write_timeout(2, 0);
    // Without it Nagle plus the client's delayed ACK add ~40 ms to every request on a reused
    // connection (httplib writes headers and body separately).
    d->server.set_tcp_nodelay(true);

    d->port = d->server.bind_to_any_port("127.0.0.1");
    if (d->port <= 0)
        return false;
    d->thread = std::thread([this] { d->server.listen_after_bind(); });
    // httplib's stop() does nothing until the accept loop runs; wait for it so that an early
    // stop() cannot leave the thread running forever.
    for (int i = 0; i < 1000 && !d->server.is_running(); ++i)
        std::this_thread::sleep_for(2ms);
    return d->server.is_running();
}

void FaultServer::stop() {
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->stopped.notify_all();
    if (d->thread.joinable()) {
        d->server.stop();
        d->thread.join();
    }
}

QUrl FaultServer::url() const {
    return QUrl(u"http://127.0.0.1:%1"_s.arg(d->port));
}

quint16 FaultServer::port() const {
    return static_cast<quint16>(d->port);
}

QByteArray FaultServer::lastAuthorizationHeader() const {
    std::lock_guard lock(d->mutex);
    return d->lastRequest.headers.value("authorization");
}

FaultServer::SeenRequest FaultServer::lastRequest() const {
    std::lock_guard lock(d->mutex);
    return d->lastRequest;
}

int FaultServer::requestCount() const {
    std::lock_guard lock(d->mutex);
    return d->requestCount;
}
