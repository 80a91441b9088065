// theke-server's retail feeds (stores, products, stock, orders, pickups, returns, carts, contacts) on the
// wire: paging by cursor, tombstones, the pickups of the device's store only, the contract's item shapes.
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString kHamburg = u"hh-moenckebergstrasse"_s;
const QString kBerlin = u"b-tauentzienstrasse"_s;

QStringList ids(const QJsonArray& items) {
    QStringList out;
    for (const QJsonValue& item : items)
        out.append(item.toObject().value(u"id").toString());
    return out;
}

QStringList sortedKeys(QStringList keys) {
    keys.sort();
    return keys;
}

} // namespace

class TestServerFeeds : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token; // a device of Hamburg Mönckebergstraße

    void addFeedRows() {
        QTest::addColumn<QString>("feed");
        for (const char* feed :
             {"stores", "products", "stock", "orders", "pickups", "returns", "carts", "contacts"})
            QTest::newRow(feed) << QString::fromLatin1(feed);
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 300;
        options.seed = 11;
        options.enrollCodes = {u"FEEDS-1"_s};
        options.extraArgs = {u"--test-mode"_s, u"--demo-now"_s, u"2025-06-01"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enroll(u"FEEDS-1"_s);
        QVERIFY(!m_token.isEmpty());
    }

    void everyFeedPagesWithoutSkippingOrRepeating_data() { addFeedRows(); }
    void everyFeedPagesWithoutSkippingOrRepeating() {
        QFETCH(QString, feed);
        const TestApi::Feed whole = m_api->readFeed(feed, m_token, 2000);
        QVERIFY(whole.ok);
        QVERIFY2(whole.items.size() >= 5, "the demo data fills every feed");
        const int pageSize = std::clamp(int(whole.items.size() / 4), 2, 1000);
        const TestApi::Feed paged = m_api->readFeed(feed, m_token, pageSize);
        QVERIFY(paged.ok);
        QVERIFY(paged.pages > 1);
        QCOMPARE(paged.rawItems, whole.rawItems);
        const QStringList all = ids(paged.items);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        // Resuming from the last cursor brings nothing new and keeps the cursor.
        const TestApi::Feed again = m_api->readFeed(feed, m_token, pageSize, paged.cursor);
        QVERIFY(again.ok);
        QVERIFY(again.items.isEmpty());
        QCOMPARE(again.cursor, paged.cursor);
    }

    void itemsHaveTheContractShapeWithSortedKeys_data() {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QStringList>("keys");
        const QStringList common{u"id"_s, u"version"_s, u"updated_at"_s};
        QTest::newRow("stores") << u"stores"_s
                                << QStringList{u"name"_s, u"time_zone"_s, u"address"_s, u"phone"_s,
                                               u"return_policy"_s} +
                                       common;
        QTest::newRow("products") << u"products"_s
                                  << QStringList{u"sku"_s,      u"eans"_s,       u"name"_s,
                                                 u"brand"_s,    u"variant"_s,    u"price"_s,
                                                 u"vat_rate"_s, u"returnable"_s, u"non_returnable_reason"_s,
                                                 u"promotion"_s} +
                                         common;
        QTest::newRow("stock") << u"stock"_s << QStringList{u"sku"_s, u"location"_s, u"quantity"_s} + common;
        QTest::newRow("orders") << u"orders"_s
                                << QStringList{u"order_no"_s,     u"channel"_s,   u"customer_id"_s,
                                               u"store_id"_s,     u"placed_at"_s, u"lines"_s,
                                               u"payment"_s,      u"totals"_s,    u"fulfilment"_s,
                                               u"delivered_at"_s, u"state"_s} +
                                       common;
        QTest::newRow("pickups") << u"pickups"_s
                                 << QStringList{u"order_no"_s,
                                                u"customer_id"_s,
                                                u"store_id"_s,
                                                u"state"_s,
                                                u"lines"_s,
                                                u"shelf"_s,
                                                u"deadline"_s,
                                                u"pickup_code_hash"_s,
                                                u"authorised_persons"_s,
                                                u"notifications"_s,
                                                u"handovers"_s} +
                                        common;
        QTest::newRow("returns") << u"returns"_s
                                 << QStringList{u"order_no"_s,           u"store_id"_s, u"channel"_s,
                                                u"requester_staff_id"_s, u"lines"_s,    u"refund"_s,
                                                u"approvals"_s,          u"state"_s,    u"created_at"_s} +
                                        common;
        QTest::newRow("carts") << u"carts"_s
                               << QStringList{u"customer_id"_s, u"store_id"_s, u"origin"_s, u"lines"_s,
                                              u"handoff_code"_s} +
                                      common;
        QTest::newRow("contacts") << u"contacts"_s
                                  << QStringList{u"customer_id"_s, u"channel"_s, u"subject"_s, u"at"_s} +
                                         common;
    }
    void itemsHaveTheContractShapeWithSortedKeys() {
        QFETCH(QString, feed);
        QFETCH(QStringList, keys);
        const TestApi::Feed all = m_api->readFeed(feed, m_token, 2000);
        QVERIFY(all.ok);
        QCOMPARE(all.rawItems.size(), all.items.size());
        for (qsizetype i = 0; i < all.items.size(); ++i) {
            const QJsonObject item = all.items[i].toObject();
            QCOMPARE(item.keys(), sortedKeys(keys));
            QVERIFY(item.value(u"version").toInteger() >= 1);
            // Sorted keys at every depth, compact, escaped like Qt: what a client's parser and hashes expect.
            QCOMPARE(all.rawItems[i], QJsonDocument(item).toJson(QJsonDocument::Compact));
        }
    }

    void nestedPartsHaveTheirRequiredKeys() {
        const TestApi::Feed orders = m_api->readFeed(u"orders"_s, m_token, 2000);
        const QStringList lineKeys{u"line_id"_s, u"name"_s,  u"quantity"_s,  u"returned_quantity"_s,
                                   u"sku"_s,     u"total"_s, u"unit_price"_s};
        for (const QJsonValue& order : orders.items) {
            for (const QJsonValue& line : order[u"lines"].toArray())
                QCOMPARE(line.toObject().keys(), lineKeys);
            QCOMPARE(order[u"totals"].toObject().keys(),
                     (QStringList{u"gross"_s, u"net"_s, u"shipping"_s, u"vat"_s}));
            QCOMPARE(order[u"payment"].toObject().keys(),
                     (QStringList{u"card_brand"_s, u"method"_s, u"provider_reference"_s}));
        }
        const TestApi::Feed pickups = m_api->readFeed(u"pickups"_s, m_token, 2000);
        for (const QJsonValue& pickup : pickups.items) {
            const QJsonObject hash = pickup[u"pickup_code_hash"].toObject();
            QCOMPARE(hash.keys(), (QStringList{u"algorithm"_s, u"hash"_s, u"iterations"_s, u"salt"_s}));
            QCOMPARE(hash[u"algorithm"].toString(), u"pbkdf2-sha256"_s);
            QVERIFY(hash[u"iterations"].toInt() >= 10000);
            for (const QJsonValue& handover : pickup[u"handovers"].toArray())
                QCOMPARE(handover.toObject().keys(), (QStringList{u"at"_s, u"identity_check"_s, u"lines"_s,
                                                                  u"recipient"_s, u"staff_id"_s}));
        }
    }

    void deletedRowsComeBackAsTombstones_data() {
        QTest::addColumn<QString>("feed");
        for (const char* feed : {"products", "stock", "orders", "pickups", "returns", "carts", "contacts"})
            QTest::newRow(feed) << QString::fromLatin1(feed);
    }
    void deletedRowsComeBackAsTombstones() {
        QFETCH(QString, feed);
        const TestApi::Feed before = m_api->readFeed(feed, m_token, 2000);
        QVERIFY(before.ok && !before.items.isEmpty());
        const QString id = before.items.first().toObject().value(u"id").toString();
        QCOMPARE(m_api->del(u"/v1/test/feeds/%1/%2"_s.arg(feed, id)).status, 204);
        QCOMPARE(m_api->del(u"/v1/test/feeds/%1/%2"_s.arg(feed, id)).status, 404);

        const TestApi::Feed resumed = m_api->readFeed(feed, m_token, 50, before.cursor);
        QVERIFY(resumed.ok);
        QCOMPARE(resumed.deleted, QStringList{id});
        QVERIFY(resumed.items.isEmpty());
        const TestApi::Feed fresh = m_api->readFeed(feed, m_token, 2000);
        QVERIFY(!ids(fresh.items).contains(id));
        QCOMPARE(fresh.items.size(), before.items.size() - 1);
    }

    // After the deletions above: the backlog counts the items and tombstones a pull from the cursor brings.
    void backlogCountsWhatAPullFromTheCursorBrings_data() { addFeedRows(); }
    void backlogCountsWhatAPullFromTheCursorBrings() {
        QFETCH(QString, feed);
        auto remaining = [this](const QString& query) {
            return m_api->get(u"/v1/sync-backlog?"_s + query, m_token)
                .object()
                .value(u"remaining")
                .toObject();
        };
        const TestApi::Feed whole = m_api->readFeed(feed, m_token, 2000);
        const QString afterTwo =
            m_api->get(u"/v1/sync/%1?limit=2"_s.arg(feed), m_token).object().value(u"next_cursor").toString();
        const TestApi::Feed rest = m_api->readFeed(feed, m_token, 2000, afterTwo);
        QVERIFY(whole.ok && rest.ok);
        const QString cursor = QString::fromLatin1(QUrl::toPercentEncoding(afterTwo));

        const QJsonObject fromStart = remaining(feed + u"="_s);
        QCOMPARE(fromStart.keys(), QStringList{feed});
        QCOMPARE(fromStart.value(feed).toInteger(), whole.items.size() + whole.deleted.size());
        const QJsonObject fromCursor = remaining(feed + u"="_s + cursor);
        QCOMPARE(fromCursor.value(feed).toInteger(), rest.items.size() + rest.deleted.size());
        QVERIFY(fromCursor.value(feed).toInteger() < fromStart.value(feed).toInteger());
    }

    void pickupsAreOnlyThoseOfTheDevicesStore() {
        const QString berlin = m_api->enrollAt(kBerlin);
        QVERIFY(!berlin.isEmpty());
        const TestApi::Feed hamburgPickups = m_api->readFeed(u"pickups"_s, m_token, 2000);
        const TestApi::Feed berlinPickups = m_api->readFeed(u"pickups"_s, berlin, 2000);
        QVERIFY(!hamburgPickups.items.isEmpty());
        QVERIFY(!berlinPickups.items.isEmpty());
        for (const QJsonValue& pickup : hamburgPickups.items)
            QCOMPARE(pickup[u"store_id"].toString(), kHamburg);
        for (const QJsonValue& pickup : berlinPickups.items)
            QCOMPARE(pickup[u"store_id"].toString(), kBerlin);
        // Every other feed is the same for both stores.
        QCOMPARE(m_api->readFeed(u"orders"_s, berlin, 2000).rawItems,
                 m_api->readFeed(u"orders"_s, m_token, 2000).rawItems);
    }

    void stockCoversEveryStoreAndTheOnlineWarehouse() {
        const TestApi::Feed stock = m_api->readFeed(u"stock"_s, m_token, 2000);
        const TestApi::Feed products = m_api->readFeed(u"products"_s, m_token, 2000);
        QHash<QString, QSet<QString>> locations;
        for (const QJsonValue& row : stock.items) {
            QVERIFY(row[u"quantity"].toInt(-1) >= 0);
            QCOMPARE(row[u"id"].toString(), row[u"sku"].toString() + u'@' + row[u"location"].toString());
            locations[row[u"sku"].toString()].insert(row[u"location"].toString());
        }
        const QSet<QString> expected{kHamburg,    kBerlin,    u"m-kaufingerstrasse"_s, u"k-schildergasse"_s,
                                     u"f-zeil"_s, u"ONLINE"_s};
        int complete = 0;
        for (const QJsonValue& product : products.items)
            complete += locations.value(product[u"sku"].toString()) == expected ? 1 : 0;
        // One product and one stock row were deleted by deletedRowsComeBackAsTombstones.
        QVERIFY(complete >= products.items.size() - 1);
    }

    void storesHaveAddressAndPhone() {
        const TestApi::Feed stores = m_api->readFeed(u"stores"_s, m_token, 2000);
        QCOMPARE(stores.items.size(), 5);
        for (const QJsonValue& store : stores.items) {
            QVERIFY(!store[u"address"][u"street"].toString().isEmpty());
            QCOMPARE(store[u"address"][u"country"].toString(), u"DE"_s);
            QVERIFY(store[u"phone"].toString().startsWith(u"+49"));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerFeeds)
#include "tst_serverfeeds.moc"
