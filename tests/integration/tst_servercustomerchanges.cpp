// The customers feed of theke-server over real HTTP as customers change: byte-exact rows, updates and
// deletions between syncs, the test endpoint's refusals, concurrent readers and a writer.
#include "CustomerFeedFixture.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ServerApiSupport;

class TestServerCustomerChanges : public QObject, public CustomerFeedFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void feedTextIsExactlyTheCoreCustomerJson();
    void updateAppearsAfterTheLastCursorWithNextVersion();
    void deleteAppearsAsTombstoneAndNotAsItem();
    void recreatedCustomerIsNoLongerReportedDeleted();
    void testEndpointRejectsDuplicateNumberAndUnknownStore();
    void concurrentReadersAndWriterAllSucceed();
};

void TestServerCustomerChanges::initTestCase() {
    startDemoServer();
    startMutableServer();
}

void TestServerCustomerChanges::feedTextIsExactlyTheCoreCustomerJson() {
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

void TestServerCustomerChanges::updateAppearsAfterTheLastCursorWithNextVersion() {
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

void TestServerCustomerChanges::deleteAppearsAsTombstoneAndNotAsItem() {
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

void TestServerCustomerChanges::recreatedCustomerIsNoLongerReportedDeleted() {
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

void TestServerCustomerChanges::testEndpointRejectsDuplicateNumberAndUnknownStore() {
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

void TestServerCustomerChanges::concurrentReadersAndWriterAllSucceed() {
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

QTEST_GUILESS_MAIN(TestServerCustomerChanges)
#include "tst_servercustomerchanges.moc"
