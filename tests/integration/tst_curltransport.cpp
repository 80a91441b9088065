#include "CurlTransport.h"
#include "FaultServer.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Small limits so that every fault test finishes in about a second.
TransportLimits fastLimits() {
    TransportLimits limits;
    limits.connectTimeout = 1000ms;
    limits.totalTimeout = 1500ms;
    limits.lowSpeedBytes = 256;
    limits.lowSpeedTime = 1s;
    limits.maxResponseBytes = 1024 * 1024;
    return limits;
}

HttpRequest get(const QUrl& base, const QString& path = u"/v1/health"_s) {
    HttpRequest request;
    request.url = base.resolved(QUrl(path));
    return request;
}

QString describe(const Result<HttpResponse>& result) {
    return result.ok() ? u"HTTP %1"_s.arg(result->status) : result.error().toString();
}

} // namespace

// CurlTransport against a misbehaving peer: every fault ends quickly with the right net.* code.
class TstCurlTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hangingServerTimesOutWithNetTimeout();
    void slowBodyTimesOutViaLowSpeedLimit();
    void hugeBodyWithContentLengthFailsAsTooLarge();
    void hugeChunkedBodyFailsAsTooLarge();
    void compressedBodyIsLimitedAfterDecoding();
    void refusedPortFailsWithNetConnect();
    void cancelFlagFromAnotherThreadAbortsWithNetCancelled();
    void cancelFlagSetBeforeSendingFailsAtOnce();
    void bearerHeaderArrives();
    void compressedResponseIsDecoded();
    void httpsToPlainHttpPortFailsFastWithTlsOrConnect();
    void plainHttpToLanIsRefusedBeforeConnecting();
    void errorStatusIsATransportSuccess();
    void redirectIsNotFollowed();
    void responseHeaderNamesAreLowerCase();
    void postSendsMethodAndBody();
    void connectionIsReusedBetweenRequests();
    void invalidHeaderIsRefused();
};

void TstCurlTransport::hangingServerTimesOutWithNetTimeout() {
    FaultServer server;
    server.setMode(FaultServer::Mode::Hang);
    QVERIFY(server.start());
    TransportLimits limits = fastLimits();
    limits.lowSpeedTime = 30s; // only the total timeout may end this
    CurlTransport transport(limits);

    QElapsedTimer timer;
    timer.start();
    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.error().code, ErrorCode::kNetTimeout.toString());
    QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
}

void TstCurlTransport::slowBodyTimesOutViaLowSpeedLimit() {
    FaultServer server;
    server.setMode(FaultServer::Mode::SlowBody);
    QVERIFY(server.start());
    TransportLimits limits = fastLimits();
    limits.totalTimeout = 20s; // only the low-speed limit may end this
    CurlTransport transport(limits);

    QElapsedTimer timer;
    timer.start();
    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.error().code, ErrorCode::kNetTimeout.toString());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TstCurlTransport::hugeBodyWithContentLengthFailsAsTooLarge() {
    FaultServer server;
    server.setMode(FaultServer::Mode::HugeBody);
    server.setHugeBodyBytes(8 * 1024 * 1024);
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.error().code, ErrorCode::kNetTooLarge.toString());
}

void TstCurlTransport::hugeChunkedBodyFailsAsTooLarge() {
    FaultServer server;
    server.setMode(FaultServer::Mode::HugeBody);
    server.setHugeBodyBytes(8 * 1024 * 1024);
    server.setChunked(true); // no Content-Length: the write callback has to stop it
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.error().code, ErrorCode::kNetTooLarge.toString());
}

void TstCurlTransport::compressedBodyIsLimitedAfterDecoding() {
    // A few KB on the wire that decode to 4 MB: the limit is on what we would hold in memory.
    FaultServer server;
    server.setMode(FaultServer::Mode::Json);
    server.setBody(R"({"pad":")" + QByteArray(4 * 1024 * 1024, ' ') + R"("})");
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.error().code, ErrorCode::kNetTooLarge.toString());
}

void TstCurlTransport::refusedPortFailsWithNetConnect() {
    QUrl closed;
    {
        FaultServer server;
        QVERIFY(server.start());
        closed = server.url();
    } // stopped: nothing listens on that port any more

    CurlTransport transport(fastLimits());
    const Result<HttpResponse> result = transport.send(get(closed));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.error().code, ErrorCode::kNetConnect.toString());
    QVERIFY(!result.error().detail.isEmpty());
}

void TstCurlTransport::cancelFlagFromAnotherThreadAbortsWithNetCancelled() {
    FaultServer server;
    server.setMode(FaultServer::Mode::Hang);
    QVERIFY(server.start());
    TransportLimits limits = fastLimits();
    limits.totalTimeout = 20s;
    CurlTransport transport(limits);
    std::atomic_bool cancel = false;
    transport.setCancelFlag(&cancel);

    QElapsedTimer timer;
    timer.start();
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(200ms);
        cancel = true;
    });
    const Result<HttpResponse> result = transport.send(get(server.url()));
    canceller.join();
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.error().code, ErrorCode::kNetCancelled.toString());
    // curl looks at the flag about once a second while nothing arrives.
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
}

void TstCurlTransport::cancelFlagSetBeforeSendingFailsAtOnce() {
    FaultServer server;
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());
    std::atomic_bool cancel = true;
    transport.setCancelFlag(&cancel);

    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.error().code, ErrorCode::kNetCancelled.toString());
    QCOMPARE(server.requestCount(), 0);
}

void TstCurlTransport::bearerHeaderArrives() {
    FaultServer server;
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    HttpRequest request = get(server.url());
    request.headers.emplaceBack("Authorization", "Bearer device-token-123");
    const Result<HttpResponse> result = transport.send(request);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->status, 200);
    QCOMPARE(server.lastAuthorizationHeader(), QByteArray("Bearer device-token-123"));
}

void TstCurlTransport::compressedResponseIsDecoded() {
    QByteArray json = R"({"items":[)";
    for (int i = 0; i < 2000; ++i) {
        if (i > 0)
            json += ',';
        json += R"({"id":"c-)" + QByteArray::number(i) + R"(","version":1})";
    }
    json += R"(],"deleted":[],"next_cursor":"1","has_more":false})";
    FaultServer server;
    server.setBody(json);
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->status, 200);
    const QByteArray acceptEncoding = server.lastRequest().headers.value("accept-encoding");
    QVERIFY2(acceptEncoding.contains("gzip"), acceptEncoding.constData());
    // httplib picks gzip or brotli from what curl offers; either way the body arrives decoded.
    QVERIFY2(!result->header("content-encoding").isEmpty(), "server did not compress");
    QCOMPARE(result->body, json);
}

void TstCurlTransport::httpsToPlainHttpPortFailsFastWithTlsOrConnect() {
    FaultServer server;
    server.setMode(FaultServer::Mode::Hang);
    QVERIFY(server.start());
    QUrl url = server.url();
    url.setScheme(u"https"_s);
    CurlTransport transport(fastLimits());

    QElapsedTimer timer;
    timer.start();
    const Result<HttpResponse> result = transport.send(get(url));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    const QString code = result.error().code;
    QVERIFY2(code == ErrorCode::kNetTls || code == ErrorCode::kNetConnect, qPrintable(describe(result)));
    QVERIFY2(timer.elapsed() < 1400, qPrintable(QString::number(timer.elapsed())));
}

void TstCurlTransport::plainHttpToLanIsRefusedBeforeConnecting() {
    CurlTransport transport(fastLimits());
    HttpRequest request;
    request.url = QUrl(u"http://192.0.2.10:8080/v1/health"_s); // TEST-NET-1: never routed
    QElapsedTimer timer;
    timer.start();
    const Result<HttpResponse> result = transport.send(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::kNetInsecureUrl.toString());
    QVERIFY(timer.elapsed() < 100);
}

void TstCurlTransport::errorStatusIsATransportSuccess() {
    FaultServer server;
    server.setMode(FaultServer::Mode::ProblemJson);
    server.setStatus(503);
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->status, 503);
    QCOMPARE(result->header("content-type"), QByteArray("application/problem+json"));
}

void TstCurlTransport::redirectIsNotFollowed() {
    FaultServer server;
    server.setStatus(302);
    server.setExtraHeader("Location", "http://127.0.0.1:1/elsewhere");
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->status, 302);
    QCOMPARE(server.requestCount(), 1);
}

void TstCurlTransport::responseHeaderNamesAreLowerCase() {
    FaultServer server;
    server.setExtraHeader("X-Theke-Test", "Value-Kept");
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    const Result<HttpResponse> result = transport.send(get(server.url()));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->header("x-theke-test"), QByteArray("Value-Kept"));
    for (auto it = result->headers.cbegin(); it != result->headers.cend(); ++it)
        QCOMPARE(it.key(), it.key().toLower());
}

void TstCurlTransport::postSendsMethodAndBody() {
    FaultServer server;
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    const QByteArray body = R"({"code":"ABC-123"})" + QByteArray(4096, ' '); // above curl's Expect threshold
    for (const QByteArray& method : {QByteArray("POST"), QByteArray("PUT"), QByteArray("PATCH")}) {
        HttpRequest request = get(server.url(), u"/v1/devices/enroll"_s);
        request.method = method;
        request.body = body;
        request.headers.emplaceBack("Content-Type", "application/json");
        QElapsedTimer timer;
        timer.start();
        const Result<HttpResponse> result = transport.send(request);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY2(timer.elapsed() < 500, "waited for 100-continue");
        const FaultServer::SeenRequest seen = server.lastRequest();
        QCOMPARE(seen.method, method);
        QCOMPARE(seen.path, QByteArray("/v1/devices/enroll"));
        QCOMPARE(seen.body, body);
    }
}

void TstCurlTransport::connectionIsReusedBetweenRequests() {
    FaultServer server;
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    QVERIFY(transport.send(get(server.url())).ok());
    const int firstPort = server.lastRequest().remotePort;
    QVERIFY(transport.send(get(server.url(), u"/v1/sync/customers"_s)).ok());
    QCOMPARE(server.lastRequest().remotePort, firstPort);
    QCOMPARE(server.requestCount(), 2);
}

void TstCurlTransport::invalidHeaderIsRefused() {
    FaultServer server;
    QVERIFY(server.start());
    CurlTransport transport(fastLimits());

    HttpRequest request = get(server.url());
    request.headers.emplaceBack("Authorization", "Bearer x\r\nX-Injected: 1");
    const Result<HttpResponse> result = transport.send(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::kNetOther.toString());
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TstCurlTransport)
#include "tst_curltransport.moc"
