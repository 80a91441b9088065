// Every feed the desks need goes through the real SyncEngine against a scripted server: a page and
// its cursor land together, tombstones delete, and one malformed row rejects its whole page without
// moving the cursor, so the next sync asks for the same page again. A page decoded ahead (on the
// engine's decoding thread) lands like one apply() decodes.
#include "DomainExamples.h"

#include "ApiClient.h"
#include "Database.h"
#include "FeedPageWriter.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "OrderRow.h"
#include "RecordFeedApplier.h"
#include "StockLevelJson.h"
#include "StockRepository.h"
#include "SyncEngine.h"
#include "SyncStateRepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

// Answers GET /v1/sync/{feed}?cursor= from a script; a feed or cursor not scripted is a 404.
class ScriptedFeedServer final : public Transport {
public:
    void addPage(const QString& feed, const QString& cursor, const QJsonArray& items,
                 const QStringList& deleted, const QString& nextCursor, bool hasMore = false) {
        m_pages[feed][cursor] = QJsonObject{{u"items"_s, items},
                                            {u"deleted"_s, QJsonArray::fromStringList(deleted)},
                                            {u"next_cursor"_s, nextCursor},
                                            {u"has_more"_s, hasMore}};
    }
    QStringList requestedFeeds;

    Result<HttpResponse> send(const HttpRequest& request) override {
        const QString feed = request.url.path().section(u'/', -1);
        const QString cursor = QUrlQuery(request.url).queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
        requestedFeeds.append(feed);
        HttpResponse response;
        if (!m_pages.contains(feed) || !m_pages.value(feed).contains(cursor)) {
            response.status = 404;
            response.headers.insert("content-type", "application/problem+json");
            response.body = R"({"type":"urn:theke:problem:not_found","title":"Not found","status":404,)"
                            R"("code":"not_found","detail":"no such feed"})";
            return response;
        }
        response.status = 200;
        response.headers.insert("content-type", "application/json");
        response.body = QJsonDocument(m_pages.value(feed).value(cursor)).toJson(QJsonDocument::Compact);
        return response;
    }
    void setCancelFlag(const std::atomic_bool*) override {}

private:
    QHash<QString, QHash<QString, QJsonObject>> m_pages;
};

QJsonObject example(const QString& feed) {
    if (feed == u"stores")
        return Ex::store();
    if (feed == u"products")
        return Ex::product();
    if (feed == u"stock")
        return Ex::stock();
    if (feed == u"orders")
        return Ex::order();
    if (feed == u"pickups")
        return Ex::pickup();
    if (feed == u"returns")
        return Ex::returnRecord();
    if (feed == u"carts")
        return Ex::cart();
    return Ex::serviceContact();
}

// The example with another id (and, for products, its own SKU and EAN, so both can be cached).
QJsonObject second(const QString& feed) {
    QJsonObject row = Ex::withValue(example(feed), u"id"_s, u"second-"_s + feed);
    if (feed == u"products") {
        row = Ex::withValue(row, u"sku"_s, u"SCF-0815-ONE-GREY"_s);
        row = Ex::withValue(row, u"eans/0"_s, u"4006381333948"_s);
    }
    return row;
}

const QStringList kDomainFeeds{u"stores"_s,  u"products"_s, u"stock"_s, u"orders"_s,
                               u"pickups"_s, u"returns"_s,  u"carts"_s, u"contacts"_s};

} // namespace

class TestFeedAppliers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().detail));
        m_db = std::move(db).value();
        m_server = std::make_unique<ScriptedFeedServer>();
        m_api = std::make_unique<ApiClient>(*m_server, QUrl(u"http://127.0.0.1:9"_s), u"token"_s);
    }
    void cleanup() {
        m_api.reset();
        m_server.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Pages commit with synchronous=NORMAL and a WAL of up to 10000 pages; local changes afterwards
    // get FULL and SQLite's checkpoint size back.
    void pageWriterSettingsHoldOnlyWhileItWrites() {
        const auto pragma = [this](const QString& name) {
            QSqlQuery query(m_db->sql());
            return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0).toInt() : -1;
        };
        QCOMPARE(pragma(u"synchronous"_s), 2);
        const int checkpoint = pragma(u"wal_autocheckpoint"_s);
        {
            FeedPageWriter writer(*m_db);
            QCOMPARE(pragma(u"synchronous"_s), 1);
            QCOMPARE(pragma(u"wal_autocheckpoint"_s), FeedPageWriter::kWalAutocheckpointPages);
        }
        QCOMPARE(pragma(u"synchronous"_s), 2);
        QCOMPARE(pragma(u"wal_autocheckpoint"_s), checkpoint);
    }

    void engineKnowsEveryFeedInPullOrder() {
        SyncEngine engine(*m_db, *m_api);
        QCOMPARE(engine.feeds(), SyncStateRepository::feeds());
    }

    void pullAllVisitsFeedsInOrderAndSkipsThoseTheServerLacks() {
        m_server->addPage(u"stores"_s, {}, {Ex::store()}, {}, u"s1"_s);
        m_server->addPage(u"pickups"_s, {}, {Ex::pickup()}, {}, u"p1"_s);
        SyncEngine engine(*m_db, *m_api);
        const Result<qint64> rows = engine.pullAll();
        QVERIFY2(rows, qPrintable(rows.error().detail));
        QCOMPARE(rows.value(), 2);
        QCOMPARE(m_server->requestedFeeds, SyncStateRepository::feeds());
        SyncStateRepository state(m_db->sql());
        QCOMPARE(state.cachedRows(u"stores"_s).value(), 1);
        QCOMPARE(state.cachedRows(u"pickups"_s).value(), 1);
        QVERIFY(state.lastSync(u"pickups"_s).isValid());
        QVERIFY(!state.lastSync(u"orders"_s).isValid());
    }

    void pageAndTombstonesApplyTogetherWithTheCursor_data() {
        QTest::addColumn<QString>("feed");
        for (const QString& feed : kDomainFeeds)
            QTest::newRow(qPrintable(feed)) << feed;
    }
    void pageAndTombstonesApplyTogetherWithTheCursor() {
        QFETCH(QString, feed);
        const QString firstId = example(feed).value(u"id").toString();
        m_server->addPage(feed, {}, {example(feed), second(feed)}, {}, u"c1"_s, true);
        m_server->addPage(feed, u"c1"_s, {}, {firstId, u"never-cached"_s}, u"c2"_s);
        SyncEngine engine(*m_db, *m_api);
        SyncStateRepository state(m_db->sql());

        PullOptions onePage;
        onePage.maxPages = 1;
        const Result<PullProgress> first = engine.pull(feed, onePage);
        QVERIFY2(first, qPrintable(first.error().detail));
        QCOMPARE(state.cachedRows(feed).value(), 2);
        QCOMPARE(state.cursor(feed), u"c1"_s);
        QVERIFY(!state.lastSync(feed).isValid()); // has_more: not complete yet

        const Result<PullProgress> rest = engine.pull(feed);
        QVERIFY2(rest, qPrintable(rest.error().detail));
        QVERIFY(rest->finished);
        QCOMPARE(state.cachedRows(feed).value(), 1);
        QCOMPARE(state.cursor(feed), u"c2"_s);
        QVERIFY(state.lastSync(feed).isValid());
    }

    void malformedRowRejectsThePageAndKeepsTheCursor_data() {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("stores") << u"stores"_s << u"time_zone"_s << QJsonValue(3) << u"time_zone"_s;
        QTest::newRow("products") << u"products"_s << u"price/amount"_s << QJsonValue(1.5) << u"price"_s;
        QTest::newRow("stock") << u"stock"_s << u"quantity"_s << QJsonValue(-2) << u"quantity"_s;
        QTest::newRow("orders") << u"orders"_s << u"lines/1/total"_s << QJsonValue(QJsonValue::Undefined)
                                << u"lines[1].total"_s;
        QTest::newRow("pickups") << u"pickups"_s << u"state"_s << QJsonValue(u"shelved"_s) << u"state"_s;
        QTest::newRow("returns") << u"returns"_s << u"refund/method"_s << QJsonValue(u"cash"_s)
                                 << u"refund.method"_s;
        QTest::newRow("carts") << u"carts"_s << u"origin"_s << QJsonValue(QJsonValue::Null) << u"origin"_s;
        QTest::newRow("contacts") << u"contacts"_s << u"at"_s << QJsonValue(u"soon"_s) << u"at"_s;
    }
    void malformedRowRejectsThePageAndKeepsTheCursor() {
        QFETCH(QString, feed);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QString firstId = example(feed).value(u"id").toString();
        m_server->addPage(feed, {}, {example(feed)}, {}, u"c1"_s, true);
        // A good row, a tombstone and a bad row: none of it may land.
        m_server->addPage(feed, u"c1"_s, {second(feed), Ex::withValue(second(feed), path, value)}, {firstId},
                          u"c2"_s);
        SyncEngine engine(*m_db, *m_api);
        SyncStateRepository state(m_db->sql());

        const Result<PullProgress> result = engine.pull(feed);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::kApiBadResponse.toString());
        QVERIFY2(result.error().detail.contains(u"item 1"_s), qPrintable(result.error().detail));
        QVERIFY2(result.error().detail.contains(u"'%1'"_s.arg(field)), qPrintable(result.error().detail));
        QCOMPARE(state.cursor(feed), u"c1"_s);
        QCOMPARE(state.cachedRows(feed).value(), 1); // the first page's row, not tombstoned
        QVERIFY(!state.lastSync(feed).isValid());

        // The server fixes the row: the same page is asked for again and applies whole.
        m_server->addPage(feed, u"c1"_s, {second(feed)}, {firstId}, u"c2"_s);
        const Result<PullProgress> retry = engine.pull(feed);
        QVERIFY2(retry, qPrintable(retry.error().detail));
        QCOMPARE(state.cursor(feed), u"c2"_s);
        QCOMPARE(state.cachedRows(feed).value(), 1);
    }

    void itemThatIsNoObjectRejectsThePage() {
        m_server->addPage(u"stock"_s, {}, {Ex::stock(), QJsonValue(u"JKT"_s)}, {}, u"c1"_s);
        SyncEngine engine(*m_db, *m_api);
        const Result<PullProgress> result = engine.pull(u"stock"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::kApiBadResponse.toString());
        QVERIFY(SyncStateRepository(m_db->sql()).cursor(u"stock"_s).isEmpty());
        QCOMPARE(SyncStateRepository(m_db->sql()).cachedRows(u"stock"_s).value(), 0);
    }

    // SyncEngine decodes a page on a thread of its own; apply() then writes those rows, and the same
    // page undecoded (bench, tests, other callers) lands the same.
    void pageDecodedAheadLandsLikeOneDecodedByApply() {
        using OrderApplier = RecordFeedApplier<OrderRow, OrderRepository>;
        OrderApplier applier(u"orders"_s, m_db->sql(), &OrderRow::fromJson);
        FeedPage ahead;
        ahead.items = {example(u"orders"_s)};
        applier.decode(ahead);
        QVERIFY(ahead.items.isEmpty()); // freed on the decoding thread
        QCOMPARE(ahead.itemCount(), 1);
        QVERIFY(m_db->transaction([&] { return applier.apply(ahead); }));
        const std::optional<Order> decodedAhead =
            OrderRepository(m_db->sql()).find(Ex::order().value(u"id").toString());
        QVERIFY(decodedAhead);

        auto other = Database::open(m_dir->filePath(u"other.sqlite"_s));
        QVERIFY2(other, qPrintable(other.error().detail));
        FeedPage plain;
        plain.items = {example(u"orders"_s)};
        QVERIFY(other.value()->transaction([&] {
            return OrderApplier(u"orders"_s, other.value()->sql(), &OrderRow::fromJson).apply(plain);
        }));
        const std::optional<Order> decodedByApply =
            OrderRepository(other.value()->sql()).find(Ex::order().value(u"id").toString());
        QVERIFY(decodedByApply);
        QVERIFY(*decodedAhead == *decodedByApply);
        QVERIFY(*decodedAhead == OrderJson::fromJson(Ex::order()).value());
        // The example has no store: that is NULL in the cache, as the QString binding wrote it.
        QSqlQuery nulls(m_db->sql());
        QVERIFY(nulls.exec(u"SELECT store_id IS NULL, customer_id IS NULL FROM orders"_s) && nulls.next());
        QCOMPARE(nulls.value(0).toInt(), 1);
        QCOMPARE(nulls.value(1).toInt(), 0);
    }

    void pageWithABadItemIsLeftForApplyToReject() {
        RecordFeedApplier<OrderRow, OrderRepository> applier(u"orders"_s, m_db->sql(), &OrderRow::fromJson);
        FeedPage page;
        page.items = {example(u"orders"_s), Ex::withValue(second(u"orders"_s), u"state"_s, QJsonValue(7))};
        applier.decode(page);
        QVERIFY(!page.decoded.has_value());
        QCOMPARE(page.itemCount(), 2);
        const Status applied = m_db->transaction([&] { return applier.apply(page); });
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, ErrorCode::kApiBadResponse.toString());
        QVERIFY2(applied.error().detail.startsWith(u"orders feed, item 1: "_s),
                 qPrintable(applied.error().detail));
        QCOMPARE(SyncStateRepository(m_db->sql()).cachedRows(u"orders"_s).value(), 0);
    }

    void pageDecodedForAnotherFeedIsRefused() {
        FeedPage page;
        page.items = {example(u"stock"_s)};
        RecordFeedApplier<StockLevel, StockRepository>(u"stock"_s, m_db->sql(), &StockLevelJson::fromJson)
            .decode(page);
        RecordFeedApplier<OrderRow, OrderRepository> orders(u"orders"_s, m_db->sql(), &OrderRow::fromJson);
        const Status applied = m_db->transaction([&] { return orders.apply(page); });
        QVERIFY(!applied);
        QCOMPARE(SyncStateRepository(m_db->sql()).cachedRows(u"orders"_s).value(), 0);
        QCOMPARE(SyncStateRepository(m_db->sql()).cachedRows(u"stock"_s).value(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ScriptedFeedServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

QTEST_GUILESS_MAIN(TestFeedAppliers)
#include "tst_feedappliers.moc"
