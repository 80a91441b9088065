// Integration tests of theke-server's Store API over real HTTP on loopback: what a client relies on.
#include "CustomerJson.h"
#include "TestServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <httplib.h>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDemoCustomers = 2000;
constexpr int kSeed = 42;

struct Page {
    QJsonArray items;
    QStringList deleted;
    QString nextCursor;
    bool hasMore = false;
};

std::unique_ptr<httplib::Client> clientFor(const TestServer& server) {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
    client->set_connection_timeout(5);
    client->set_read_timeout(30);
    return client;
}

httplib::Headers bearer(const QString& token) {
    return {{"Authorization", "Bearer " + token.toStdString()}};
}

QJsonObject bodyObject(const httplib::Result& result) {
    return result ? QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object() : QJsonObject();
}

std::string toBody(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

std::string feedPath(const QString& cursor, int limit) {
    QString path = u"/v1/sync/customers?limit=%1"_s.arg(limit);
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return path.toStdString();
}

std::optional<Page> fetchPage(httplib::Client& client, const QString& token, const QString& cursor,
                              int limit) {
    const auto result = client.Get(feedPath(cursor, limit), bearer(token));
    if (!result || result->status != 200)
        return std::nullopt;
    const QJsonObject o = bodyObject(result);
    Page page;
    page.items = o.value(u"items").toArray();
    for (const QJsonValue& id : o.value(u"deleted").toArray())
        page.deleted.append(id.toString());
    page.nextCursor = o.value(u"next_cursor").toString();
    page.hasMore = o.value(u"has_more").toBool();
    return page;
}

// Every page from cursor to the end; nullopt when any request fails.
std::optional<std::vector<Page>> fetchAll(httplib::Client& client, const QString& token,
                                          const QString& cursor, int limit) {
    std::vector<Page> pages;
    QString at = cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        std::optional<Page> page = fetchPage(client, token, at, limit);
        if (!page)
            return std::nullopt;
        pages.push_back(*page);
        at = page->nextCursor;
        if (!page->hasMore)
            return pages;
    }
    return std::nullopt;
}

bool isValidEan13(const QString& code) {
    static const QRegularExpression kDigits(u"^\\d{13}$"_s);
    if (!kDigits.match(code).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += code.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == code.at(12).digitValue();
}

// The page as QJsonDocument would write it with every item passed through app/core's CustomerJson.
QByteArray coreSerialisation(const QByteArray& pageText) {
    const QJsonObject page = QJsonDocument::fromJson(pageText).object();
    QJsonArray items;
    for (const QJsonValue& item : page.value(u"items").toArray()) {
        const Result<Customer> customer = CustomerJson::fromJson(item.toObject());
        items.append(customer ? CustomerJson::toJson(customer.value()) : QJsonObject());
    }
    const QJsonObject rebuilt{{u"deleted"_s, page.value(u"deleted")},
                              {u"has_more"_s, page.value(u"has_more")},
                              {u"items"_s, items},
                              {u"next_cursor"_s, page.value(u"next_cursor")}};
    return QJsonDocument(rebuilt).toJson(QJsonDocument::Compact);
}

// The problem+json members every error answer must carry.
void verifyProblem(const httplib::Result& result, int status, const QString& code) {
    QVERIFY2(result, "no HTTP answer");
    QCOMPARE(result->status, status);
    QCOMPARE(QString::fromStdString(result->get_header_value("Content-Type")), u"application/problem+json"_s);
    const QJsonObject problem = bodyObject(result);
    QCOMPARE(problem.value(u"code").toString(), code);
    QCOMPARE(problem.value(u"status").toInt(), status);
    QCOMPARE(problem.value(u"type").toString(), u"urn:theke:problem:"_s + code);
    QVERIFY(!problem.value(u"title").toString().isEmpty());
    QVERIFY(problem.value(u"detail").isString());
}

} // namespace

class TestServerApi : public QObject {
    Q_OBJECT

private:
    QString enroll(TestServer& server, const QString& code);
    Customer anyCustomer(TestServer& server, const QString& token);

    std::unique_ptr<TestServer> m_server;  // 2,000 demo customers, read-only tests, no test mode
    std::unique_ptr<TestServer> m_mutable; // test mode, for the tests that change data
    QString m_token;
    QString m_mutableToken;

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

    void pagingTheWholeFeedReturnsEveryCustomerExactlyOnce();
    void resumingFromAMiddleCursorReturnsExactlyTheRest();
    void pageAfterTheEndIsEmptyAndKeepsTheCursor();
    void demoCustomersLookGermanAndValid();
    void demoCustomersHaveRealisticConsents();
    void sameSeedGivesIdenticalFeedAndOtherSeedDiffers();

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

    void feedTextIsExactlyTheCoreCustomerJson();
    void updateAppearsAfterTheLastCursorWithNextVersion();
    void deleteAppearsAsTombstoneAndNotAsItem();
    void recreatedCustomerIsNoLongerReportedDeleted();
    void testEndpointRejectsDuplicateNumberAndUnknownStore();
    void concurrentReadersAndWriterAllSucceed();

    void restartKeepsDataAndUsedCodesStayUsed();
    void serverExitsCleanlyOnSigterm();
};

QString TestServerApi::enroll(TestServer& server, const QString& code) {
    auto client = clientFor(server);
    const auto result =
        client->Post("/v1/devices/enroll", toBody({{u"code"_s, code}, {u"device_name"_s, u"Kasse 1"_s}}),
                     "application/json");
    if (!result || result->status != 201)
        return {};
    return bodyObject(result).value(u"token").toString();
}

Customer TestServerApi::anyCustomer(TestServer& server, const QString& token) {
    auto client = clientFor(server);
    const std::optional<Page> page = fetchPage(*client, token, {}, 10);
    if (!page || page->items.isEmpty())
        return {};
    const Result<Customer> customer = CustomerJson::fromJson(page->items.at(5).toObject());
    return customer ? customer.value() : Customer{};
}

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

    TestServer::Options mutableOptions;
    mutableOptions.demoCustomers = 200;
    mutableOptions.seed = 7;
    mutableOptions.enrollCodes = {u"MUTABLE-0001"_s};
    mutableOptions.extraArgs = {u"--test-mode"_s};
    m_mutable = std::make_unique<TestServer>(mutableOptions);
    QVERIFY2(m_mutable->start(), qPrintable(m_mutable->errorString()));
    m_mutableToken = enroll(*m_mutable, u"MUTABLE-0001"_s);
    QVERIFY(!m_mutableToken.isEmpty());
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

void TestServerApi::pagingTheWholeFeedReturnsEveryCustomerExactlyOnce() {
    auto client = clientFor(*m_server);
    const auto pages = fetchAll(*client, m_token, {}, 500);
    QVERIFY(pages);
    QCOMPARE(int(pages->size()), kDemoCustomers / 500);
    QSet<QString> ids;
    int items = 0;
    for (const Page& page : *pages) {
        QVERIFY(page.items.size() <= 500);
        QVERIFY(page.deleted.isEmpty());
        for (const QJsonValue& item : page.items) {
            const Result<Customer> customer = CustomerJson::fromJson(item.toObject());
            QVERIFY2(customer, qPrintable(customer.ok() ? QString() : customer.error().toString()));
            ids.insert(customer->id);
            ++items;
        }
    }
    QCOMPARE(items, kDemoCustomers);
    QCOMPARE(int(ids.size()), kDemoCustomers);
    QVERIFY(!pages->back().hasMore);
}

void TestServerApi::resumingFromAMiddleCursorReturnsExactlyTheRest() {
    auto client = clientFor(*m_server);
    const auto all = fetchAll(*client, m_token, {}, 2000);
    QVERIFY(all && all->size() == 1);
    const QJsonArray everything = all->front().items;

    const auto first = fetchPage(*client, m_token, {}, 700);
    QVERIFY(first && first->hasMore);
    const auto rest = fetchAll(*client, m_token, first->nextCursor, 450);
    QVERIFY(rest);
    QJsonArray resumed = first->items;
    for (const Page& page : *rest) {
        for (const QJsonValue& item : page.items)
            resumed.append(item);
    }
    QCOMPARE(resumed.size(), everything.size());
    QCOMPARE(resumed, everything);
}

void TestServerApi::pageAfterTheEndIsEmptyAndKeepsTheCursor() {
    auto client = clientFor(*m_server);
    const auto all = fetchPage(*client, m_token, {}, 2000);
    QVERIFY(all && !all->hasMore);
    const auto after = fetchPage(*client, m_token, all->nextCursor, 10);
    QVERIFY(after);
    QVERIFY(after->items.isEmpty());
    QVERIFY(after->deleted.isEmpty());
    QVERIFY(!after->hasMore);
    QCOMPARE(after->nextCursor, all->nextCursor);
}

void TestServerApi::demoCustomersLookGermanAndValid() {
    auto client = clientFor(*m_server);
    const auto page = fetchPage(*client, m_token, {}, 2000);
    QVERIFY(page);
    static const QRegularExpression kE164(u"^\\+49[1-9]\\d{6,12}$"_s);
    static const QRegularExpression kCustomerNo(u"^K\\d{7}$"_s);
    static const QRegularExpression kPostcode(u"^\\d{5}$"_s);
    static const QRegularExpression kEmail(u"^[a-z0-9.-]+@(example\\.de|example\\.com|mail\\.example)$"_s);
    QSet<QString> numbers;
    QSet<QString> cards;
    QSet<QString> tiers;
    QSet<QString> cities;
    bool umlaut = false;
    bool sharpS = false;
    int phones = 0;
    for (const QJsonValue& item : page->items) {
        const Customer c = CustomerJson::fromJson(item.toObject()).value();
        const QString name = c.firstName + c.lastName;
        umlaut = umlaut || name.contains(QRegularExpression(u"[äöüÄÖÜ]"_s));
        sharpS = sharpS || name.contains(u'ß');
        QVERIFY2(kCustomerNo.match(c.customerNo).hasMatch(), qPrintable(c.customerNo));
        numbers.insert(c.customerNo);
        QVERIFY2(isValidEan13(c.loyaltyCard) && c.loyaltyCard.startsWith(u"29"), qPrintable(c.loyaltyCard));
        cards.insert(c.loyaltyCard);
        if (!c.phone.isEmpty()) {
            QVERIFY2(kE164.match(c.phone).hasMatch(), qPrintable(c.phone));
            ++phones;
        }
        if (!c.email.isEmpty())
            QVERIFY2(kEmail.match(c.email).hasMatch(), qPrintable(c.email));
        QVERIFY(kPostcode.match(c.postcode).hasMatch());
        QVERIFY(!c.street.isEmpty() && c.street.back().isLetterOrNumber());
        QVERIFY(c.customerSince.isValid());
        QVERIFY(c.updatedAt.isValid());
        QCOMPARE(c.country, u"DE"_s);
        QCOMPARE(c.version, 1);
        tiers.insert(c.loyaltyTier);
        cities.insert(c.city);
    }
    QVERIFY(umlaut);
    QVERIFY(sharpS);
    QVERIFY(phones > kDemoCustomers * 8 / 10);
    QCOMPARE(int(numbers.size()), kDemoCustomers);
    QCOMPARE(int(cards.size()), kDemoCustomers);
    QCOMPARE(tiers, (QSet<QString>{u"basic"_s, u"silver"_s, u"gold"_s}));
    QVERIFY(cities.contains(u"München"_s) && cities.contains(u"Köln"_s) && cities.contains(u"Hamburg"_s));
}

void TestServerApi::demoCustomersHaveRealisticConsents() {
    auto client = clientFor(*m_server);
    const auto page = fetchPage(*client, m_token, {}, 2000);
    QVERIFY(page);
    static const QRegularExpression kSource(u"^(webshop|app|store|phone|marketplace:[a-z]+)$"_s);
    QHash<QString, int> granted;
    QSet<QString> sources;
    int undated = 0;
    for (const QJsonValue& item : page->items) {
        const Customer c = CustomerJson::fromJson(item.toObject()).value();
        QStringList purposes;
        for (const Consent& consent : c.consents) {
            purposes.append(consent.purpose);
            QVERIFY2(kSource.match(consent.source).hasMatch(), qPrintable(consent.source));
            sources.insert(consent.source.section(u':', 0, 0));
            if (consent.granted) {
                ++granted[consent.purpose];
                QVERIFY(consent.changedAt.isValid());
            }
            if (consent.changedAt.isValid()) {
                QVERIFY(consent.changedAt.date() >= c.customerSince);
                QVERIFY(consent.changedAt <= c.updatedAt);
            } else {
                ++undated;
            }
            // Nobody can have agreed to e-mail without an address, or to calls and texts without a number.
            if (consent.purpose == u"email" && c.email.isEmpty())
                QVERIFY(!consent.granted);
            if ((consent.purpose == u"sms" || consent.purpose == u"phone") && c.phone.isEmpty())
                QVERIFY(!consent.granted);
        }
        QCOMPARE(purposes, (QStringList{u"email"_s, u"sms"_s, u"phone"_s, u"personalised_offers"_s}));
    }
    auto share = [&granted](const QString& purpose) {
        return granted.value(purpose) * 100 / kDemoCustomers;
    };
    QVERIFY2(share(u"email"_s) >= 48 && share(u"email"_s) <= 62,
             qPrintable(QString::number(share(u"email"_s))));
    QVERIFY2(share(u"sms"_s) >= 19 && share(u"sms"_s) <= 30, qPrintable(QString::number(share(u"sms"_s))));
    QVERIFY2(share(u"phone"_s) >= 6 && share(u"phone"_s) <= 14,
             qPrintable(QString::number(share(u"phone"_s))));
    QVERIFY2(share(u"personalised_offers"_s) >= 30 && share(u"personalised_offers"_s) <= 40,
             qPrintable(QString::number(share(u"personalised_offers"_s))));
    QVERIFY(undated > 0);
    QCOMPARE(sources, (QSet<QString>{u"webshop"_s, u"app"_s, u"store"_s, u"phone"_s, u"marketplace"_s}));
}

void TestServerApi::sameSeedGivesIdenticalFeedAndOtherSeedDiffers() {
    TestServer::Options same;
    same.demoCustomers = kDemoCustomers;
    same.seed = kSeed;
    same.enrollCodes = {u"SAME-0001"_s};
    TestServer twin(same);
    QVERIFY2(twin.start(), qPrintable(twin.errorString()));
    TestServer::Options other = same;
    other.seed = kSeed + 1;
    TestServer stranger(other);
    QVERIFY2(stranger.start(), qPrintable(stranger.errorString()));

    auto firstPage = [](TestServer& server, const QString& token) {
        auto client = clientFor(server);
        const auto result = client->Get(feedPath({}, 500), bearer(token));
        return result && result->status == 200 ? result->body : std::string();
    };
    const std::string original = firstPage(*m_server, m_token);
    const std::string twinPage = firstPage(twin, enroll(twin, u"SAME-0001"_s));
    const std::string strangerPage = firstPage(stranger, enroll(stranger, u"SAME-0001"_s));
    QVERIFY(!original.empty());
    QVERIFY(original == twinPage);
    QVERIFY(!strangerPage.empty());
    QVERIFY(original != strangerPage);
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

void TestServerApi::feedTextIsExactlyTheCoreCustomerJson() {
    // Strings that need escaping, non-Latin-1 text and empty optional fields.
    Customer tricky;
    tricky.id = u"c0ffee00-0000-4000-8000-000000000003"_s;
    tricky.customerNo = u"K0000003"_s;
    tricky.firstName = u"Zoë \"Zo\" \\ Tab\t Newline\n Ctrl\u0001 DEL\u007f / Emoji \U0001F600"_s;
    tricky.lastName = u"Yılmaz-Öztürk ß Ş"_s;
    tricky.street = u"Straße des 17. Juni 1"_s;
    tricky.consents = {
        Consent{u"email"_s, true, QDateTime(QDate(2024, 3, 2), QTime(10, 0, 0, 5), Qt::UTC), u"webshop"_s},
        Consent{u"sms"_s, false, QDateTime(), u"marketplace:\"odd\" name"_s},
        Consent{u"personalised_offers"_s, true, QDateTime(QDate(2025, 1, 5), QTime(8, 15), Qt::UTC),
                u"store"_s}};
    const std::string path = "/v1/test/customers/" + tricky.id.toStdString();
    auto client = clientFor(*m_mutable);
    const auto put = client->Put(path, toBody(CustomerJson::toJson(tricky)), "application/json");
    QVERIFY(put && put->status == 201);

    for (TestServer* server : {m_server.get(), m_mutable.get()}) {
        const QString token = server == m_mutable.get() ? m_mutableToken : m_token;
        auto reader = clientFor(*server);
        const auto page = reader->Get(feedPath({}, 2000), bearer(token));
        QVERIFY(page && page->status == 200);
        const QByteArray text = QByteArray::fromStdString(page->body);
        const QByteArray expected = coreSerialisation(text);
        if (text != expected) {
            qsizetype at = 0;
            while (at < text.size() && at < expected.size() && text[at] == expected[at])
                ++at;
            QFAIL(qPrintable(u"feed text differs from Qt's at byte %1: …%2… vs …%3…"_s.arg(at).arg(
                QString::fromUtf8(text.mid(std::max<qsizetype>(0, at - 40), 80)),
                QString::fromUtf8(expected.mid(std::max<qsizetype>(0, at - 40), 80)))));
        }
    }
    const auto page = fetchPage(*client, m_mutableToken, {}, 2000);
    QVERIFY(page);
    const QJsonObject fromFeed = page->items.last().toObject();
    QCOMPARE(fromFeed, bodyObject(put));
    QCOMPARE(fromFeed.value(u"first_name").toString(), tricky.firstName);
}

void TestServerApi::updateAppearsAfterTheLastCursorWithNextVersion() {
    auto client = clientFor(*m_mutable);
    const auto before = fetchAll(*client, m_mutableToken, {}, 2000);
    QVERIFY(before);
    const QString endCursor = before->back().nextCursor;
    Customer customer = anyCustomer(*m_mutable, m_mutableToken);
    QVERIFY(!customer.id.isEmpty());

    customer.lastName = u"Weiß-Großmann"_s;
    const auto put = client->Put("/v1/test/customers/" + customer.id.toStdString(),
                                 toBody(CustomerJson::toJson(customer)), "application/json");
    QVERIFY(put);
    QCOMPARE(put->status, 200);

    const auto after = fetchPage(*client, m_mutableToken, endCursor, 100);
    QVERIFY(after);
    QCOMPARE(after->items.size(), 1);
    QVERIFY(after->deleted.isEmpty());
    const Customer changed = CustomerJson::fromJson(after->items.at(0).toObject()).value();
    QCOMPARE(changed.id, customer.id);
    QCOMPARE(changed.lastName, u"Weiß-Großmann"_s);
    QCOMPARE(changed.version, customer.version + 1);
    QVERIFY(changed.updatedAt > customer.updatedAt);
    QVERIFY(after->nextCursor != endCursor);
}

void TestServerApi::deleteAppearsAsTombstoneAndNotAsItem() {
    auto client = clientFor(*m_mutable);
    const auto before = fetchAll(*client, m_mutableToken, {}, 2000);
    QVERIFY(before);
    const QString endCursor = before->back().nextCursor;
    const Customer customer = anyCustomer(*m_mutable, m_mutableToken);

    const auto deleted = client->Delete("/v1/test/customers/" + customer.id.toStdString());
    QVERIFY(deleted);
    QCOMPARE(deleted->status, 204);
    verifyProblem(client->Delete("/v1/test/customers/" + customer.id.toStdString()), 404, u"not_found"_s);

    const auto after = fetchPage(*client, m_mutableToken, endCursor, 100);
    QVERIFY(after);
    QVERIFY(after->items.isEmpty());
    QCOMPARE(after->deleted, QStringList{customer.id});

    // From the start the customer is gone from the items and only reported deleted.
    const auto full = fetchAll(*client, m_mutableToken, {}, 500);
    QVERIFY(full);
    for (const Page& page : *full) {
        for (const QJsonValue& item : page.items)
            QVERIFY(item.toObject().value(u"id").toString() != customer.id);
    }
    QVERIFY(full->back().deleted.contains(customer.id));
}

void TestServerApi::recreatedCustomerIsNoLongerReportedDeleted() {
    auto client = clientFor(*m_mutable);
    Customer customer;
    customer.id = u"c0ffee00-0000-4000-8000-000000000001"_s;
    customer.customerNo = u"K0000001"_s;
    customer.firstName = u"Käthe"_s;
    customer.lastName = u"Strauß"_s;
    const std::string path = "/v1/test/customers/" + customer.id.toStdString();
    const auto created = client->Put(path, toBody(CustomerJson::toJson(customer)), "application/json");
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    QCOMPARE(bodyObject(created).value(u"version").toInt(), 1);
    QCOMPARE(client->Delete(path)->status, 204);
    const auto again = client->Put(path, toBody(CustomerJson::toJson(customer)), "application/json");
    QVERIFY(again);
    QCOMPARE(again->status, 201);

    const auto full = fetchAll(*client, m_mutableToken, {}, 2000);
    QVERIFY(full);
    int seen = 0;
    for (const Page& page : *full) {
        QVERIFY(!page.deleted.contains(customer.id));
        for (const QJsonValue& item : page.items)
            seen += item.toObject().value(u"id").toString() == customer.id ? 1 : 0;
    }
    QCOMPARE(seen, 1);
}

void TestServerApi::testEndpointRejectsDuplicateNumberAndUnknownStore() {
    auto client = clientFor(*m_mutable);
    const Customer existing = anyCustomer(*m_mutable, m_mutableToken);
    Customer copy = existing;
    copy.id = u"c0ffee00-0000-4000-8000-000000000002"_s;
    copy.loyaltyCard.clear();
    verifyProblem(client->Put("/v1/test/customers/" + copy.id.toStdString(),
                              toBody(CustomerJson::toJson(copy)), "application/json"),
                  409, u"conflict"_s);

    QJsonObject unknownStore = CustomerJson::toJson(copy);
    unknownStore.insert(u"customer_no"_s, u"K0000002"_s);
    unknownStore.insert(u"preferred_store_id"_s, u"nowhere"_s);
    verifyProblem(
        client->Put("/v1/test/customers/" + copy.id.toStdString(), toBody(unknownStore), "application/json"),
        422, u"invalid_value"_s);
}

void TestServerApi::concurrentReadersAndWriterAllSucceed() {
    auto client = clientFor(*m_mutable);
    const auto before = fetchAll(*client, m_mutableToken, {}, 2000);
    QVERIFY(before);
    const QString endCursor = before->back().nextCursor;
    Customer customer = anyCustomer(*m_mutable, m_mutableToken);
    QVERIFY(!customer.id.isEmpty());

    std::atomic<int> failures{0};
    std::vector<std::thread> readers;
    for (int r = 0; r < 4; ++r) {
        readers.emplace_back([this, &failures] {
            auto reader = clientFor(*m_mutable);
            for (int round = 0; round < 3; ++round) {
                if (!fetchAll(*reader, m_mutableToken, {}, 50))
                    ++failures;
            }
        });
    }
    constexpr int kWrites = 30;
    for (int i = 1; i <= kWrites; ++i) {
        customer.loyaltyPoints = i;
        const auto put = client->Put("/v1/test/customers/" + customer.id.toStdString(),
                                     toBody(CustomerJson::toJson(customer)), "application/json");
        if (!put || put->status != 200)
            ++failures;
    }
    for (std::thread& reader : readers)
        reader.join();
    QCOMPARE(failures.load(), 0);

    // Thirty changes of one customer since the cursor: the feed carries its latest state once.
    const auto after = fetchPage(*client, m_mutableToken, endCursor, 100);
    QVERIFY(after);
    QCOMPARE(after->items.size(), 1);
    const Customer latest = CustomerJson::fromJson(after->items.at(0).toObject()).value();
    QCOMPARE(latest.id, customer.id);
    QCOMPARE(latest.loyaltyPoints, kWrites);
    QCOMPARE(latest.version, customer.version + kWrites);
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
