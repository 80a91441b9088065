#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>

// A tiny HTTP peer on 127.0.0.1 that misbehaves on purpose: hangs, sends garbage, truncates,
// sends huge or slow bodies. Only for transport and client fault tests; the real API is theke-server.
// Answers every path and method the same way. Settings may change while it runs.
class FaultServer {
public:
    enum class Mode {
        Hang,          // accept the request and never answer (until stop())
        NotJson,       // 200 with text/html body
        TruncatedJson, // 200 with a JSON body cut in half (correct Content-Length for the half)
        HugeBody,      // 200 with a body of hugeBodyBytes (Content-Length, or chunked: setChunked)
        SlowBody,      // 200, then a few bytes every 200 ms, forever
        ProblemJson,   // status() with a problem+json body carrying problemCode() (body() if set)
        Json,          // status() (default 200) with body() as application/json
    };

    // What the last request looked like; header names lower case.
    struct SeenRequest {
        QByteArray method;
        QByteArray path;                    // decoded path, without query
        QMap<QByteArray, QByteArray> query; // decoded query parameters
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
        int remotePort = 0; // the same port on two requests means the connection was reused
    };

    FaultServer();
    ~FaultServer();
    FaultServer(const FaultServer&) = delete;
    FaultServer& operator=(const FaultServer&) = delete;

    void setMode(Mode mode);
    void setStatus(int status);
    void setProblemCode(const QString& code);
    void setBody(const QByteArray& body);
    void setHugeBodyBytes(qint64 bytes);
    void setChunked(bool chunked);                                        // HugeBody without Content-Length
    void setExtraHeader(const QByteArray& name, const QByteArray& value); // e.g. Retry-After

    bool start();     // binds port 0 and serves in a background thread
    void stop();      // also releases any hanging request
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const;
    QByteArray lastAuthorizationHeader() const;
    SeenRequest lastRequest() const;
    int requestCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
