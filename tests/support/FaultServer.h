#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

// A tiny HTTP peer on 127.0.0.1 that misbehaves on purpose: hangs, sends garbage, truncates,
// sends huge or slow bodies. Only for transport and client fault tests; the real API is theke-server.
class FaultServer {
public:
    enum class Mode {
        Hang,            // accept the request and never answer
        NotJson,         // 200 with text/html body
        TruncatedJson,   // 200 with a JSON body cut in half
        HugeBody,        // 200 with a body larger than the client's limit
        SlowBody,        // 200, then a few bytes per second
        ProblemJson,     // status() with a problem+json body carrying code()
        Json,            // 200 with body()
    };

    FaultServer();
    ~FaultServer();

    void setMode(Mode mode);
    void setStatus(int status);
    void setProblemCode(const QString& code);
    void setBody(const QByteArray& body);
    void setHugeBodyBytes(qint64 bytes);

    bool start();   // binds port 0 and serves in a background thread
    void stop();    // also releases any hanging request
    QUrl url() const;
    QByteArray lastAuthorizationHeader() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
