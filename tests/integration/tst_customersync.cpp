// Enrollment and the customers feed end to end: real theke-server on loopback, real libcurl,
// real SQLite cache files.
#include "ApiClient.h"
#include "CurlTransport.h"
#include "CustomerJson.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "Enrollment.h"
#include "FaultServer.h"
#include "SyncEngine.h"
#include "SyncStateRepository.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 2000;

// Every cached customer as "id|version|name|email", sorted: two caches are equal when these are.
QStringList cacheSnapshot(Database& db) {
    QStringList rows;
    QSqlQuery q(db.sql());
    q.exec(u"SELECT id, version, first_name, last_name, email, phone, loyalty_card FROM customers"_s);
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields << q.value(i).toString();
        rows << fields.join(u'|');
    }
    rows.sort();
    return rows;
}

} // namespace

// What the cache holds over every feed: after a first sync, exactly the rows pulled.
qint64 cachedRowsOfAllFeeds(Database& db) {
    SyncStateRepository state(db.sql());
    qint64 rows = 0;
    for (const QString& feed : SyncStateRepository::feeds())
        rows += state.cachedRows(feed).value();
    return rows;
}

class TestCustomerSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    int m_nextCode = 0;

    QString freshCode() { return u"CODE-%1"_s.arg(m_nextCode++); }

    // Enrolls a new profile in dir and returns its open cache.
    std::unique_ptr<Database> enrolledProfile(const QString& dir) {
        CurlTransport transport;
        const Profile profile(dir);
        auto device = Enrollment::enroll(profile, transport, m_server->url(), freshCode(), u"Testkasse"_s);
        if (!device) {
            qWarning() << device.error().toString();
            return {};
        }
        auto db = Database::open(profile.databasePath());
        return db ? std::move(db).value() : nullptr;
    }

    Result<qint64> pullAll(const QString& dir, Database& db, PullOptions options = {}) {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), Profile(dir).readToken().value());
        SyncEngine engine(db, api);
        return engine.pullAll(options);
    }

    void sendTestCommand(const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        CurlTransport transport;
        HttpRequest request;
        request.method = method;
        request.url = QUrl(m_server->url().toString() + path);
        request.body = body;
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        auto response = transport.send(request);
        QVERIFY2(response, qPrintable(response.error().toString()));
        QVERIFY2(response->status / 100 == 2, response->body.constData());
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = kCustomers;
        options.seed = 7;
        for (int i = 0; i < 20; ++i)
            options.enrollCodes << u"CODE-%1"_s.arg(i);
        options.extraArgs << u"--test-mode"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void enrollmentStoresTokenAndStore() {
        QTemporaryDir dir;
        CurlTransport transport;
        const Profile profile(dir.path());
        auto device = Enrollment::enroll(profile, transport, m_server->url(), freshCode(), u"Kasse 1"_s);
        QVERIFY2(device, qPrintable(device.error().toString()));
        QVERIFY(!device->storeName.isEmpty());
        QVERIFY(profile.hasToken());
        auto loaded = Enrollment::load(profile);
        QVERIFY(loaded);
        QCOMPARE(loaded->storeName, device->storeName);
        QCOMPARE(loaded->serverUrl, m_server->url());
    }

    void syncCachesEveryCustomerExactlyOnce() {
        QTemporaryDir dir;
        auto db = enrolledProfile(dir.path());
        QVERIFY(db);
        auto pulled = pullAll(dir.path(), *db);
        QVERIFY2(pulled, qPrintable(pulled.error().toString()));
        // Every feed comes along (their own tests check them): each row pulled is cached once.
        QCOMPARE(pulled.value(), cachedRowsOfAllFeeds(*db));
        QCOMPARE(CustomerRepository(db->sql()).count().value(), qint64(kCustomers));
        QSqlQuery distinct(db->sql());
        QVERIFY(distinct.exec(u"SELECT COUNT(DISTINCT id), COUNT(DISTINCT customer_no) FROM customers"_s));
        QVERIFY(distinct.next());
        QCOMPARE(distinct.value(0).toInt(), kCustomers);
        QCOMPARE(distinct.value(1).toInt(), kCustomers);
        QVERIFY(SyncStateRepository(db->sql()).lastSync(u"customers"_s).isValid());

        // A second sync finds nothing new and changes nothing.
        const QStringList before = cacheSnapshot(*db);
        auto again = pullAll(dir.path(), *db);
        QVERIFY(again);
        QCOMPARE(again.value(), qint64(0));
        QCOMPARE(cacheSnapshot(*db), before);
    }

    void syncCutAfterFirstPageResumesToTheSameCache() {
        QTemporaryDir cutDir;
        QTemporaryDir wholeDir;
        auto cut = enrolledProfile(cutDir.path());
        auto whole = enrolledProfile(wholeDir.path());
        QVERIFY(cut && whole);

        PullOptions firstPageOnly;
        firstPageOnly.pageLimit = 300;
        firstPageOnly.maxPages = 1;
        auto partial = pullAll(cutDir.path(), *cut, firstPageOnly);
        QVERIFY(partial);
        QCOMPARE(CustomerRepository(cut->sql()).count().value(), qint64(300));
        QVERIFY(!SyncStateRepository(cut->sql()).lastSync(u"customers"_s).isValid());

        // A new engine and connection, as after a restart, continues from the stored cursor.
        cut.reset();
        auto reopened = Database::open(Profile(cutDir.path()).databasePath());
        QVERIFY(reopened);
        auto rest = pullAll(cutDir.path(), *reopened.value());
        QVERIFY(rest);
        QCOMPARE(rest.value() + partial.value(), cachedRowsOfAllFeeds(*reopened.value()));
        QVERIFY(pullAll(wholeDir.path(), *whole));
        QCOMPARE(cacheSnapshot(*reopened.value()), cacheSnapshot(*whole));
    }

    void serverChangesAndDeletionsReachTheCacheAndSearch() {
        QTemporaryDir dir;
        auto db = enrolledProfile(dir.path());
        QVERIFY(db);
        QVERIFY(pullAll(dir.path(), *db));
        CustomerRepository customers(db->sql());

        auto found = customers.search(u"K"_s, 2);
        QVERIFY(found && found->rows.size() == 2);
        Customer renamed = found->rows.at(0);
        const Customer removed = found->rows.at(1);
        renamed.lastName = u"Zwölfgänger"_s;
        sendTestCommand("PUT", u"/v1/test/customers/"_s + renamed.id,
                        QJsonDocument(CustomerJson::toJson(renamed)).toJson(QJsonDocument::Compact));
        // Erasure takes the customer's consent history along: one tombstone per change.
        QSqlQuery history(db->sql());
        history.prepare(u"SELECT count(*) FROM consent_events WHERE customer_id = ?"_s);
        history.addBindValue(removed.id);
        QVERIFY(history.exec() && history.next());
        const qint64 consentChanges = history.value(0).toLongLong();
        history.finish();
        sendTestCommand("DELETE", u"/v1/test/customers/"_s + removed.id);

        auto pulled = pullAll(dir.path(), *db);
        QVERIFY2(pulled, qPrintable(pulled.error().toString()));
        QCOMPARE(pulled.value(), qint64(2) + consentChanges);
        QCOMPARE(customers.count().value(), qint64(kCustomers - 1));
        QVERIFY(!customers.find(removed.id).has_value());
        QCOMPARE(customers.find(renamed.id)->lastName, u"Zwölfgänger"_s);
        QCOMPARE(customers.find(renamed.id)->version, renamed.version + 1);
        auto byNewName = customers.search(u"zwoelfgaenger"_s);
        QVERIFY(byNewName && byNewName->rows.size() == 1);
        auto byRemovedNo = customers.search(removed.customerNo);
        QVERIFY(byRemovedNo);
        for (const Customer& c : byRemovedNo->rows)
            QVERIFY(c.id != removed.id);
    }

    void wrongEnrollmentCodeIsRefusedAndWritesNoToken() {
        QTemporaryDir dir;
        CurlTransport transport;
        const Profile profile(dir.path());
        auto device = Enrollment::enroll(profile, transport, m_server->url(), u"FALSCH-123"_s, u"Kasse"_s);
        QVERIFY(!device);
        QCOMPARE(device.error().code, ErrorCode::kApiInvalidEnrollCode.toString());
        QVERIFY(!profile.hasToken());
    }

    void usedEnrollmentCodeCannotBeUsedAgain() {
        QTemporaryDir first;
        QTemporaryDir second;
        CurlTransport transport;
        const QString code = freshCode();
        QVERIFY(Enrollment::enroll(Profile(first.path()), transport, m_server->url(), code, u"A"_s));
        auto again = Enrollment::enroll(Profile(second.path()), transport, m_server->url(), code, u"B"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::kApiInvalidEnrollCode.toString());
    }

    void wrongTokenIsUnauthorizedAndKeepsTheCache() {
        QTemporaryDir dir;
        auto db = enrolledProfile(dir.path());
        QVERIFY(db);
        PullOptions onePage;
        onePage.maxPages = 1;
        QVERIFY(pullAll(dir.path(), *db, onePage));
        const QStringList before = cacheSnapshot(*db);
        const QString cursor = SyncStateRepository(db->sql()).cursor(u"customers"_s);

        QVERIFY(Profile(dir.path()).writeToken(u"not-the-token"_s));
        auto pulled = pullAll(dir.path(), *db);
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().code, ErrorCode::kApiUnauthorized.toString());
        QCOMPARE(cacheSnapshot(*db), before);
        QCOMPARE(SyncStateRepository(db->sql()).cursor(u"customers"_s), cursor);
    }

    void unreadableAnswerKeepsCacheAndCursor() {
        QTemporaryDir dir;
        auto db = enrolledProfile(dir.path());
        QVERIFY(db);
        PullOptions onePage;
        onePage.maxPages = 1;
        QVERIFY(pullAll(dir.path(), *db, onePage));
        const QStringList before = cacheSnapshot(*db);
        const QString cursor = SyncStateRepository(db->sql()).cursor(u"customers"_s);

        for (auto mode : {FaultServer::Mode::NotJson, FaultServer::Mode::TruncatedJson}) {
            FaultServer fault;
            fault.setMode(mode);
            QVERIFY(fault.start());
            CurlTransport transport;
            ApiClient api(transport, fault.url(), u"token"_s);
            SyncEngine engine(*db, api);
            auto pulled = engine.pullAll();
            QVERIFY(!pulled);
            QCOMPARE(pulled.error().code, ErrorCode::kApiBadResponse.toString());
            QCOMPARE(cacheSnapshot(*db), before);
            QCOMPARE(SyncStateRepository(db->sql()).cursor(u"customers"_s), cursor);
        }
    }

    void unreachableServerFailsWithConnectError() {
        QTemporaryDir dir;
        CurlTransport transport;
        auto device = Enrollment::enroll(Profile(dir.path()), transport, QUrl(u"http://127.0.0.1:1"_s),
                                         u"X"_s, u"Kasse"_s);
        QVERIFY(!device);
        QCOMPARE(device.error().code, ErrorCode::kNetConnect.toString());
    }
};

QTEST_GUILESS_MAIN(TestCustomerSync)
#include "tst_customersync.moc"
