// theke-server counts wrong pickup codes per pickup (issue #8): five wrong codes block handovers by
// code for 15 min (then 30 …) with 423 pickup_code_blocked and Retry-After, even for the right code;
// the count survives a restart, a replayed request does not count twice, a right code resets it, and
// a handover checked by identity document is not affected. The server's clock is moved forward
// through the test-mode route instead of sleeping.
#include "CommandClient.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QStringList kStores{u"hh-moenckebergstrasse"_s, u"b-tauentzienstrasse"_s, u"m-kaufingerstrasse"_s,
                          u"k-schildergasse"_s, u"f-zeil"_s};

QJsonObject codeBody(const QJsonArray& lines, const QString& code) {
    return {{u"lines"_s, lines},
            {u"recipient"_s, QJsonObject{{u"type"_s, u"customer"_s}, {u"name"_s, u"Kundin"_s}}},
            {u"identity_check"_s, QJsonObject{{u"method"_s, u"pickup_code"_s}}},
            {u"pickup_code"_s, code}};
}

QJsonObject documentBody(const QJsonArray& lines) {
    return {{u"lines"_s, lines},
            {u"recipient"_s, QJsonObject{{u"type"_s, u"customer"_s}, {u"name"_s, u"Kundin"_s}}},
            {u"identity_check"_s,
             QJsonObject{{u"method"_s, u"identity_document"_s}, {u"document_type"_s, u"id_card"_s}}}};
}

} // namespace

class TestServerPickupCode : public QObject {
    Q_OBJECT

private:
    TestServer::Options m_options;
    std::unique_ptr<TestServer> m_first; // stopped after the restart; owns the data directory
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QHash<QString, QString> m_tokens; // store → device token
    QSet<QString> m_used;

    // A ready pickup no test has used yet, with at least minLines lines.
    QJsonObject readyPickup(int minLines = 1) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& store : kStores) {
            for (const QJsonValue& value : m_api->readFeed(u"pickups"_s, m_tokens.value(store), 500).items) {
                const QJsonObject p = value.toObject();
                const QDateTime deadline =
                    QDateTime::fromString(p[u"deadline"].toString(), Qt::ISODateWithMs);
                if (p[u"state"].toString() == u"ready" && deadline > now.addDays(2) &&
                    p[u"lines"].toArray().size() >= minLines && !m_used.contains(p[u"id"].toString())) {
                    m_used.insert(p[u"id"].toString());
                    return p;
                }
            }
        }
        return {};
    }
    CommandClient client(const QJsonObject& p) {
        return CommandClient(m_server->port(), m_tokens.value(p[u"store_id"].toString()), u"st-test-0001"_s);
    }
    static QString path(const QJsonObject& p) {
        return u"/v1/pickups/%1/handover"_s.arg(p[u"id"].toString());
    }
    static QString ifMatch(const QJsonObject& p) { return CommandClient::etagOf(p[u"version"].toInteger()); }
    QString code(const QJsonObject& p) {
        return m_api->get(u"/v1/test/pickups/%1/code"_s.arg(p[u"id"].toString()))
            .object()[u"code"]
            .toString();
    }
    // A wrong code of the right shape.
    QString wrongCode(const QJsonObject& p) { return code(p) == u"AAAAAA"_s ? u"BBBBBB"_s : u"AAAAAA"_s; }
    CommandClient::Answer tryCode(const QJsonObject& p, const QString& code, const QString& key = {}) {
        return client(p).send(u"POST"_s, path(p), codeBody(p[u"lines"].toArray(), code), ifMatch(p), key);
    }
    void advanceServerClock(qint64 secs) {
        const TestApi::Answer moved = m_api->post(u"/v1/test/clock"_s, {{u"advance_seconds"_s, secs}});
        QCOMPARE(moved.status, 200);
    }
    // Four wrong codes, each answered with one attempt fewer, then the fifth starts a block.
    void blockWithFiveWrongCodes(const QJsonObject& p, qint64 expectedSecs) {
        for (int left = 4; left >= 1; --left) {
            const CommandClient::Answer wrong = tryCode(p, wrongCode(p));
            QCOMPARE(wrong.status, 422);
            QCOMPARE(wrong.code(), u"pickup_code_invalid"_s);
            QCOMPARE(wrong.object()[u"attempts_left"].toInt(), left);
        }
        const CommandClient::Answer fifth = tryCode(p, wrongCode(p));
        QCOMPARE(fifth.status, 423);
        QCOMPARE(fifth.code(), u"pickup_code_blocked"_s);
        QCOMPARE(fifth.contentType, QByteArray("application/problem+json"));
        QVERIFY2(qAbs(fifth.retryAfter.toLongLong() - expectedSecs) <= 1, fifth.retryAfter.constData());
        QVERIFY(
            QDateTime::fromString(fifth.object()[u"blocked_until"].toString(), Qt::ISODateWithMs).isValid());
    }

private Q_SLOTS:
    void initTestCase() {
        m_options.demoCustomers = 1500;
        m_options.seed = 33;
        m_options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(m_options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        for (const QString& store : kStores)
            m_tokens.insert(store, m_api->enrollAt(store));
    }

    void fiveWrongCodesBlockEvenTheRightCodeAcrossARestart() {
        const QJsonObject p = readyPickup();
        QVERIFY2(!p.isEmpty(), "no ready pickup");
        blockWithFiveWrongCodes(p, 15 * 60);
        const CommandClient::Answer right = tryCode(p, code(p));
        QCOMPARE(right.status, 423); // not even checked while blocked
        QCOMPARE(right.code(), u"pickup_code_blocked"_s);

        // Kept in the database, not in memory: a restart hands out no fresh attempts.
        m_server->stop();
        m_first = std::move(m_server);
        TestServer::Options again = m_options;
        again.dataDir = m_first->dataDir();
        m_server = std::make_unique<TestServer>(again);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        QCOMPARE(tryCode(p, code(p)).status, 423);
    }

    void identityDocumentHandoverIsNotBlocked() {
        const QJsonObject p = readyPickup();
        QVERIFY2(!p.isEmpty(), "no ready pickup");
        blockWithFiveWrongCodes(p, 15 * 60);
        const CommandClient::Answer handed =
            client(p).send(u"POST"_s, path(p), documentBody(p[u"lines"].toArray()), ifMatch(p));
        QCOMPARE(handed.status, 200);
        QCOMPARE(handed.object()[u"state"].toString(), u"handed_over"_s);
    }

    void blockEndsThenTheNextOneLastsTwiceAsLongAndTheRightCodeWorks() {
        const QJsonObject p = readyPickup();
        QVERIFY2(!p.isEmpty(), "no ready pickup");
        blockWithFiveWrongCodes(p, 15 * 60);
        advanceServerClock(15 * 60 + 1);
        blockWithFiveWrongCodes(p, 30 * 60);
        advanceServerClock(30 * 60 + 1);
        const CommandClient::Answer right = tryCode(p, code(p).toLower());
        QCOMPARE(right.status, 200);
        QCOMPARE(right.object()[u"state"].toString(), u"handed_over"_s);
    }

    void rightCodeResetsTheCount() {
        const QJsonObject p = readyPickup(2);
        QVERIFY2(!p.isEmpty(), "no ready pickup with two lines");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(tryCode(p, wrongCode(p)).status, 422);
        const CommandClient::Answer partly =
            client(p).send(u"POST"_s, path(p), codeBody({p[u"lines"].toArray().at(0)}, code(p)), ifMatch(p));
        QCOMPARE(partly.status, 200);
        QCOMPARE(partly.object()[u"state"].toString(), u"partly_handed_over"_s);
        const QJsonObject after = partly.object();
        const CommandClient::Answer wrong = tryCode(after, wrongCode(after));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.object()[u"attempts_left"].toInt(), 4); // five again, not two
    }

    void replayedWrongCodeCountsOnce() {
        const QJsonObject p = readyPickup();
        QVERIFY2(!p.isEmpty(), "no ready pickup");
        const QString key = CommandClient::newKey();
        const CommandClient::Answer first = tryCode(p, wrongCode(p), key);
        QCOMPARE(first.object()[u"attempts_left"].toInt(), 4);
        const CommandClient::Answer replay = tryCode(p, wrongCode(p), key);
        QVERIFY(replay.replayed);
        QCOMPARE(replay.object()[u"attempts_left"].toInt(), 4);
        QCOMPARE(tryCode(p, wrongCode(p)).object()[u"attempts_left"].toInt(), 3);
    }

    void clockRouteRefusesNonsense() {
        QCOMPARE(m_api->post(u"/v1/test/clock"_s, {{u"advance_seconds"_s, u"soon"_s}}).status, 400);
        QCOMPARE(m_api->post(u"/v1/test/clock"_s, {{u"advance_seconds"_s, 1e12}}).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServerPickupCode)
#include "tst_serverpickupcode.moc"
