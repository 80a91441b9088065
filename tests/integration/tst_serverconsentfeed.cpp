// Integration tests of theke-server's consents feed over real HTTP: the demo history ends in every
// customer's current consents, paging neither skips nor repeats, a consent change adds one event (with
// the device's store when given at the counter) and keeps the earlier ones, erasure tombstones them all.
#include "TestServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
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

struct FeedRead {
    QList<QJsonObject> items;
    QStringList deleted;
    QString cursor;
    int pages = 0;
};

} // namespace

class TestServerConsentFeed : public QObject {
    Q_OBJECT

private:
    httplib::Headers auth() const { return {{"Authorization", "Bearer " + m_token.toStdString()}}; }
    // Every page of feed after cursor, limit rows a page.
    FeedRead readFeed(const char* feed, int limit, const QString& after = {});
    httplib::Result putConsent(const QJsonObject& customer, const QString& purpose, bool granted,
                               const QString& source);
    QJsonObject customerById(const QString& id);

    std::unique_ptr<TestServer> m_server;
    QString m_token;
    QString m_storeId; // the enrolled device's store

private Q_SLOTS:
    void initTestCase();

    void demoHistoryEndsInEachCustomersCurrentConsents();
    void smallPagesNeitherSkipNorRepeat();
    void consentChangeAddsAnEventAndKeepsTheEarlierOnes();
    void erasingACustomerTombstonesItsConsentHistory();
    void consentChangesOfAnOlderDatabaseMoveIntoTheFeed();
};

FeedRead TestServerConsentFeed::readFeed(const char* feed, int limit, const QString& after) {
    FeedRead read;
    read.cursor = after;
    for (;;) {
        std::string path = "/v1/sync/" + std::string(feed) + "?limit=" + std::to_string(limit);
        if (!read.cursor.isEmpty())
            path += "&cursor=" + QUrl::toPercentEncoding(read.cursor).toStdString();
        const auto answer = clientFor(*m_server)->Get(path, auth());
        if (!answer || answer->status != 200)
            return read;
        const QJsonObject page = bodyObject(answer);
        for (const QJsonValue& item : page.value(u"items").toArray())
            read.items.append(item.toObject());
        for (const QJsonValue& id : page.value(u"deleted").toArray())
            read.deleted.append(id.toString());
        read.cursor = page.value(u"next_cursor").toString();
        ++read.pages;
        if (!page.value(u"has_more").toBool() || read.pages > 10000)
            return read;
    }
}

httplib::Result TestServerConsentFeed::putConsent(const QJsonObject& customer, const QString& purpose,
                                                  bool granted, const QString& source) {
    httplib::Headers h = auth();
    h.emplace("Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    h.emplace("If-Match", "\"" + std::to_string(customer.value(u"version").toInteger()) + "\"");
    const QJsonObject body{{u"granted"_s, granted}, {u"source"_s, source}};
    return clientFor(*m_server)->Put("/v1/customers/" + customer.value(u"id").toString().toStdString() +
                                         "/consents/" + purpose.toStdString(),
                                     h, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                                     "application/json");
}

QJsonObject TestServerConsentFeed::customerById(const QString& id) {
    for (const QJsonObject& c : readFeed("customers", 2000).items) {
        if (c.value(u"id").toString() == id)
            return c;
    }
    return {};
}

void TestServerConsentFeed::initTestCase() {
    TestServer::Options options;
    options.demoCustomers = 300;
    options.seed = 23;
    options.enrollCodes = {u"CONSENT-01"_s};
    options.extraArgs = {u"--test-mode"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    const auto enrolled =
        clientFor(*m_server)->Post("/v1/devices/enroll", R"({"code":"CONSENT-01"})", "application/json");
    QVERIFY(enrolled && enrolled->status == 201);
    m_token = bodyObject(enrolled).value(u"token").toString();
    m_storeId = bodyObject(enrolled).value(u"store").toObject().value(u"id").toString();
    QVERIFY(!m_storeId.isEmpty());
}

void TestServerConsentFeed::demoHistoryEndsInEachCustomersCurrentConsents() {
    const FeedRead customers = readFeed("customers", 2000);
    const FeedRead events = readFeed("consents", 2000);
    QCOMPARE(customers.items.size(), 300);
    QVERIFY(events.deleted.isEmpty());

    // customer id + purpose → that purpose's events in feed order
    QHash<QString, QList<QJsonObject>> byConsent;
    for (const QJsonObject& e : events.items)
        byConsent[e.value(u"customer_id").toString() + u'/' + e.value(u"purpose").toString()].append(e);
    int withEarlierChanges = 0;
    int withdrawnAfterGrant = 0;
    int storeEvents = 0;
    for (const QJsonObject& customer : customers.items) {
        for (const QJsonValue& value : customer.value(u"consents").toArray()) {
            const QJsonObject consent = value.toObject();
            const QList<QJsonObject> history = byConsent.take(customer.value(u"id").toString() + u'/' +
                                                              consent.value(u"purpose").toString());
            if (consent.value(u"changed_at").isNull()) {
                QVERIFY2(history.isEmpty(), "a consent never asked for has a history");
                continue;
            }
            QVERIFY(!history.isEmpty());
            // The newest event is the current consent: same state, time and channel.
            const QJsonObject last = history.last();
            QCOMPARE(last.value(u"granted").toBool(), consent.value(u"granted").toBool());
            QCOMPARE(last.value(u"changed_at").toString(), consent.value(u"changed_at").toString());
            QCOMPARE(last.value(u"channel").toString(), consent.value(u"source").toString());
            QDateTime previous;
            for (const QJsonObject& e : history) {
                const QDateTime at =
                    QDateTime::fromString(e.value(u"changed_at").toString(), Qt::ISODateWithMs);
                QVERIFY(at.isValid());
                QVERIFY2(!previous.isValid() || previous <= at, "history out of order");
                previous = at;
                QCOMPARE(e.value(u"version").toInt(), 1);
                QCOMPARE(e.value(u"updated_at"), e.value(u"changed_at"));
                if (e.value(u"channel").toString() == u"store")
                    ++storeEvents;
                else
                    QVERIFY(e.value(u"store_id").isNull());
            }
            if (history.size() > 1)
                ++withEarlierChanges;
            if (history.size() > 1 && !consent.value(u"granted").toBool() &&
                history.first().value(u"granted").toBool())
                ++withdrawnAfterGrant;
        }
    }
    QVERIFY2(byConsent.isEmpty(), "events of purposes the customers do not have");
    // A realistic history, not one event per consent: some were given, withdrawn, given again.
    QVERIFY(withEarlierChanges > 10);
    QVERIFY(withdrawnAfterGrant > 5);
    QVERIFY(storeEvents > 10);
}

void TestServerConsentFeed::smallPagesNeitherSkipNorRepeat() {
    const FeedRead whole = readFeed("consents", 2000);
    const FeedRead paged = readFeed("consents", 37);
    QVERIFY(paged.pages > 3);
    QCOMPARE(paged.items.size(), whole.items.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < paged.items.size(); ++i) {
        QCOMPARE(paged.items.at(i), whole.items.at(i));
        ids.insert(paged.items.at(i).value(u"id").toString());
    }
    QCOMPARE(ids.size(), paged.items.size());
    QCOMPARE(paged.cursor, whole.cursor);
}

void TestServerConsentFeed::consentChangeAddsAnEventAndKeepsTheEarlierOnes() {
    const QJsonObject customer = readFeed("customers", 2000).items.at(7);
    const QString id = customer.value(u"id").toString();
    const QString cursor = readFeed("consents", 2000).cursor;
    auto eventsOf = [&](const QList<QJsonObject>& items) {
        QList<QJsonObject> mine;
        for (const QJsonObject& e : items) {
            if (e.value(u"customer_id").toString() == id && e.value(u"purpose").toString() == u"sms")
                mine.append(e);
        }
        return mine;
    };
    const qsizetype before = eventsOf(readFeed("consents", 2000).items).size();

    const auto granted = putConsent(customer, u"sms"_s, true, u"store"_s);
    QVERIFY(granted && granted->status == 200);
    const auto withdrawn = putConsent(bodyObject(granted), u"sms"_s, false, u"phone"_s);
    QVERIFY(withdrawn && withdrawn->status == 200);

    const FeedRead after = readFeed("consents", 2000, cursor);
    const QList<QJsonObject> added = eventsOf(after.items);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).value(u"granted").toBool(), true);
    QCOMPARE(added.at(0).value(u"channel").toString(), u"store"_s);
    QCOMPARE(added.at(0).value(u"store_id").toString(), m_storeId);
    QCOMPARE(added.at(1).value(u"granted").toBool(), false);
    QCOMPARE(added.at(1).value(u"channel").toString(), u"phone"_s);
    QVERIFY(added.at(1).value(u"store_id").isNull());
    // The newest change is the customer's consent; the history keeps every earlier one.
    const QJsonObject current = bodyObject(withdrawn);
    for (const QJsonValue& c : current.value(u"consents").toArray()) {
        if (c.toObject().value(u"purpose").toString() == u"sms")
            QCOMPARE(c.toObject().value(u"changed_at"), added.at(1).value(u"changed_at"));
    }
    QCOMPARE(eventsOf(readFeed("consents", 2000).items).size(), before + 2);
}

void TestServerConsentFeed::erasingACustomerTombstonesItsConsentHistory() {
    const FeedRead all = readFeed("consents", 2000);
    QHash<QString, QStringList> idsByCustomer;
    for (const QJsonObject& e : all.items)
        idsByCustomer[e.value(u"customer_id").toString()].append(e.value(u"id").toString());
    QString erased;
    for (auto it = idsByCustomer.cbegin(); it != idsByCustomer.cend(); ++it) {
        if (it.value().size() >= 3) {
            erased = it.key();
            break;
        }
    }
    QVERIFY(!erased.isEmpty());
    QVERIFY(!customerById(erased).isEmpty());

    QCOMPARE(clientFor(*m_server)->Delete("/v1/test/customers/" + erased.toStdString())->status, 204);
    const FeedRead after = readFeed("consents", 2000, all.cursor);
    QVERIFY(after.items.isEmpty());
    QStringList expected = idsByCustomer.value(erased);
    QStringList deleted = after.deleted;
    expected.sort();
    deleted.sort();
    QCOMPARE(deleted, expected);
    // From the beginning, too: nothing of the customer is served any more.
    for (const QJsonObject& e : readFeed("consents", 2000).items)
        QVERIFY(e.value(u"customer_id").toString() != erased);
}

void TestServerConsentFeed::consentChangesOfAnOlderDatabaseMoveIntoTheFeed() {
    TestServer::Options options;
    options.demoCustomers = 5;
    options.seed = 41;
    options.enrollCodes = {u"OLD-0001"_s};
    TestServer first(options);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    const auto enrolled =
        clientFor(first)->Post("/v1/devices/enroll", R"({"code":"OLD-0001"})", "application/json");
    QVERIFY(enrolled && enrolled->status == 201);
    const QString token = bodyObject(enrolled).value(u"token").toString();
    const QString storeId = bodyObject(enrolled).value(u"store").toObject().value(u"id").toString();
    first.stop();

    // Back to schema 6: consent changes recorded in consent_changes, as before migration 011.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        db.setDatabaseName(first.dataDir() + u"/theke-server.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT id FROM customers ORDER BY id LIMIT 1"_s) && q.next());
        const QString customerId = q.value(0).toString();
        QVERIFY(q.exec(u"SELECT id FROM devices LIMIT 1"_s) && q.next());
        const QString deviceId = q.value(0).toString();
        for (const QString& sql :
             {u"DROP TABLE consent_events"_s,
              u"CREATE TABLE consent_changes (seq BIGINT PRIMARY KEY, customer_id TEXT NOT NULL, purpose "
              u"TEXT "
              u"NOT NULL, granted INTEGER NOT NULL, source TEXT NOT NULL, staff_id TEXT, device_id TEXT NOT "
              u"NULL, changed_at TEXT NOT NULL)"_s,
              // back to the schema before 009_consent_events: undo what the later migrations did
              u"ALTER TABLE stores DROP COLUMN return_policy"_s, u"PRAGMA user_version = 8"_s}) {
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        q.prepare(u"INSERT INTO consent_changes VALUES (?, ?, 'sms', 1, 'store', 'st-7', ?, "
                  u"'2024-05-06T07:08:09.000Z'), (?, ?, 'sms', 0, 'webshop', NULL, ?, "
                  u"'2024-09-10T11:12:13.000Z')"_s);
        for (const QVariant& v : {QVariant(900001), QVariant(customerId), QVariant(deviceId),
                                  QVariant(900002), QVariant(customerId), QVariant(deviceId)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);

    options.dataDir = first.dataDir();
    TestServer second(options);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const auto page = clientFor(second)->Get(
        "/v1/sync/consents?limit=2000", httplib::Headers{{"Authorization", "Bearer " + token.toStdString()}});
    QVERIFY(page && page->status == 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& item : bodyObject(page).value(u"items").toArray())
        byId.insert(item.toObject().value(u"id").toString(), item.toObject());
    QVERIFY(byId.contains(u"consent-900001"_s));
    QVERIFY(byId.contains(u"consent-900002"_s));
    const QJsonObject inStore = byId.value(u"consent-900001"_s);
    QCOMPARE(inStore.value(u"channel").toString(), u"store"_s);
    QCOMPARE(inStore.value(u"store_id").toString(), storeId); // the recording device's store
    QCOMPARE(inStore.value(u"changed_at").toString(), u"2024-05-06T07:08:09.000Z"_s);
    QVERIFY(inStore.value(u"granted").toBool());
    const QJsonObject online = byId.value(u"consent-900002"_s);
    QVERIFY(online.value(u"store_id").isNull());
    QVERIFY(!online.value(u"granted").toBool());
}

QTEST_GUILESS_MAIN(TestServerConsentFeed)
#include "tst_serverconsentfeed.moc"
