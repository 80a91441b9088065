// Integration tests of theke-server's fault injection (test mode): every fault kind as a client sees it,
// the grammar, determinism by seed, and that none of it exists without --test-mode.
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <httplib.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<httplib::Client> clientFor(const TestServer& server) {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
    client->set_connection_timeout(5);
    client->set_read_timeout(30);
    return client;
}

QJsonObject bodyObject(const httplib::Result& result) {
    return result ? QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object() : QJsonObject();
}

std::string toBody(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

std::string faultsBody(const QStringList& faults, int seed) {
    return toBody({{u"faults"_s, QJsonArray::fromStringList(faults)}, {u"seed"_s, seed}});
}

} // namespace

class TestServerFaults : public QObject {
    Q_OBJECT

private:
    void setFaults(const QStringList& faults, int seed = 1);
    httplib::Headers auth() const { return {{"Authorization", "Bearer " + m_token.toStdString()}}; }
    httplib::Result postNote(const QString& key);
    QJsonObject stats();

    std::unique_ptr<TestServer> m_server;
    QString m_token;
    QString m_customerId;

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void latencyDelaysOnlyMatchingPaths();
    void latencyRangeStaysWithinBounds();
    void errorAnswersProblemWithRetryAfter_data();
    void errorAnswersProblemWithRetryAfter();
    void errorBeforeACommandAppliesNothingAndKeepsTheKeyFree();
    void droppedAnswerIsAppliedAndReplayedOnRetry();
    void slowBodyTricklesTheRealAnswer();
    void oversizeSendsTheAnnouncedLength();
    void malformedAnswerIsNotJson();
    void rateIsDeterministicBySeed();
    void testEndpointsAreNeverFaulted();
    void invalidSpecIsRejected_data();
    void invalidSpecIsRejected();
    void faultsFromTheCommandLineApplyFromTheStart();
    void faultOptionNeedsTestMode();
    void faultEndpointsAreNotFoundWithoutTestMode();
};

void TestServerFaults::setFaults(const QStringList& faults, int seed) {
    const auto result =
        clientFor(*m_server)->Post("/v1/test/faults", faultsBody(faults, seed), "application/json");
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    QCOMPARE(bodyObject(result).value(u"faults").toArray(), QJsonArray::fromStringList(faults));
}

httplib::Result TestServerFaults::postNote(const QString& key) {
    httplib::Headers headers = auth();
    headers.emplace("Idempotency-Key", key.toStdString());
    return clientFor(*m_server)->Post("/v1/customers/" + m_customerId.toStdString() + "/notes", headers,
                                      R"({"text":"Fehler-Test"})", "application/json");
}

QJsonObject TestServerFaults::stats() {
    return bodyObject(clientFor(*m_server)->Get("/v1/test/stats"));
}

void TestServerFaults::initTestCase() {
    TestServer::Options options;
    options.demoCustomers = 200;
    options.seed = 5;
    options.enrollCodes = {u"FAULT-0001"_s};
    options.extraArgs = {u"--test-mode"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    const auto enrolled = clientFor(*m_server)->Post(
        "/v1/devices/enroll", toBody({{u"code"_s, u"FAULT-0001"_s}}), "application/json");
    QVERIFY(enrolled && enrolled->status == 201);
    m_token = bodyObject(enrolled).value(u"token").toString();
    const auto page = clientFor(*m_server)->Get("/v1/sync/customers?limit=1", auth());
    m_customerId = bodyObject(page).value(u"items").toArray().at(0).toObject().value(u"id").toString();
    QVERIFY(!m_customerId.isEmpty());
}

void TestServerFaults::cleanup() {
    const auto cleared = clientFor(*m_server)->Delete("/v1/test/faults");
    QVERIFY(cleared && cleared->status == 204);
}

void TestServerFaults::latencyDelaysOnlyMatchingPaths() {
    setFaults({u"latency:ms=400,path=/v1/sync/*"_s});
    auto client = clientFor(*m_server);
    QElapsedTimer timer;
    timer.start();
    const auto slow = client->Get("/v1/sync/customers?limit=1", auth());
    const qint64 slowMs = timer.restart();
    QVERIFY(slow && slow->status == 200);
    const auto fast = client->Get("/v1/health");
    const qint64 fastMs = timer.elapsed();
    QVERIFY(fast && fast->status == 200);
    QVERIFY2(slowMs >= 390, qPrintable(QString::number(slowMs)));
    QVERIFY2(fastMs < 300, qPrintable(QString::number(fastMs)));
}

void TestServerFaults::latencyRangeStaysWithinBounds() {
    setFaults({u"latency:min=100,max=200,path=/v1/health"_s});
    auto client = clientFor(*m_server);
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client->Get("/v1/health"));
        const qint64 ms = timer.elapsed();
        QVERIFY2(ms >= 95 && ms < 600, qPrintable(QString::number(ms)));
    }
}

void TestServerFaults::errorAnswersProblemWithRetryAfter_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("retryAfter");
    QTest::newRow("503") << u"error:status=503,retry_after=2"_s << 503 << u"service_unavailable"_s << u"2"_s;
    QTest::newRow("429") << u"error:status=429,retry_after=7"_s << 429 << u"too_many_requests"_s << u"7"_s;
    QTest::newRow("500") << u"error:status=500"_s << 500 << u"internal_error"_s << QString();
    QTest::newRow("default") << u"error"_s << 503 << u"service_unavailable"_s << QString();
}

void TestServerFaults::errorAnswersProblemWithRetryAfter() {
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, retryAfter);
    setFaults({spec + (spec.contains(u':') ? u","_s : u":"_s) + u"path=/v1/sync/*"_s});
    const auto result = clientFor(*m_server)->Get("/v1/sync/customers", auth());
    QVERIFY(result);
    QCOMPARE(result->status, status);
    QCOMPARE(result->get_header_value("Content-Type"), std::string("application/problem+json"));
    QCOMPARE(bodyObject(result).value(u"code").toString(), code);
    QCOMPARE(QString::fromStdString(result->get_header_value("Retry-After")), retryAfter);
    QCOMPARE(clientFor(*m_server)->Get("/v1/health")->status, 200); // other paths untouched
}

void TestServerFaults::errorBeforeACommandAppliesNothingAndKeepsTheKeyFree() {
    setFaults({u"error:status=503,retry_after=1,path=/v1/customers/*"_s});
    const QJsonObject before = stats();
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(postNote(key)->status, 503);
    QCOMPARE(stats(), before);
    clientFor(*m_server)->Delete("/v1/test/faults");
    const auto retried = postNote(key);
    QCOMPARE(retried->status, 201);
    QVERIFY(!retried->has_header("Idempotent-Replayed")); // the 503 was not stored
}

void TestServerFaults::droppedAnswerIsAppliedAndReplayedOnRetry() {
    setFaults({u"drop_after_commit:path=/v1/customers/*/notes"_s});
    const QJsonObject before = stats();
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto lost = postNote(key);
    QVERIFY2(!lost, "the client must see a transport error, not an answer");
    QVERIFY(lost.error() == httplib::Error::Read || lost.error() == httplib::Error::Write ||
            lost.error() == httplib::Error::Connection);
    const QJsonObject afterDrop = stats();
    QCOMPARE(afterDrop.value(u"commands_applied").toInteger(),
             before.value(u"commands_applied").toInteger() + 1);
    QCOMPARE(afterDrop.value(u"notes").toInteger(), before.value(u"notes").toInteger() + 1);

    clientFor(*m_server)->Delete("/v1/test/faults");
    const auto retried = postNote(key);
    QVERIFY(retried);
    QCOMPARE(retried->status, 201);
    QCOMPARE(retried->get_header_value("Idempotent-Replayed"), std::string("true"));
    QCOMPARE(stats(), afterDrop);
    // The replayed note is the one in the feed, once.
    const auto feed = clientFor(*m_server)->Get("/v1/sync/notes?limit=2000", auth());
    int seen = 0;
    for (const QJsonValue& note : bodyObject(feed).value(u"items").toArray())
        seen += note.toObject() == bodyObject(retried) ? 1 : 0;
    QCOMPARE(seen, 1);
}

void TestServerFaults::slowBodyTricklesTheRealAnswer() {
    auto client = clientFor(*m_server);
    const auto normal = client->Get("/v1/sync/customers?limit=2", auth());
    QVERIFY(normal && normal->status == 200);
    const qint64 size = qint64(normal->body.size());
    QVERIFY(size > 1000 && size < 4096); // small enough to stay uncompressed
    setFaults({u"slow_body:bytes_per_second=2000,path=/v1/sync/customers"_s});
    QElapsedTimer timer;
    timer.start();
    const auto slow = client->Get("/v1/sync/customers?limit=2", auth());
    const qint64 ms = timer.elapsed();
    QVERIFY(slow && slow->status == 200);
    QCOMPARE(slow->body, normal->body);
    QCOMPARE(slow->get_header_value("Content-Length"), std::to_string(size));
    const qint64 expectedMs = size * 1000 / 2000;
    QVERIFY2(ms >= expectedMs - 150 && ms < expectedMs + 2000,
             qPrintable(u"%1 ms for %2 bytes"_s.arg(ms).arg(size)));
}

void TestServerFaults::oversizeSendsTheAnnouncedLength() {
    setFaults({u"oversize:bytes=70000000,path=/v1/sync/*"_s});
    std::string contentLength;
    size_t received = 0;
    std::string head;
    const auto result = clientFor(*m_server)->Get(
        "/v1/sync/customers?limit=1", auth(),
        [&contentLength](const httplib::Response& response) {
            contentLength = response.get_header_value("Content-Length");
            return true;
        },
        [&received, &head](const char* data, size_t length) {
            if (head.size() < 64)
                head.append(data, std::min<size_t>(length, 64));
            received += length;
            return true;
        });
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    QCOMPARE(contentLength, std::string("70000000"));
    QCOMPARE(received, size_t(70'000'000));
    QVERIFY(QByteArray::fromStdString(head).startsWith(R"({"deleted":[])"));
}

void TestServerFaults::malformedAnswerIsNotJson() {
    setFaults({u"malformed:path=/v1/sync/*"_s});
    for (const char* path : {"/v1/sync/customers?limit=3", "/v1/sync/unicorns"}) {
        const auto result = clientFor(*m_server)->Get(path, auth());
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray::fromStdString(result->body), &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(result->get_header_value("Content-Length"), std::to_string(result->body.size()));
    }
}

void TestServerFaults::rateIsDeterministicBySeed() {
    auto pattern = [this](int seed) {
        setFaults({u"error:status=503,rate=0.5,path=/v1/health"_s}, seed);
        QString hits;
        auto client = clientFor(*m_server);
        for (int i = 0; i < 24; ++i) {
            const auto result = client->Get("/v1/health");
            hits += result && result->status == 503 ? u'x' : u'.';
        }
        return hits;
    };
    const QString first = pattern(7);
    QCOMPARE(pattern(7), first);
    QVERIFY2(first.contains(u'x') && first.contains(u'.'), qPrintable(first));
    QVERIFY(pattern(8) != first);
}

void TestServerFaults::testEndpointsAreNeverFaulted() {
    setFaults({u"error:status=500"_s, u"malformed"_s});
    QCOMPARE(clientFor(*m_server)->Get("/v1/health")->status, 500);
    const auto stats = clientFor(*m_server)->Get("/v1/test/stats");
    QVERIFY(stats && stats->status == 200);
    QVERIFY(bodyObject(stats).contains(u"commands_applied"));
}

void TestServerFaults::invalidSpecIsRejected_data() {
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown kind") << u"meteor"_s;
    QTest::newRow("latency without ms") << u"latency"_s;
    QTest::newRow("latency ms and range") << u"latency:ms=5,min=1,max=9"_s;
    QTest::newRow("latency min above max") << u"latency:min=9,max=1"_s;
    QTest::newRow("not a number") << u"latency:ms=soon"_s;
    QTest::newRow("error 200") << u"error:status=200"_s;
    QTest::newRow("rate above 1") << u"malformed:rate=1.5"_s;
    QTest::newRow("zero speed") << u"slow_body:bytes_per_second=0"_s;
    QTest::newRow("foreign parameter") << u"drop_after_commit:ms=5"_s;
    QTest::newRow("no value") << u"oversize:bytes"_s;
}

void TestServerFaults::invalidSpecIsRejected() {
    QFETCH(QString, spec);
    const auto result = clientFor(*m_server)->Post(
        "/v1/test/faults", faultsBody({u"latency:ms=1"_s, spec}, 1), "application/json");
    QVERIFY(result);
    QCOMPARE(result->status, 422);
    QCOMPARE(bodyObject(result).value(u"code").toString(), u"invalid_value"_s);
    // Nothing of a rejected set is applied.
    QVERIFY(clientFor(*m_server)->Get("/v1/health")->status == 200);
}

void TestServerFaults::faultsFromTheCommandLineApplyFromTheStart() {
    TestServer::Options options;
    options.extraArgs = {u"--test-mode"_s};
    options.faults = {u"error:status=500,path=/v1/health"_s, u"latency:ms=1,rate=0.5"_s};
    options.faultSeed = 3;
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(clientFor(server)->Get("/v1/health")->status, 500);
    QCOMPARE(clientFor(server)->Delete("/v1/test/faults")->status, 204);
    QCOMPARE(clientFor(server)->Get("/v1/health")->status, 200);
}

void TestServerFaults::faultOptionNeedsTestMode() {
    TestServer::Options options;
    options.faults = {u"error"_s};
    TestServer server(options);
    QVERIFY(!server.start(10000));
    TestServer::Options badSpec;
    badSpec.extraArgs = {u"--test-mode"_s};
    badSpec.faults = {u"latency:ms=fast"_s};
    TestServer refused(badSpec);
    QVERIFY(!refused.start(10000));
}

void TestServerFaults::faultEndpointsAreNotFoundWithoutTestMode() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto client = clientFor(server);
    QCOMPARE(client->Get("/v1/test/stats")->status, 404);
    QCOMPARE(client->Post("/v1/test/faults", faultsBody({u"error"_s}, 1), "application/json")->status, 404);
    QCOMPARE(client->Delete("/v1/test/faults")->status, 404);
    QCOMPARE(client->Get("/v1/health")->status, 200);
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
