// A sync into a cache that cannot grow (PRAGMA max_page_count on the sync's own connection stands in
// for a full disk): it stops with store.disk_full and its plain message, the failed page leaves no
// trace (cursor and rows are exactly those of the pages before it), the outbox is untouched, and once
// there is room again the same engine finishes the sync and sends the outbox.
#include "ApiClient.h"
#include "Backoff.h"
#include "CacheFile.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "ErrorMessages.h"
#include "LocalChanges.h"
#include "OutboxPusher.h"
#include "OutboxRepository.h"
#include "ServerFeed.h"
#include "SyncEngine.h"
#include "SyncStateRepository.h"
#include "TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 1500;
constexpr int kPageSize = 100;
constexpr qint64 kRoomAgain = 1073741823; // SQLite's largest max_page_count
const QStringList kFeedTables{u"staff"_s, u"customers"_s, u"notes"_s};

qint64 pragma(Database& db, const QString& statement) {
    QSqlQuery query(db.sql());
    return query.exec(statement) && query.next() ? query.value(0).toLongLong() : -1;
}

// Every outbox row as "key|state|attempts", and every cached note as "local id|id|pending".
QStringList outboxAndNotes(Database& db) {
    QStringList rows;
    QSqlQuery query(db.sql());
    query.exec(u"SELECT idempotency_key || '|' || state || '|' || attempts FROM outbox ORDER BY id"_s);
    while (query.next())
        rows << query.value(0).toString();
    query.exec(u"SELECT coalesce(local_id, '') || '|' || coalesce(id, '') || '|' || pending FROM notes"_s);
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

} // namespace

class TestSyncDiskFull : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QMap<QString, ServerFeed> m_feeds; // the server's feeds in pages of kPageSize
    int m_nextCode = 0;

    struct Device {
        QTemporaryDir dir;
        std::unique_ptr<Database> db;
        QString token;
    };

    std::unique_ptr<Device> enrolledDevice() {
        auto device = std::make_unique<Device>();
        CurlTransport transport;
        const Profile profile(device->dir.path());
        auto enrolled = Enrollment::enroll(profile, transport, m_server->url(),
                                           u"FULL-%1"_s.arg(m_nextCode++), u"Kasse"_s);
        if (!enrolled)
            return {};
        auto db = Database::open(profile.databasePath());
        if (!db)
            return {};
        device->db = std::move(db).value();
        device->token = profile.readToken().value();
        return device;
    }

    Result<qint64> pullAll(Device& device, int maxPages = -1) {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device.token);
        SyncEngine engine(*device.db, api);
        PullOptions options;
        options.pageLimit = kPageSize;
        options.maxPages = maxPages;
        return engine.pullAll(options);
    }

    // The cache holds exactly the server's pages up to each stored cursor; "" when it does.
    QString pagesMatchCursors(Database& db, bool complete) {
        CacheFile cache(db.path());
        if (const QString integrity = cache.integrityCheck(); integrity != u"ok")
            return u"integrity_check: "_s + integrity;
        for (const QString& feed : kFeedTables) {
            const int pages = m_feeds[feed].pagesUpTo(cache.cursor(feed));
            if (pages < 0 || (complete && pages != m_feeds[feed].pageCount()))
                return feed + u": cursor after %1 of %2 pages"_s.arg(pages).arg(m_feeds[feed].pageCount());
            if (cache.versions(feed) != m_feeds[feed].rowsAfter(pages))
                return feed + u": rows differ from the first %1 pages"_s.arg(pages);
        }
        return {};
    }

    // Every feed's stored cursor, in pull order.
    static QStringList cursors(Database& db) {
        QStringList result;
        for (const QString& feed : SyncStateRepository::feeds())
            result << feed + u'=' + CacheFile(db.path()).cursor(feed);
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = kCustomers;
        options.seed = 5;
        for (int i = 0; i < 10; ++i)
            options.enrollCodes << u"FULL-%1"_s.arg(i);
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        auto probe = enrolledDevice();
        QVERIFY(probe);
        for (const QString& feed : kFeedTables) {
            Result<ServerFeed> server = ServerFeed::fetch(m_server->url(), probe->token, feed, kPageSize);
            QVERIFY2(server, qPrintable(server.error().toString()));
            m_feeds.insert(feed, std::move(server).value());
        }
        QVERIFY(m_feeds[u"customers"_s].pageCount() > 10);
    }

    void fullDiskStopsTheSyncWithNothingHalfApplied_data() {
        QTest::addColumn<int>("headroomPages");
        QTest::newRow("no room at all") << 0;
        QTest::newRow("room for a few pages") << 60;
    }

    void fullDiskStopsTheSyncWithNothingHalfApplied() {
        QFETCH(int, headroomPages);
        auto device = enrolledDevice();
        QVERIFY(device);
        Database& db = *device->db;
        QVERIFY(pullAll(*device, 2));
        // A change made at the counter waits in the outbox while the disk fills up.
        const QString customerId = m_feeds[u"customers"_s].rowsAfter(1).firstKey();
        QVERIFY(LocalChanges(db).addNote(customerId, u"Kundin wünscht Rückruf wegen Abholung"_s, {}));
        const QStringList outboxBefore = outboxAndNotes(db);
        const QStringList cursorsBefore = cursors(db);

        const qint64 pages = pragma(db, u"PRAGMA page_count"_s);
        QCOMPARE(pragma(db, u"PRAGMA max_page_count = %1"_s.arg(pages + headroomPages)),
                 pages + headroomPages);
        const Result<qint64> pulled = pullAll(*device);
        QVERIFY2(!pulled, "the sync went through a full disk");
        QCOMPARE(pulled.error().code, ErrorCode::kStoreDiskFull.toString());
        QCOMPARE(ErrorMessages::describe(pulled.error()),
                 u"The disk is full. Free some space; nothing was lost."_s);
        // Only whole pages and their cursors are in the cache; the one that did not fit left nothing.
        QCOMPARE(pagesMatchCursors(db, false), QString());
        if (headroomPages == 0)
            QCOMPARE(cursors(db), cursorsBefore);
        else
            QVERIFY2(cursors(db) != cursorsBefore, "no page fitted the headroom");
        QCOMPARE(outboxAndNotes(db), outboxBefore);

        // Space is back: the same connection finishes the sync, and the note goes out.
        QCOMPARE(pragma(db, u"PRAGMA max_page_count = %1"_s.arg(kRoomAgain)), kRoomAgain);
        const Result<qint64> resumed = pullAll(*device);
        QVERIFY2(resumed, qPrintable(resumed.error().toString()));
        QCOMPARE(pagesMatchCursors(db, true), QString());
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device->token);
        Backoff backoff(1);
        const Result<PushReport> pushed = OutboxPusher(db, api, Clock::system(), backoff).push();
        QVERIFY(pushed);
        QCOMPARE(pushed->done, 1);
        QCOMPARE(OutboxRepository(db.sql()).counts()->pending, qint64(0));
        Result<ServerFeed> notes = ServerFeed::fetch(m_server->url(), device->token, u"notes"_s, kPageSize);
        QVERIFY(notes);
        QCOMPARE(notes->rows().size(), m_feeds[u"notes"_s].rows().size() + 1);
        m_feeds.insert(u"notes"_s, std::move(notes).value());
    }

    void localChangeOnAFullDiskWritesNeitherNoteNorOutboxRow() {
        auto device = enrolledDevice();
        QVERIFY(device);
        Database& db = *device->db;
        QVERIFY(pullAll(*device));
        const QStringList customerIds = m_feeds[u"customers"_s].rows().keys();
        QCOMPARE(pragma(db, u"PRAGMA max_page_count = %1"_s.arg(pragma(db, u"PRAGMA page_count"_s))),
                 pragma(db, u"PRAGMA page_count"_s));

        // Long notes fill the free space of the last pages within a few tries.
        const QString longText = QString(1900, u'x');
        Error refused;
        for (int i = 0; i < 50 && refused.code.isEmpty(); ++i) {
            const qint64 outboxRows = pragma(db, u"SELECT COUNT(*) FROM outbox"_s);
            const qint64 notes = pragma(db, u"SELECT COUNT(*) FROM notes"_s);
            const Result<OutboxEntry> row = LocalChanges(db).addNote(customerIds.at(i), longText, {});
            if (row) {
                QCOMPARE(pragma(db, u"SELECT COUNT(*) FROM outbox"_s), outboxRows + 1);
                QCOMPARE(pragma(db, u"SELECT COUNT(*) FROM notes"_s), notes + 1);
                continue;
            }
            refused = row.error();
            QCOMPARE(pragma(db, u"SELECT COUNT(*) FROM outbox"_s), outboxRows);
            QCOMPARE(pragma(db, u"SELECT COUNT(*) FROM notes"_s), notes);
        }
        QCOMPARE(refused.code, ErrorCode::kStoreDiskFull.toString());
        QCOMPARE(CacheFile(db.path()).integrityCheck(), u"ok"_s);

        QCOMPARE(pragma(db, u"PRAGMA max_page_count = %1"_s.arg(kRoomAgain)), kRoomAgain);
        QVERIFY(LocalChanges(db).addNote(customerIds.first(), longText, {}));
    }
};

QTEST_GUILESS_MAIN(TestSyncDiskFull)
#include "tst_syncdiskfull.moc"
