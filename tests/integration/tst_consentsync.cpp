// The consent history on a device, end to end against the real theke-server: the consents feed lands
// in the cache with the stores' names, a change made at the counter shows at once as pending (history
// and timeline) and as the server's own change after push and pull, erasure on the server removes the
// history here, and theke-ctl export includes it.
#include "ApiClient.h"
#include "ConsentEventRepository.h"
#include "ConsentHistory.h"
#include "CtlRunner.h"
#include "CurlTransport.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "Enrollment.h"
#include "LocalChanges.h"
#include "MockClock.h"
#include "OutboxPusher.h"
#include "ServerFeed.h"
#include "SyncEngine.h"
#include "TestServer.h"
#include "TimelineBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Device {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    QString token;
};

int consentEntries(const QList<TimelineEvent>& events) {
    return int(std::count_if(events.cbegin(), events.cend(),
                             [](const TimelineEvent& e) { return e.kind == TimelineKind::Consent; }));
}

} // namespace

class TestConsentSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    int m_nextCode = 0;
    MockClock m_clock;
    Backoff m_backoff{1};

    Device enrolledDevice() {
        Device device;
        device.dir = std::make_unique<QTemporaryDir>();
        CurlTransport transport;
        const Profile profile(device.dir->path());
        auto enrolled =
            Enrollment::enroll(profile, transport, m_server->url(), u"CS-%1"_s.arg(m_nextCode++), u"Kasse"_s);
        if (!enrolled) {
            qWarning() << enrolled.error().toString();
            return device;
        }
        device.token = profile.readToken().value();
        device.db = Database::open(profile.databasePath()).value();
        pull(device);
        return device;
    }

    static void pull(Device& device, const QUrl& url) {
        CurlTransport transport;
        ApiClient api(transport, url, device.token);
        SyncEngine engine(*device.db, api);
        if (auto pulled = engine.pullAll(); !pulled)
            qWarning() << pulled.error().toString();
    }
    void pull(Device& device) { pull(device, m_server->url()); }

    // The server's consents feed: customer id → its events' ids.
    QHash<QString, QStringList> serverHistory(const Device& device) {
        QHash<QString, QStringList> byCustomer;
        const Result<ServerFeed> feed = ServerFeed::fetch(m_server->url(), device.token, u"consents"_s, 2000);
        if (!feed)
            return byCustomer;
        for (const QJsonObject& e : feed->items())
            byCustomer[e.value(u"customer_id").toString()].append(e.value(u"id").toString());
        return byCustomer;
    }

    // A customer whose history has at least `changes` entries, one of them in a store.
    QString customerWithHistory(const Device& device, int changes) {
        const Result<ServerFeed> feed = ServerFeed::fetch(m_server->url(), device.token, u"consents"_s, 2000);
        QHash<QString, int> counts;
        QSet<QString> inStore;
        for (const QJsonObject& e : feed->items()) {
            counts[e.value(u"customer_id").toString()] += 1;
            if (!e.value(u"store_id").toString().isEmpty())
                inStore.insert(e.value(u"customer_id").toString());
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() >= changes && inStore.contains(it.key()))
                return it.key();
        }
        return {};
    }

    static qint64 cachedEvents(const Device& device, const QString& customerId) {
        QSqlQuery q(device.db->sql());
        q.prepare(u"SELECT count(*) FROM consent_events WHERE customer_id = ?"_s);
        q.addBindValue(customerId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 150;
        options.seed = 29;
        for (int i = 0; i < 6; ++i)
            options.enrollCodes << u"CS-%1"_s.arg(i);
        options.extraArgs << u"--test-mode"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void syncBringsEveryConsentChangeWithItsStoreName() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        const QHash<QString, QStringList> server = serverHistory(device);
        qint64 total = 0;
        for (const QStringList& ids : server)
            total += ids.size();
        QVERIFY(total > 150);
        QSqlQuery q(device.db->sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM consent_events"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), total);

        const QString id = customerWithHistory(device, 2);
        QVERIFY(!id.isEmpty());
        const Result<QList<ConsentEvent>> history = ConsentEventRepository(device.db->sql()).forCustomer(id);
        QVERIFY(history);
        QCOMPARE(history->size(), server.value(id).size());
        bool namedStore = false;
        for (qsizetype i = 0; i < history->size(); ++i) {
            const ConsentEvent& e = history->at(i);
            QVERIFY(server.value(id).contains(e.id));
            QVERIFY(!e.pending);
            if (i > 0)
                QVERIFY(history->at(i - 1).at <= e.at);
            if (!e.storeId.isEmpty()) {
                QVERIFY(e.storeName.startsWith(u"Theke "_s)); // the cached store's name
                namedStore = true;
            }
        }
        QVERIFY(namedStore);
        // The newest change of each purpose is the customer's current consent: nothing to add.
        const std::optional<Customer> customer = CustomerRepository(device.db->sql()).find(id);
        QVERIFY(customer);
        QCOMPARE(ConsentHistory::complete(history.value(), customer->consents, id), history.value());
        // The timeline shows each change as its own entry.
        const Result<CustomerHistory> loaded = TimelineBuilder::load(device.db->sql(), id);
        QVERIFY(loaded);
        QCOMPARE(consentEntries(TimelineBuilder::build(loaded.value())), int(history->size()));
    }

    void counterChangeShowsPendingAtOnceAndInTheHistoryAfterSync() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        const QString id = customerWithHistory(device, 1);
        const qsizetype before = ConsentEventRepository(device.db->sql()).forCustomer(id)->size();

        // Offline: nothing reaches the server yet.
        m_clock.set(QDateTime::currentDateTimeUtc());
        QVERIFY(LocalChanges(*device.db, m_clock).setConsent(id, u"sms"_s, true, u"st-k-01"_s));
        QList<ConsentEvent> history = ConsentEventRepository(device.db->sql()).forCustomer(id).value();
        QCOMPARE(history.size(), before + 1);
        QVERIFY(history.last().pending);
        QCOMPARE(history.last().purpose, u"sms"_s);
        QVERIFY(history.last().granted);
        QCOMPARE(history.last().channel, u"store"_s);
        QVERIFY(history.last().storeName.startsWith(u"Theke "_s));
        const std::optional<Customer> changed = CustomerRepository(device.db->sql()).find(id);
        // The current consent is that pending change, not one more entry.
        QCOMPARE(ConsentHistory::complete(history, changed->consents, id).size(), before + 1);
        QList<TimelineEvent> timeline =
            TimelineBuilder::build(TimelineBuilder::load(device.db->sql(), id).value());
        QCOMPARE(consentEntries(timeline), int(before + 1));
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [](const TimelineEvent& e) {
            return e.kind == TimelineKind::Consent && e.pending && e.text == u"sms";
        }));

        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device.token);
        const Result<PushReport> pushed = OutboxPusher(*device.db, api, m_clock, m_backoff).push();
        QVERIFY(pushed);
        QCOMPARE(pushed->done, 1);
        pull(device);
        history = ConsentEventRepository(device.db->sql()).forCustomer(id).value();
        QCOMPARE(history.size(), before + 1);
        QVERIFY(!history.last().pending);
        QVERIFY(!history.last().id.startsWith(u"outbox:"_s));
        QCOMPARE(history.last().purpose, u"sms"_s);
        QVERIFY(!history.last().storeId.isEmpty());
        const std::optional<Customer> synced = CustomerRepository(device.db->sql()).find(id);
        QCOMPARE(ConsentHistory::complete(history, synced->consents, id), history);
        timeline = TimelineBuilder::build(TimelineBuilder::load(device.db->sql(), id).value());
        QCOMPARE(consentEntries(timeline), int(before + 1));
    }

    void erasureOnTheServerRemovesTheHistoryHere() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        const QString id = customerWithHistory(device, 2);
        QVERIFY(cachedEvents(device, id) >= 2);
        CurlTransport transport;
        HttpRequest request;
        request.method = "DELETE";
        request.url = QUrl(m_server->url().toString() + u"/v1/test/customers/"_s + id);
        const auto deleted = transport.send(request);
        QVERIFY(deleted && deleted->status == 204);
        pull(device);
        QCOMPARE(cachedEvents(device, id), 0);
        QVERIFY(ConsentEventRepository(device.db->sql()).forCustomer(id)->isEmpty());
    }

    void exportIncludesTheConsentHistory() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        const QString id = customerWithHistory(device, 2);
        QVERIFY(LocalChanges(*device.db, m_clock).setConsent(id, u"phone"_s, false, u"st-k-01"_s));
        const QList<ConsentEvent> history = ConsentEventRepository(device.db->sql()).forCustomer(id).value();
        const CtlRun run = runCtl(device.dir->path(), {u"export"_s, id});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray exported =
            QJsonDocument::fromJson(run.out).object().value(u"consent_history").toArray();
        QCOMPARE(exported.size(), history.size());
        for (qsizetype i = 0; i < exported.size(); ++i) {
            const QJsonObject e = exported.at(i).toObject();
            QCOMPARE(e.value(u"id").toString(), history.at(i).id);
            QCOMPARE(e.value(u"customer_id").toString(), id);
            QCOMPARE(e.value(u"purpose").toString(), history.at(i).purpose);
            QCOMPARE(e.value(u"granted").toBool(), history.at(i).granted);
            QCOMPARE(e.value(u"pending").toBool(), history.at(i).pending);
            QVERIFY(!e.value(u"changed_at").toString().isEmpty());
        }
        QVERIFY(exported.last().toObject().value(u"pending").toBool());
    }
};

QTEST_GUILESS_MAIN(TestConsentSync)
#include "tst_consentsync.moc"
