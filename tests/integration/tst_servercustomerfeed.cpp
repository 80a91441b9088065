// The customers feed of theke-server over real HTTP: paging by cursor, the demo customers, byte-exact
// rows, changes and deletions between syncs, concurrent readers and a writer.
#include "ServerApiSupport.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ServerApiSupport;

class TestServerCustomerFeed : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;  // 2,000 demo customers, read-only tests, no test mode
    std::unique_ptr<TestServer> m_mutable; // test mode, for the tests that change data
    QString m_token;
    QString m_mutableToken;

private Q_SLOTS:
    void initTestCase();

    void pagingTheWholeFeedReturnsEveryCustomerExactlyOnce();
    void resumingFromAMiddleCursorReturnsExactlyTheRest();
    void pageAfterTheEndIsEmptyAndKeepsTheCursor();
    void demoCustomersLookGermanAndValid();
    void demoCustomersHaveRealisticConsents();
    void sameSeedGivesIdenticalFeedAndOtherSeedDiffers();
    void feedTextIsExactlyTheCoreCustomerJson();
    void updateAppearsAfterTheLastCursorWithNextVersion();
    void deleteAppearsAsTombstoneAndNotAsItem();
    void recreatedCustomerIsNoLongerReportedDeleted();
    void testEndpointRejectsDuplicateNumberAndUnknownStore();
    void concurrentReadersAndWriterAllSucceed();
};

void TestServerCustomerFeed::initTestCase() {
    TestServer::Options options;
    options.demoCustomers = kDemoCustomers;
    options.seed = kSeed;
    options.enrollCodes = {u"SETUP-0001"_s};
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

void TestServerCustomerFeed::pagingTheWholeFeedReturnsEveryCustomerExactlyOnce() {
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

void TestServerCustomerFeed::resumingFromAMiddleCursorReturnsExactlyTheRest() {
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

void TestServerCustomerFeed::pageAfterTheEndIsEmptyAndKeepsTheCursor() {
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

void TestServerCustomerFeed::demoCustomersLookGermanAndValid() {
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

void TestServerCustomerFeed::demoCustomersHaveRealisticConsents() {
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

void TestServerCustomerFeed::sameSeedGivesIdenticalFeedAndOtherSeedDiffers() {
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

void TestServerCustomerFeed::feedTextIsExactlyTheCoreCustomerJson() {
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

void TestServerCustomerFeed::updateAppearsAfterTheLastCursorWithNextVersion() {
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

void TestServerCustomerFeed::deleteAppearsAsTombstoneAndNotAsItem() {
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

void TestServerCustomerFeed::recreatedCustomerIsNoLongerReportedDeleted() {
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

void TestServerCustomerFeed::testEndpointRejectsDuplicateNumberAndUnknownStore() {
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

void TestServerCustomerFeed::concurrentReadersAndWriterAllSucceed() {
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

QTEST_GUILESS_MAIN(TestServerCustomerFeed)
#include "tst_servercustomerfeed.moc"
