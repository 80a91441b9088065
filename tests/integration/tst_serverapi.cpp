// Integration tests of theke-server's Store API over real HTTP on loopback: health, enrollment, tokens,
// request and routing errors, restart and shutdown. The customers feed itself: tst_servercustomerfeed.
#include "ServerApiSupport.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ServerApiSupport;

class TestServerApi : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server; // 2,000 demo customers, read-only tests, no test mode
    QString m_token;

private Q_SLOTS:
    void initTestCase();

    void healthAnswersOkWithVersionAndUtcTime();
    void enrollWithValidCodeReturnsTokenAndStore();
    void enrollWithoutDeviceNameWorks();
    void enrollingTheSameCodeTwiceIsForbidden();
    void enrollWithUnknownCodeIsForbidden();
    void enrollWithoutCodeIsBadRequest();
    void syncWithoutTokenIsUnauthorized();
    void syncWithWrongTokenIsUnauthorized();
    void invalidCursorIsRejected_data();
    void invalidCursorIsRejected();
    void invalidLimitIsRejected_data();
    void invalidLimitIsRejected();
    void unknownFeedIsNotFound();
    void unknownPathIsNotFoundProblem();
    void wrongMethodIsMethodNotAllowed();
    void malformedJsonIsRejectedAndServerKeepsServing_data();
    void malformedJsonIsRejectedAndServerKeepsServing();
    void codeSentInRejectedRequestsIsStillUnused();
    void oversizedBodyIsRejectedWith413();
    void testEndpointsAreNotFoundWithoutTestMode();
    void restartKeepsDataAndUsedCodesStayUsed();
    void serverExitsCleanlyOnSigterm();
};

void TestServerApi::initTestCase() {
    TestServer::Options options;
    options.demoCustomers = kDemoCustomers;
    options.seed = kSeed;
    options.enrollCodes = {u"SETUP-0001"_s, u"GOOD-0001"_s, u"TWICE-0001"_s, u"NONAME-0001"_s,
                           u"UNSPENT-0001"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_token = enroll(*m_server, u"SETUP-0001"_s);
    QVERIFY(!m_token.isEmpty());
}

void TestServerApi::healthAnswersOkWithVersionAndUtcTime() {
    auto client = clientFor(*m_server);
    const auto result = client->Get("/v1/health");
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    const QJsonObject health = bodyObject(result);
    QCOMPARE(health.value(u"status").toString(), u"ok"_s);
    QCOMPARE(health.value(u"version").toString(), u"0.1.0"_s);
    const QString time = health.value(u"time").toString();
    QVERIFY2(time.endsWith(u'Z'), qPrintable(time));
    const QDateTime parsed = QDateTime::fromString(time, Qt::ISODate);
    QVERIFY(parsed.isValid());
    QVERIFY(qAbs(parsed.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestServerApi::enrollWithValidCodeReturnsTokenAndStore() {
    auto client = clientFor(*m_server);
    const auto result = client->Post(
        "/v1/devices/enroll", toBody({{u"code"_s, u"GOOD-0001"_s}, {u"device_name"_s, u"Beratung 2"_s}}),
        "application/json");
    QVERIFY(result);
    QCOMPARE(result->status, 201);
    const QJsonObject enrolled = bodyObject(result);
    QVERIFY(!enrolled.value(u"device_id").toString().isEmpty());
    const QString token = enrolled.value(u"token").toString();
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(token).hasMatch(),
             "32 random bytes, base64url");
    const QJsonObject store = enrolled.value(u"store").toObject();
    QCOMPARE(store.value(u"id").toString(), u"hh-moenckebergstrasse"_s);
    QCOMPARE(store.value(u"name").toString(), u"Theke Hamburg Mönckebergstraße"_s);
    QCOMPARE(store.value(u"time_zone").toString(), u"Europe/Berlin"_s);

    // The new token works right away.
    QVERIFY(fetchPage(*client, token, {}, 1).has_value());
}

void TestServerApi::enrollWithoutDeviceNameWorks() {
    auto client = clientFor(*m_server);
    const auto result =
        client->Post("/v1/devices/enroll", toBody({{u"code"_s, u"NONAME-0001"_s}}), "application/json");
    QVERIFY(result);
    QCOMPARE(result->status, 201);
    QVERIFY(!bodyObject(result).value(u"token").toString().isEmpty());
}

void TestServerApi::enrollingTheSameCodeTwiceIsForbidden() {
    QVERIFY(!enroll(*m_server, u"TWICE-0001"_s).isEmpty());
    auto client = clientFor(*m_server);
    const auto second =
        client->Post("/v1/devices/enroll", toBody({{u"code"_s, u"TWICE-0001"_s}}), "application/json");
    verifyProblem(second, 403, u"enrollment_code_invalid"_s);
}

void TestServerApi::enrollWithUnknownCodeIsForbidden() {
    auto client = clientFor(*m_server);
    const auto result =
        client->Post("/v1/devices/enroll", toBody({{u"code"_s, u"NOPE-9999"_s}}), "application/json");
    verifyProblem(result, 403, u"enrollment_code_invalid"_s);
}

void TestServerApi::enrollWithoutCodeIsBadRequest() {
    auto client = clientFor(*m_server);
    const auto result =
        client->Post("/v1/devices/enroll", toBody({{u"device_name"_s, u"Kasse"_s}}), "application/json");
    verifyProblem(result, 400, u"invalid_request"_s);
}

void TestServerApi::syncWithoutTokenIsUnauthorized() {
    auto client = clientFor(*m_server);
    const auto result = client->Get("/v1/sync/customers");
    verifyProblem(result, 401, u"unauthorized"_s);
    QVERIFY(QString::fromStdString(result->get_header_value("WWW-Authenticate")).startsWith(u"Bearer"));
}

void TestServerApi::syncWithWrongTokenIsUnauthorized() {
    auto client = clientFor(*m_server);
    const auto result = client->Get("/v1/sync/customers", bearer(u"not-a-real-token"_s));
    verifyProblem(result, 401, u"unauthorized"_s);
    QVERIFY(QString::fromStdString(result->get_header_value("WWW-Authenticate")).startsWith(u"Bearer"));
}

void TestServerApi::invalidCursorIsRejected_data() {
    QTest::addColumn<QString>("cursor");
    QTest::newRow("not base64") << u"***"_s;
    QTest::newRow("wrong prefix") << QString::fromLatin1(
        QByteArray("v9:12").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("not a number") << QString::fromLatin1(
        QByteArray("v1:abc").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("negative") << QString::fromLatin1(
        QByteArray("v1:-5").toBase64(QByteArray::Base64UrlEncoding));
}

void TestServerApi::invalidCursorIsRejected() {
    QFETCH(QString, cursor);
    auto client = clientFor(*m_server);
    verifyProblem(client->Get(feedPath(cursor, 10), bearer(m_token)), 400, u"invalid_cursor"_s);
}

void TestServerApi::invalidLimitIsRejected_data() {
    QTest::addColumn<QString>("limit");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("too big") << u"2001"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("text") << u"many"_s;
}

void TestServerApi::invalidLimitIsRejected() {
    QFETCH(QString, limit);
    auto client = clientFor(*m_server);
    const std::string path = "/v1/sync/customers?limit=" + limit.toStdString();
    verifyProblem(client->Get(path, bearer(m_token)), 400, u"invalid_parameter"_s);
}

void TestServerApi::unknownFeedIsNotFound() {
    auto client = clientFor(*m_server);
    verifyProblem(client->Get("/v1/sync/unicorns", bearer(m_token)), 404, u"unknown_feed"_s);
}

void TestServerApi::unknownPathIsNotFoundProblem() {
    auto client = clientFor(*m_server);
    verifyProblem(client->Get("/v1/nothing-here"), 404, u"not_found"_s);
}

void TestServerApi::wrongMethodIsMethodNotAllowed() {
    auto client = clientFor(*m_server);
    const auto result = client->Post("/v1/health", "{}", "application/json");
    verifyProblem(result, 405, u"method_not_allowed"_s);
    QVERIFY(QString::fromStdString(result->get_header_value("Allow")).contains(u"GET"));
}

void TestServerApi::malformedJsonIsRejectedAndServerKeepsServing_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"code":"GOOD)");
    QTest::newRow("array") << QByteArray(R"(["UNSPENT-0001"])");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("invalid utf-8") << QByteArray(
        "{\"code\":\"UNSPENT-0001\",\"device_name\":\"Kasse \xff\xfe\"}");
    QTest::newRow("code is a number") << QByteArray(R"({"code":12345})");
}

void TestServerApi::malformedJsonIsRejectedAndServerKeepsServing() {
    QFETCH(QByteArray, body);
    auto client = clientFor(*m_server);
    verifyProblem(client->Post("/v1/devices/enroll", body.toStdString(), "application/json"), 400,
                  u"invalid_request"_s);
    const auto health = client->Get("/v1/health");
    QVERIFY(health && health->status == 200);
}

void TestServerApi::codeSentInRejectedRequestsIsStillUnused() {
    // The malformed requests above carried this code; none of them may have spent it.
    QVERIFY(!enroll(*m_server, u"UNSPENT-0001"_s).isEmpty());
}

void TestServerApi::oversizedBodyIsRejectedWith413() {
    auto client = clientFor(*m_server);
    const std::string huge = R"({"code":")" + std::string(2 * 1024 * 1024, 'x') + R"("})";
    verifyProblem(client->Post("/v1/devices/enroll", huge, "application/json"), 413, u"payload_too_large"_s);
    QVERIFY(clientFor(*m_server)->Get("/v1/health"));
}

void TestServerApi::testEndpointsAreNotFoundWithoutTestMode() {
    auto client = clientFor(*m_server);
    const std::string path = "/v1/test/customers/" + anyCustomer(*m_server, m_token).id.toStdString();
    verifyProblem(client->Delete(path), 404, u"not_found"_s);
    verifyProblem(client->Put(path, "{}", "application/json"), 404, u"not_found"_s);
}

void TestServerApi::restartKeepsDataAndUsedCodesStayUsed() {
    TestServer::Options options;
    options.demoCustomers = 300;
    options.seed = 3;
    options.enrollCodes = {u"ONCE-0001"_s, u"LATER-0001"_s};
    TestServer first(options);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    const QString token = enroll(first, u"ONCE-0001"_s);
    QVERIFY(!token.isEmpty());
    const auto before = fetchPage(*clientFor(first), token, {}, 2000);
    QVERIFY(before);
    first.stop();

    // Same directory, same codes again (as a service restart would pass them): nothing is regenerated.
    options.dataDir = first.dataDir();
    TestServer second(options);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const auto after = fetchPage(*clientFor(second), token, {}, 2000);
    QVERIFY2(after, "the token issued before the restart still works");
    QCOMPARE(after->items, before->items);
    QVERIFY(enroll(second, u"ONCE-0001"_s).isEmpty());
    QVERIFY(!enroll(second, u"LATER-0001"_s).isEmpty());
}

void TestServerApi::serverExitsCleanlyOnSigterm() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(clientFor(server)->Get("/v1/health"));
    server.stop();
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(!server.serverOutput().contains("Müller"));
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
