// Integration tests of theke-server's note commands and their idempotency over real HTTP: exactly-once
// effects, replays, refused keys, tokens, concurrent retries, notes in the feed and erased with the customer.
#include "ServerCommandFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <httplib.h>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ServerCommandSupport;

class TestServerCommands : public QObject, public ServerCommandFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void noteIsCreatedAndAppearsInTheNotesFeed();
    void noteWithoutStaffHeaderHasNullAuthor();
    void replayingAKeyReturnsTheFirstAnswerWithoutApplyingAgain();
    void sameKeyWithAnotherBodyOrPathIsRefused();
    void keysAreScopedPerDevice();
    void commandsNeedAValidIdempotencyKey_data();
    void commandsNeedAValidIdempotencyKey();
    void commandsNeedAToken();
    void concurrentRequestsWithOneKeyApplyExactlyOnce();
    void retryWhileTheFirstIsRunningGetsRequestInProgress();
    void erasingACustomerTombstonesItsNotes();
};

void TestServerCommands::initTestCase() {
    startServer();
}

void TestServerCommands::cleanup() {
    clientFor(*m_server)->Delete("/v1/test/faults");
}

void TestServerCommands::noteIsCreatedAndAppearsInTheNotesFeed() {
    const QString customerId = customer(0).value(u"id").toString();
    const QString cursor = feedEnd("notes");
    httplib::Headers h = headers(newKey());
    h.emplace("X-Theke-Staff", "staff-0042");
    const QString text = u"Möchte Rückruf wegen Größe 42 – \"dringend\"\nZweite Zeile"_s;
    const auto created =
        clientFor(*m_server)->Post("/v1/customers/" + customerId.toStdString() + "/notes", h,
                                   toBody({{u"text"_s, u"  "_s + text + u"\n "_s}}), "application/json");
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const QJsonObject note = bodyObject(created);
    QVERIFY(!QUuid::fromString(note.value(u"id").toString()).isNull());
    QCOMPARE(note.value(u"customer_id").toString(), customerId);
    QCOMPARE(note.value(u"text").toString(), text); // trimmed
    QCOMPARE(note.value(u"author_staff_id").toString(), u"staff-0042"_s);
    QCOMPARE(note.value(u"version").toInt(), 1);
    const QDateTime createdAt =
        QDateTime::fromString(note.value(u"created_at").toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(note.value(u"updated_at").toString(), note.value(u"created_at").toString());

    QJsonArray items;
    feedEnd("notes", cursor, &items);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject(), note);
    QCOMPARE(QByteArray::fromStdString(created->body),
             QJsonDocument(items.at(0).toObject()).toJson(QJsonDocument::Compact));
}

void TestServerCommands::noteWithoutStaffHeaderHasNullAuthor() {
    const auto created = postNote(customer(1).value(u"id").toString(), R"({"text":"ohne Autor"})", newKey());
    QVERIFY(created && created->status == 201);
    QVERIFY(bodyObject(created).value(u"author_staff_id").isNull());
}

void TestServerCommands::replayingAKeyReturnsTheFirstAnswerWithoutApplyingAgain() {
    const QString customerId = customer(2).value(u"id").toString();
    const QString key = newKey();
    const std::string body = R"({"text":"Einmal, nicht zweimal"})";
    const auto first = postNote(customerId, body, key);
    QVERIFY(first && first->status == 201);
    QVERIFY(!first->has_header("Idempotent-Replayed"));
    const Stats before = stats();

    for (int i = 0; i < 3; ++i) {
        const auto again = postNote(customerId, body, key);
        QVERIFY(again);
        QCOMPARE(again->status, 201);
        QCOMPARE(again->body, first->body);
        QCOMPARE(again->get_header_value("Content-Type"), first->get_header_value("Content-Type"));
        QCOMPARE(again->get_header_value("Idempotent-Replayed"), std::string("true"));
    }
    const Stats after = stats();
    QCOMPARE(after.applied, before.applied);
    QCOMPARE(after.notes, before.notes);
    QCOMPARE(after.keys, before.keys);
}

void TestServerCommands::sameKeyWithAnotherBodyOrPathIsRefused() {
    const QString customerId = customer(3).value(u"id").toString();
    const QString key = newKey();
    QCOMPARE(postNote(customerId, R"({"text":"erste"})", key)->status, 201);
    const Stats before = stats();
    verifyProblem(postNote(customerId, R"({"text":"zweite"})", key), 422, u"idempotency_key_reused"_s);
    verifyProblem(postNote(customer(4).value(u"id").toString(), R"({"text":"erste"})", key), 422,
                  u"idempotency_key_reused"_s);
    QCOMPARE(stats().applied, before.applied);
    QCOMPARE(stats().notes, before.notes);
}

void TestServerCommands::keysAreScopedPerDevice() {
    const QString customerId = customer(5).value(u"id").toString();
    const QString key = newKey();
    const std::string body = R"({"text":"gleicher Schlüssel"})";
    const auto mine = postNote(customerId, body, key);
    const auto theirs = postNote(customerId, body, key, m_otherToken);
    QVERIFY(mine && theirs);
    QCOMPARE(mine->status, 201);
    QCOMPARE(theirs->status, 201);
    QVERIFY(!theirs->has_header("Idempotent-Replayed"));
    QVERIFY(bodyObject(mine).value(u"id") != bodyObject(theirs).value(u"id"));
}

void TestServerCommands::commandsNeedAValidIdempotencyKey_data() {
    QTest::addColumn<QString>("key");
    QTest::newRow("missing") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("129 characters") << QString(129, u'k');
    QTest::newRow("space inside") << u"two words"_s;
}

void TestServerCommands::commandsNeedAValidIdempotencyKey() {
    QFETCH(QString, key);
    const QString customerId = customer(0).value(u"id").toString();
    const Stats before = stats();
    verifyProblem(postNote(customerId, R"({"text":"x"})", key), 400, u"idempotency_key_required"_s);
    verifyProblem(putConsent(customerId, u"sms"_s, R"({"granted":true,"source":"store"})", key, "\"1\""), 400,
                  u"idempotency_key_required"_s);
    QCOMPARE(stats().notes, before.notes);
    QCOMPARE(stats().keys, before.keys);
    // 128 characters is still fine.
    QCOMPARE(postNote(customerId, R"({"text":"x"})", QString(128, u'k'))->status, 201);
}

void TestServerCommands::commandsNeedAToken() {
    const auto result = clientFor(*m_server)->Post(
        "/v1/customers/" + customer(0).value(u"id").toString().toStdString() + "/notes",
        httplib::Headers{{"Idempotency-Key", newKey().toStdString()}}, R"({"text":"x"})", "application/json");
    verifyProblem(result, 401, u"unauthorized"_s);
}

void TestServerCommands::concurrentRequestsWithOneKeyApplyExactlyOnce() {
    // The delay runs while the first request holds the key, so the others overlap it.
    setFaults({u"latency:ms=300,path=/v1/customers/*"_s});
    const QString customerId = customer(6).value(u"id").toString();
    const QString key = newKey();
    const Stats before = stats();
    constexpr int kThreads = 6;
    std::vector<int> statuses(kThreads, 0);
    std::vector<bool> replayed(kThreads, false);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&, i] {
            const auto result = postNote(customerId, R"({"text":"gleichzeitig"})", key);
            statuses[size_t(i)] = result ? result->status : -1;
            replayed[size_t(i)] = result && result->has_header("Idempotent-Replayed");
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    int fresh = 0;
    for (int i = 0; i < kThreads; ++i) {
        QVERIFY2(statuses[size_t(i)] == 201 || statuses[size_t(i)] == 409,
                 qPrintable(QString::number(statuses[size_t(i)])));
        fresh += statuses[size_t(i)] == 201 && !replayed[size_t(i)] ? 1 : 0;
    }
    QCOMPARE(fresh, 1);
    QCOMPARE(stats().applied, before.applied + 1);
    QCOMPARE(stats().notes, before.notes + 1);
}

void TestServerCommands::retryWhileTheFirstIsRunningGetsRequestInProgress() {
    setFaults({u"latency:ms=800,path=/v1/customers/*/notes"_s});
    const QString customerId = customer(7).value(u"id").toString();
    const QString key = newKey();
    int firstStatus = 0;
    std::thread first([&] {
        const auto result = postNote(customerId, R"({"text":"langsam"})", key);
        firstStatus = result ? result->status : -1;
    });
    QTest::qWait(250);
    const auto retry = postNote(customerId, R"({"text":"langsam"})", key);
    verifyProblem(retry, 409, u"request_in_progress"_s);
    QVERIFY(retry->has_header("Retry-After"));
    first.join();
    QCOMPARE(firstStatus, 201);
    const auto later = postNote(customerId, R"({"text":"langsam"})", key);
    QCOMPARE(later->status, 201);
    QCOMPARE(later->get_header_value("Idempotent-Replayed"), std::string("true"));
}

void TestServerCommands::erasingACustomerTombstonesItsNotes() {
    const QString customerId = customer(30).value(u"id").toString();
    const auto note = postNote(customerId, R"({"text":"wird gelöscht"})", newKey());
    QVERIFY(note && note->status == 201);
    const QString cursor = feedEnd("notes");
    QCOMPARE(clientFor(*m_server)->Delete("/v1/test/customers/" + customerId.toStdString())->status, 204);
    QJsonArray items;
    QStringList deleted;
    feedEnd("notes", cursor, &items, &deleted);
    QVERIFY(items.isEmpty());
    QCOMPARE(deleted, QStringList{bodyObject(note).value(u"id").toString()});
}

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
