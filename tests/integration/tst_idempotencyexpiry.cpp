// How long theke-server keeps a command's Idempotency-Key: the first answer is replayed for 24 hours;
// after that the key is forgotten and a request with it is a new command (a new effect, a new answer,
// and another body is no longer refused). The test-mode clock route moves the server's time forward.
#include "CommandClient.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600;

} // namespace

class TestIdempotencyExpiry : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token;
    QString m_customerId;

    qint64 notes() { return m_api->get(u"/v1/test/stats"_s).object()[u"notes"_s].toInteger(-1); }
    qint64 applied() { return m_api->get(u"/v1/test/stats"_s).object()[u"commands_applied"_s].toInteger(-1); }
    TestApi::Answer advance(const QJsonValue& seconds) {
        return m_api->post(u"/v1/test/clock"_s, {{u"advance_seconds"_s, seconds}});
    }
    QString notesPath() const { return u"/v1/customers/%1/notes"_s.arg(m_customerId); }
    static QJsonObject note(const QString& text) { return {{u"text"_s, text}}; }

private Q_SLOTS:
    void initTestCase() {
        // One server for all tests: each moves its clock on from wherever the one before left it.
        TestServer::Options options;
        options.demoCustomers = 20;
        options.seed = 7;
        options.enrollCodes = {u"EXPIRY-1"_s};
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enroll(u"EXPIRY-1"_s);
        QVERIFY(!m_token.isEmpty());
        m_customerId = m_api->readFeed(u"customers"_s, m_token, 50).items.first()[u"id"_s].toString();
        QVERIFY(!m_customerId.isEmpty());
    }

    void clockMovesForwardOnlyByWholeSeconds() {
        const QDateTime before =
            QDateTime::fromString(m_api->get(u"/v1/health"_s).object()[u"time"_s].toString(), Qt::ISODate);
        QVERIFY(before.isValid());
        const qint64 offset = advance(0).object()[u"offset_seconds"_s].toInteger(-1);
        QVERIFY(offset >= 0);
        const TestApi::Answer moved = advance(25 * kHour);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.object()[u"offset_seconds"_s].toInteger(), offset + 25 * kHour);
        const QDateTime after =
            QDateTime::fromString(m_api->get(u"/v1/health"_s).object()[u"time"_s].toString(), Qt::ISODate);
        QVERIFY2(after >= before.addSecs(25 * kHour), qPrintable(after.toString(Qt::ISODate)));
        QCOMPARE(advance(0).object()[u"offset_seconds"_s].toInteger(), offset + 25 * kHour);

        for (const QJsonValue& refused :
             {QJsonValue(-1), QJsonValue(1.5), QJsonValue(1e300), QJsonValue(u"3600"_s), QJsonValue()}) {
            const TestApi::Answer answer = advance(refused);
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.object()[u"code"_s].toString(), u"invalid_request"_s);
        }
        // Refusals moved nothing.
        QCOMPARE(advance(0).object()[u"offset_seconds"_s].toInteger(), offset + 25 * kHour);
    }

    void keyIsReplayedFor24HoursThenIsANewCommand() {
        CommandClient client(m_server->port(), m_token, u"st-test-0001"_s);
        const QString key = CommandClient::newKey();
        const qint64 notesBefore = notes();
        const CommandClient::Answer first =
            client.send(u"POST"_s, notesPath(), note(u"Rückruf wegen Größe 40"_s), {}, key);
        QCOMPARE(first.status, 201);
        QVERIFY(!first.replayed);
        QCOMPARE(notes(), notesBefore + 1);
        const qint64 appliedAfterFirst = applied();

        QCOMPARE(advance(23 * kHour).status, 200);
        const CommandClient::Answer replay =
            client.send(u"POST"_s, notesPath(), note(u"Rückruf wegen Größe 40"_s), {}, key);
        QCOMPARE(replay.status, 201);
        QVERIFY(replay.replayed);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(notes(), notesBefore + 1);
        QCOMPARE(applied(), appliedAfterFirst);

        // 24 h + 1 s after the first answer (the real seconds the test took only add to it).
        QCOMPARE(advance(kHour + 1).status, 200);
        const CommandClient::Answer again =
            client.send(u"POST"_s, notesPath(), note(u"Rückruf wegen Größe 40"_s), {}, key);
        QCOMPARE(again.status, 201);
        QVERIFY(!again.replayed);
        QVERIFY(again.object()[u"id"_s].toString() != first.object()[u"id"_s].toString());
        QCOMPARE(notes(), notesBefore + 2);
        QCOMPARE(applied(), appliedAfterFirst + 1);

        // The key now holds the new answer for the next 24 hours.
        const CommandClient::Answer replayOfNew =
            client.send(u"POST"_s, notesPath(), note(u"Rückruf wegen Größe 40"_s), {}, key);
        QVERIFY(replayOfNew.replayed);
        QCOMPARE(replayOfNew.body, again.body);
        QCOMPARE(notes(), notesBefore + 2);
    }

    void expiredKeyAcceptsAnotherBody() {
        CommandClient client(m_server->port(), m_token);
        const QString key = CommandClient::newKey();
        QCOMPARE(client.send(u"POST"_s, notesPath(), note(u"Gutschein erklärt"_s), {}, key).status, 201);
        const CommandClient::Answer reused =
            client.send(u"POST"_s, notesPath(), note(u"Retoure besprochen"_s), {}, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), u"idempotency_key_reused"_s);

        QCOMPARE(advance(24 * kHour + 1).status, 200);
        const qint64 notesBefore = notes();
        const CommandClient::Answer fresh =
            client.send(u"POST"_s, notesPath(), note(u"Retoure besprochen"_s), {}, key);
        QCOMPARE(fresh.status, 201);
        QVERIFY(!fresh.replayed);
        QCOMPARE(fresh.object()[u"text"_s].toString(), u"Retoure besprochen"_s);
        QCOMPARE(notes(), notesBefore + 1);
    }

    void expiredRefusalIsDecidedAgain() {
        // A stored 4xx expires like a success: after 24 h the same request is judged anew.
        CommandClient client(m_server->port(), m_token);
        const QString key = CommandClient::newKey();
        const QString unknown = u"/v1/customers/kunde-gibt-es-nicht/notes"_s;
        const CommandClient::Answer refused = client.send(u"POST"_s, unknown, note(u"Hallo"_s), {}, key);
        QCOMPARE(refused.status, 404);
        QVERIFY(client.send(u"POST"_s, unknown, note(u"Hallo"_s), {}, key).replayed);

        QCOMPARE(advance(24 * kHour + 1).status, 200);
        const CommandClient::Answer judged = client.send(u"POST"_s, unknown, note(u"Hallo"_s), {}, key);
        QCOMPARE(judged.status, 404);
        QVERIFY(!judged.replayed);
    }
};

QTEST_GUILESS_MAIN(TestIdempotencyExpiry)
#include "tst_idempotencyexpiry.moc"
