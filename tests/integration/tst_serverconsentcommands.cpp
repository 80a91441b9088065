// Integration tests of theke-server's consent command over real HTTP: optimistic concurrency (If-Match,
// versions, the customers feed) and strict input for notes and consents alike, refused without writing.
#include "ServerCommandFixture.h"

#include "CustomerJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <httplib.h>

#include <string>

using namespace Qt::StringLiterals;
using namespace ServerCommandSupport;

class TestServerConsentCommands : public QObject, public ServerCommandFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void consentChangeWithoutIfMatchIsPreconditionRequired();
    void consentChangeOnStaleVersionIsRefusedWithCurrentVersion();
    void consentChangeAcceptsEveryIfMatchForm_data();
    void consentChangeAcceptsEveryIfMatchForm();
    void consentChangeReturnsNextVersionAndAppearsInTheCustomersFeed();
    void invalidCommandsAreRefusedAndWriteNothing_data();
    void invalidCommandsAreRefusedAndWriteNothing();
};

void TestServerConsentCommands::initTestCase() {
    startServer();
}

void TestServerConsentCommands::consentChangeWithoutIfMatchIsPreconditionRequired() {
    const QString customerId = customer(10).value(u"id").toString();
    verifyProblem(putConsent(customerId, u"email"_s, R"({"granted":true,"source":"store"})", newKey(), {}),
                  428, u"precondition_required"_s);
}

void TestServerConsentCommands::consentChangeOnStaleVersionIsRefusedWithCurrentVersion() {
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

void TestServerConsentCommands::consentChangeAcceptsEveryIfMatchForm_data() {
    QTest::addColumn<QString>("form");
    QTest::newRow("quoted") << u"\"%1\""_s;
    QTest::newRow("bare") << u"%1"_s;
    QTest::newRow("weak") << u"W/\"%1\""_s;
}

void TestServerConsentCommands::consentChangeAcceptsEveryIfMatchForm() {
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

void TestServerConsentCommands::consentChangeReturnsNextVersionAndAppearsInTheCustomersFeed() {
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

void TestServerConsentCommands::invalidCommandsAreRefusedAndWriteNothing_data() {
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

void TestServerConsentCommands::invalidCommandsAreRefusedAndWriteNothing() {
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

QTEST_GUILESS_MAIN(TestServerConsentCommands)
#include "tst_serverconsentcommands.moc"
