// Integration tests of theke-server's commands (notes, consents) and their idempotency over real HTTP:
// exactly-once effects, replays, refused keys, optimistic concurrency, strict input.
#include "CustomerJson.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <httplib.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<httplib::Client> clientFor(const TestServer& server) {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
    client->set_connection_timeout(5);
    client->set_read_timeout(30);
    return client;
}

QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject bodyObject(const httplib::Result& result) {
    return result ? QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object() : QJsonObject();
}

std::string toBody(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

void verifyProblem(const httplib::Result& result, int status, const QString& code) {
    QVERIFY2(result, "no HTTP answer");
    QCOMPARE(result->status, status);
    QCOMPARE(QString::fromStdString(result->get_header_value("Content-Type")), u"application/problem+json"_s);
    const QJsonObject problem = bodyObject(result);
    QCOMPARE(problem.value(u"code").toString(), code);
    QCOMPARE(problem.value(u"status").toInt(), status);
    QVERIFY(!problem.value(u"detail").toString().isEmpty());
}

struct Stats {
    qint64 notes = -1;
    qint64 keys = -1;
    qint64 applied = -1;
};

} // namespace

class TestServerCommands : public QObject {
    Q_OBJECT

private:
    httplib::Headers headers(const QString& key, const QString& token = {}) const;
    httplib::Result postNote(const QString& customerId, const std::string& body, const QString& key,
                             const QString& token = {});
    httplib::Result putConsent(const QString& customerId, const QString& purpose, const std::string& body,
                               const QString& key, const std::string& ifMatch);
    Stats stats();
    QJsonObject customer(int index);
    // The feed's end cursor and, when given, the items after `after`.
    QString feedEnd(const char* feed, const QString& after = {}, QJsonArray* items = nullptr,
                    QStringList* deleted = nullptr);
    void setFaults(const QStringList& faults);

    std::unique_ptr<TestServer> m_server;
    QString m_token;
    QString m_otherToken; // a second device: keys are per device

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

    void consentChangeWithoutIfMatchIsPreconditionRequired();
    void consentChangeOnStaleVersionIsRefusedWithCurrentVersion();
    void consentChangeAcceptsEveryIfMatchForm_data();
    void consentChangeAcceptsEveryIfMatchForm();
    void consentChangeReturnsNextVersionAndAppearsInTheCustomersFeed();

    void invalidCommandsAreRefusedAndWriteNothing_data();
    void invalidCommandsAreRefusedAndWriteNothing();
    void erasingACustomerTombstonesItsNotes();
};

httplib::Headers TestServerCommands::headers(const QString& key, const QString& token) const {
    httplib::Headers h{{"Authorization", "Bearer " + (token.isEmpty() ? m_token : token).toStdString()}};
    if (!key.isNull())
        h.emplace("Idempotency-Key", key.toStdString());
    return h;
}

httplib::Result TestServerCommands::postNote(const QString& customerId, const std::string& body,
                                             const QString& key, const QString& token) {
    return clientFor(*m_server)->Post("/v1/customers/" + customerId.toStdString() + "/notes",
                                      headers(key, token), body, "application/json");
}

httplib::Result TestServerCommands::putConsent(const QString& customerId, const QString& purpose,
                                               const std::string& body, const QString& key,
                                               const std::string& ifMatch) {
    httplib::Headers h = headers(key);
    if (!ifMatch.empty())
        h.emplace("If-Match", ifMatch);
    return clientFor(*m_server)->Put("/v1/customers/" + customerId.toStdString() + "/consents/" +
                                         purpose.toStdString(),
                                     h, body, "application/json");
}

Stats TestServerCommands::stats() {
    const QJsonObject o = bodyObject(clientFor(*m_server)->Get("/v1/test/stats"));
    return {o.value(u"notes").toInteger(-1), o.value(u"idempotency_keys").toInteger(-1),
            o.value(u"commands_applied").toInteger(-1)};
}

QJsonObject TestServerCommands::customer(int index) {
    const auto page = clientFor(*m_server)->Get("/v1/sync/customers?limit=100", headers({}));
    return page ? bodyObject(page).value(u"items").toArray().at(index).toObject() : QJsonObject();
}

QString TestServerCommands::feedEnd(const char* feed, const QString& after, QJsonArray* items,
                                    QStringList* deleted) {
    std::string path = "/v1/sync/" + std::string(feed) + "?limit=2000";
    if (!after.isEmpty())
        path += "&cursor=" + QUrl::toPercentEncoding(after).toStdString();
    const QJsonObject page = bodyObject(clientFor(*m_server)->Get(path, headers({})));
    if (items)
        *items = page.value(u"items").toArray();
    if (deleted) {
        for (const QJsonValue& id : page.value(u"deleted").toArray())
            deleted->append(id.toString());
    }
    return page.value(u"next_cursor").toString();
}

void TestServerCommands::setFaults(const QStringList& faults) {
    const auto result = clientFor(*m_server)->Post(
        "/v1/test/faults", toBody({{u"faults"_s, QJsonArray::fromStringList(faults)}, {u"seed"_s, 1}}),
        "application/json");
    QVERIFY(result && result->status == 200);
}

void TestServerCommands::initTestCase() {
    TestServer::Options options;
    options.demoCustomers = 100;
    options.seed = 11;
    options.enrollCodes = {u"CMD-0001"_s, u"CMD-0002"_s};
    options.extraArgs = {u"--test-mode"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (auto [code, token] : {std::pair{u"CMD-0001"_s, &m_token}, std::pair{u"CMD-0002"_s, &m_otherToken}}) {
        const auto enrolled =
            clientFor(*m_server)->Post("/v1/devices/enroll", toBody({{u"code"_s, code}}), "application/json");
        QVERIFY(enrolled && enrolled->status == 201);
        *token = bodyObject(enrolled).value(u"token").toString();
    }
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

void TestServerCommands::consentChangeWithoutIfMatchIsPreconditionRequired() {
    const QString customerId = customer(10).value(u"id").toString();
    verifyProblem(putConsent(customerId, u"email"_s, R"({"granted":true,"source":"store"})", newKey(), {}),
                  428, u"precondition_required"_s);
}

void TestServerCommands::consentChangeOnStaleVersionIsRefusedWithCurrentVersion() {
    const QJsonObject c = customer(11);
    const qint64 version = c.value(u"version").toInteger();
    const Stats before = stats();
    const auto stale =
        putConsent(c.value(u"id").toString(), u"email"_s, R"({"granted":true,"source":"store"})", newKey(),
                   "\"" + std::to_string(version + 5) + "\"");
    verifyProblem(stale, 412, u"version_mismatch"_s);
    QCOMPARE(bodyObject(stale).value(u"current_version").toInteger(), version);
    QCOMPARE(stats().applied, before.applied);
}

void TestServerCommands::consentChangeAcceptsEveryIfMatchForm_data() {
    QTest::addColumn<QString>("form");
    QTest::newRow("quoted") << u"\"%1\""_s;
    QTest::newRow("bare") << u"%1"_s;
    QTest::newRow("weak") << u"W/\"%1\""_s;
}

void TestServerCommands::consentChangeAcceptsEveryIfMatchForm() {
    QFETCH(QString, form);
    const QJsonObject c = customer(12);
    const qint64 version = c.value(u"version").toInteger();
    const auto changed =
        putConsent(c.value(u"id").toString(), u"phone"_s, R"({"granted":false,"source":"phone"})", newKey(),
                   form.arg(version).toStdString());
    QVERIFY(changed);
    QCOMPARE(changed->status, 200);
    QCOMPARE(bodyObject(changed).value(u"version").toInteger(), version + 1);
}

void TestServerCommands::consentChangeReturnsNextVersionAndAppearsInTheCustomersFeed() {
    const QString cursor = feedEnd("customers");
    const Customer before = CustomerJson::fromJson(customer(13)).value();
    httplib::Headers h = headers(newKey());
    h.emplace("If-Match", "\"" + std::to_string(before.version) + "\"");
    h.emplace("X-Theke-Staff", "staff-7");
    const auto changed = clientFor(*m_server)->Put(
        "/v1/customers/" + before.id.toStdString() + "/consents/personalised_offers", h,
        R"({"granted":true,"source":"marketplace:zalando","ignored":"extra fields are fine"})",
        "application/json");
    QVERIFY(changed);
    QCOMPARE(changed->status, 200);
    QCOMPARE(changed->get_header_value("ETag"), "\"" + std::to_string(before.version + 1) + "\"");
    const Result<Customer> after = CustomerJson::fromJson(bodyObject(changed));
    QVERIFY(after);
    QCOMPARE(after->version, before.version + 1);
    QVERIFY(after->updatedAt > before.updatedAt);
    QCOMPARE(after->consents.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const Consent& consent = after->consents.at(i);
        QCOMPARE(consent.purpose, before.consents.at(i).purpose); // order kept
        if (consent.purpose != u"personalised_offers") {
            QCOMPARE(consent, before.consents.at(i));
            continue;
        }
        QVERIFY(consent.granted);
        QCOMPARE(consent.source, u"marketplace:zalando"_s);
        QCOMPARE(consent.changedAt, after->updatedAt);
    }
    Customer unchangedRest = after.value();
    unchangedRest.consents = before.consents;
    unchangedRest.version = before.version;
    unchangedRest.updatedAt = before.updatedAt;
    QCOMPARE(unchangedRest, before);

    QJsonArray items;
    feedEnd("customers", cursor, &items);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject(), bodyObject(changed));
}

void TestServerCommands::invalidCommandsAreRefusedAndWriteNothing_data() {
    QTest::addColumn<QString>("purpose"); // empty: a note
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("knownCustomer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray consent = R"({"granted":true,"source":"store"})";
    QTest::newRow("empty text") << QString() << QByteArray(R"({"text":""})") << true << 422
                                << u"invalid_value"_s;
    QTest::newRow("blank text") << QString() << QByteArray(R"({"text":" \n\t "})") << true << 422
                                << u"invalid_value"_s;
    QTest::newRow("3000 characters") << QString()
                                     << QByteArray(R"({"text":")" + QByteArray(3000, 'a') + "\"}") << true
                                     << 422 << u"invalid_value"_s;
    QTest::newRow("control character")
        << QString() << QByteArray(R"({"text":"a\u0007b"})") << true << 422 << u"invalid_value"_s;
    QTest::newRow("bad json") << QString() << QByteArray(R"({"text":"abc)") << true << 400
                              << u"invalid_request"_s;
    QTest::newRow("array") << QString() << QByteArray(R"(["abc"])") << true << 400 << u"invalid_request"_s;
    QTest::newRow("text is a number")
        << QString() << QByteArray(R"({"text":42})") << true << 400 << u"invalid_request"_s;
    QTest::newRow("text missing") << QString() << QByteArray(R"({"txt":"abc"})") << true << 400
                                  << u"invalid_request"_s;
    QTest::newRow("invalid utf-8") << QString()
                                   << QByteArray("{\"text\":\"Gr\xf6\xdf"
                                                 "e\"}")
                                   << true << 400 << u"invalid_request"_s;
    QTest::newRow("note, unknown customer")
        << QString() << QByteArray(R"({"text":"abc"})") << false << 404 << u"customer_not_found"_s;
    QTest::newRow("unknown purpose") << u"carrier_pigeon"_s << consent << true << 422 << u"invalid_value"_s;
    QTest::newRow("granted is a string") << u"sms"_s << QByteArray(R"({"granted":"yes","source":"store"})")
                                         << true << 400 << u"invalid_request"_s;
    QTest::newRow("source missing") << u"sms"_s << QByteArray(R"({"granted":true})") << true << 400
                                    << u"invalid_request"_s;
    QTest::newRow("unknown source") << u"sms"_s << QByteArray(R"({"granted":true,"source":"fax"})") << true
                                    << 422 << u"invalid_value"_s;
    QTest::newRow("consent bad json") << u"sms"_s << QByteArray("{") << true << 400 << u"invalid_request"_s;
    QTest::newRow("consent, unknown customer")
        << u"sms"_s << consent << false << 404 << u"customer_not_found"_s;
}

void TestServerCommands::invalidCommandsAreRefusedAndWriteNothing() {
    QFETCH(QString, purpose);
    QFETCH(QByteArray, body);
    QFETCH(bool, knownCustomer);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject c = customer(20);
    const QString customerId = knownCustomer ? c.value(u"id").toString() : u"no-such-customer"_s;
    const std::string ifMatch = "\"" + std::to_string(c.value(u"version").toInteger()) + "\"";
    const QString cursor = feedEnd("customers");
    const QString notesCursor = feedEnd("notes");
    const Stats before = stats();
    const QString key = newKey();
    auto send = [&] {
        return purpose.isEmpty() ? postNote(customerId, body.toStdString(), key)
                                 : putConsent(customerId, purpose, body.toStdString(), key, ifMatch);
    };
    const auto refused = send();
    verifyProblem(refused, status, code);

    // Refusals are answers too: stored, and replayed for the same key.
    const auto replay = send();
    verifyProblem(replay, status, code);
    QCOMPARE(replay->get_header_value("Idempotent-Replayed"), std::string("true"));
    QCOMPARE(replay->body, refused->body);

    const Stats after = stats();
    QCOMPARE(after.applied, before.applied);
    QCOMPARE(after.notes, before.notes);
    QCOMPARE(after.keys, before.keys + 1);
    QCOMPARE(feedEnd("customers"), cursor);
    QCOMPARE(feedEnd("notes"), notesCursor);
    const auto health = clientFor(*m_server)->Get("/v1/health");
    QVERIFY(health && health->status == 200);
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
