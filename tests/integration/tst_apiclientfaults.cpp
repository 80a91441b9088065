#include "ApiClient.h"
#include "CurlTransport.h"
#include "FaultServer.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

TransportLimits fastLimits() {
    TransportLimits limits;
    limits.connectTimeout = 1000ms;
    limits.totalTimeout = 1500ms;
    limits.lowSpeedTime = 1s;
    limits.maxResponseBytes = 1024 * 1024;
    return limits;
}

template <typename T> QString describe(const Result<T>& result) {
    return result.ok() ? u"ok"_s : result.error().toString();
}

} // namespace

// ApiClient over the real CurlTransport against a peer that answers wrongly: every bad answer
// becomes a stable api.* code, and no body text leaks into the error.
class TstApiClientFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void htmlAnswerIsBadResponseWithoutQuotingIt();
    void truncatedJsonIsBadResponse();
    void emptyAnswerIsBadResponse();
    void jsonArrayIsBadResponse();
    void feedPageWithWrongEnvelopeIsBadResponse();
    void unauthorizedProblemMapsToApiUnauthorized();
    void invalidEnrollmentCodeMapsToItsOwnCode();
    void serviceUnavailableMapsToApiServerWithRetryAfter();
    void goodFeedPageIsParsedAndRequestIsWellFormed();
    void cursorWithReservedCharactersArrivesIntact();
    void firstPageOmitsCursor();
    void basePathIsKept();
    void enrollSendsCodeAndParsesAnswer();
    void enrollAnswerWithoutTokenIsBadResponse();
    void healthNotOkIsAnError();
    void networkErrorsPassThroughUnchanged();

private:
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<CurlTransport> m_transport;
};

void TstApiClientFaults::init() {
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->start());
    m_transport = std::make_unique<CurlTransport>(fastLimits());
}

void TstApiClientFaults::cleanup() {
    m_transport.reset(); // closes the kept-alive connection first, so the server stops at once
    m_server.reset();
}

void TstApiClientFaults::htmlAnswerIsBadResponseWithoutQuotingIt() {
    m_server->setMode(FaultServer::Mode::NotJson);
    ApiClient api(*m_transport, m_server->url(), u"tok"_s);

    const Status status = api.health();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::kApiBadResponse.toString());
    QVERIFY2(status.error().detail.contains(u"not JSON"_s), qPrintable(status.error().detail));
    QVERIFY2(!status.error().toString().contains(u"secret-html-marker"_s),
             qPrintable(status.error().toString()));
    QVERIFY(!status.error().toString().contains(u"html"_s, Qt::CaseInsensitive));
}

void TstApiClientFaults::truncatedJsonIsBadResponse() {
    m_server->setMode(FaultServer::Mode::TruncatedJson);
    ApiClient api(*m_transport, m_server->url(), u"tok"_s);

    const Result<FeedPage> page = api.fetchFeed(u"customers"_s, {}, 500);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::kApiBadResponse.toString());
    QVERIFY2(!page.error().detail.contains(u"c-1"_s), qPrintable(page.error().detail));
}

void TstApiClientFaults::emptyAnswerIsBadResponse() {
    m_server->setStatus(204); // No Content: nothing to parse
    ApiClient api(*m_transport, m_server->url(), u"tok"_s);

    const Result<FeedPage> page = api.fetchFeed(u"customers"_s, {}, 500);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::kApiBadResponse.toString());
}

void TstApiClientFaults::jsonArrayIsBadResponse() {
    m_server->setBody(R"([{"id":"c-1"}])");
    ApiClient api(*m_transport, m_server->url(), u"tok"_s);

    const Result<FeedPage> page = api.fetchFeed(u"customers"_s, {}, 500);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::kApiBadResponse.toString());
}

void TstApiClientFaults::feedPageWithWrongEnvelopeIsBadResponse() {
    m_server->setBody(R"({"items":{"id":"c-1"},"deleted":[],"next_cursor":"1","has_more":false})");
    ApiClient api(*m_transport, m_server->url(), u"tok"_s);

    const Result<FeedPage> page = api.fetchFeed(u"customers"_s, {}, 500);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::kApiBadResponse.toString());
}

void TstApiClientFaults::unauthorizedProblemMapsToApiUnauthorized() {
    m_server->setMode(FaultServer::Mode::ProblemJson);
    m_server->setStatus(401);
    m_server->setProblemCode(u"unauthorized"_s);
    ApiClient api(*m_transport, m_server->url(), u"revoked"_s);

    const Result<FeedPage> page = api.fetchFeed(u"customers"_s, {}, 500);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::kApiUnauthorized.toString());
    QCOMPARE(page.error().httpStatus, 401);
    QCOMPARE(page.error().detail, u"fault server problem"_s);
}

void TstApiClientFaults::invalidEnrollmentCodeMapsToItsOwnCode() {
    m_server->setMode(FaultServer::Mode::ProblemJson);
    m_server->setStatus(403);
    m_server->setProblemCode(u"enrollment_code_invalid"_s);
    ApiClient api(*m_transport, m_server->url());

    const Result<EnrollResult> result = api.enroll(u"WRONG-CODE"_s, u"Kasse 1"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::kApiInvalidEnrollCode.toString());
    QCOMPARE(result.error().httpStatus, 403);
}

void TstApiClientFaults::serviceUnavailableMapsToApiServerWithRetryAfter() {
    m_server->setMode(FaultServer::Mode::ProblemJson); // no problem code: classified by status
    m_server->setStatus(503);
    m_server->setExtraHeader("Retry-After", "17");
    ApiClient api(*m_transport, m_server->url(), u"tok"_s);

    const Status status = api.health();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::kApiServer.toString());
    QCOMPARE(status.error().httpStatus, 503);
    QVERIFY2(status.error().detail.contains(u"retry after 17 s"_s), qPrintable(status.error().detail));
}

void TstApiClientFaults::goodFeedPageIsParsedAndRequestIsWellFormed() {
    ApiClient api(*m_transport, m_server->url(), u"device-token"_s);

    const Result<FeedPage> page = api.fetchFeed(u"customers"_s, u"41"_s, 500);
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->nextCursor, u"42"_s);
    QCOMPARE(page->hasMore, false);

    const FaultServer::SeenRequest seen = m_server->lastRequest();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.path, QByteArray("/v1/sync/customers"));
    QCOMPARE(seen.query.value("cursor"), QByteArray("41"));
    QCOMPARE(seen.query.value("limit"), QByteArray("500"));
    QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer device-token"));
    QCOMPARE(seen.headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(seen.headers.value("user-agent"), QByteArray("Theke/0.1"));
    QVERIFY(!seen.headers.contains("content-type"));
}

void TstApiClientFaults::cursorWithReservedCharactersArrivesIntact() {
    ApiClient api(*m_transport, m_server->url(), u"tok"_s);
    const QString cursor = u"a+b c&d=e/f?g#h%25ü"_s;

    QVERIFY(api.fetchFeed(u"customers"_s, cursor, 10).ok());
    const FaultServer::SeenRequest seen = m_server->lastRequest();
    QCOMPARE(QString::fromUtf8(seen.query.value("cursor")), cursor);
    QCOMPARE(seen.query.value("limit"), QByteArray("10"));
    QCOMPARE(seen.query.size(), 2);
}

void TstApiClientFaults::firstPageOmitsCursor() {
    ApiClient api(*m_transport, m_server->url(), u"tok"_s);

    QVERIFY(api.fetchFeed(u"orders"_s, {}, 100).ok());
    const FaultServer::SeenRequest seen = m_server->lastRequest();
    QCOMPARE(seen.path, QByteArray("/v1/sync/orders"));
    QVERIFY(!seen.query.contains("cursor"));
}

void TstApiClientFaults::basePathIsKept() {
    m_server->setBody(R"({"status":"ok"})");
    QUrl base = m_server->url();
    base.setPath(u"/api/"_s);
    ApiClient api(*m_transport, base, u"tok"_s);

    const Status status = api.health();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(m_server->lastRequest().path, QByteArray("/api/v1/health"));
}

void TstApiClientFaults::enrollSendsCodeAndParsesAnswer() {
    m_server->setStatus(201);
    m_server->setBody(
        R"({"device_id":"dev-7","token":"secret-token","store":{"id":"st-1","name":"Filiale Mitte"}})");
    ApiClient api(*m_transport, m_server->url());

    const Result<EnrollResult> result = api.enroll(u"ENROLL-1234"_s, u"Kasse 1"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->deviceId, u"dev-7"_s);
    QCOMPARE(result->token, u"secret-token"_s);
    QCOMPARE(result->storeId, u"st-1"_s);
    QCOMPARE(result->storeName, u"Filiale Mitte"_s);

    const FaultServer::SeenRequest seen = m_server->lastRequest();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, QByteArray("/v1/devices/enroll"));
    QCOMPARE(seen.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(!seen.headers.contains("authorization")); // no token before enrollment
    const QJsonObject sent = QJsonDocument::fromJson(seen.body).object();
    QCOMPARE(sent.value(u"code").toString(), u"ENROLL-1234"_s);
    QCOMPARE(sent.value(u"device_name").toString(), u"Kasse 1"_s);
}

void TstApiClientFaults::enrollAnswerWithoutTokenIsBadResponse() {
    m_server->setStatus(201);
    m_server->setBody(R"({"device_id":"dev-7","store":{"id":"st-1","name":"Filiale Mitte"}})");
    ApiClient api(*m_transport, m_server->url());

    const Result<EnrollResult> result = api.enroll(u"ENROLL-1234"_s, u"Kasse 1"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::kApiBadResponse.toString());
    QVERIFY2(result.error().detail.contains(u"'token'"_s), qPrintable(result.error().detail));
}

void TstApiClientFaults::healthNotOkIsAnError() {
    m_server->setBody(R"({"status":"degraded"})");
    ApiClient api(*m_transport, m_server->url());
    QVERIFY(!api.health().ok());

    m_server->setBody(R"({"state":"ok"})");
    const Status missing = api.health();
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::kApiBadResponse.toString());

    m_server->setBody(R"({"status":"ok","version":"0.1.0"})");
    QVERIFY(api.health().ok());
}

void TstApiClientFaults::networkErrorsPassThroughUnchanged() {
    const QUrl url = m_server->url();
    m_transport.reset();
    m_server.reset(); // nothing listens there now
    CurlTransport transport(fastLimits());
    ApiClient api(transport, url);

    const Status status = api.health();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::kNetConnect.toString());
}

QTEST_GUILESS_MAIN(TstApiClientFaults)
#include "tst_apiclientfaults.moc"
