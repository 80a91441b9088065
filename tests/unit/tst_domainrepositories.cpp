// Stores, stock, carts and service contacts in the cache: what the feed writes is what the desks
// read, newest first where a list is shown, and a stale row never overwrites a newer one.
#include "DomainExamples.h"

#include "CartJson.h"
#include "CartRepository.h"
#include "Database.h"
#include "ServiceContactJson.h"
#include "ServiceContactRepository.h"
#include "StockLevelJson.h"
#include "StockRepository.h"
#include "StoreRecordJson.h"
#include "StoreRepository.h"
#include "SyncStateRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

StockLevel stock(const QString& sku, const QString& location, int quantity, const char* at,
                 qint64 version = 1) {
    return StockLevel{sku + u'@' + location, sku, location, quantity, version, utc(at)};
}

Cart cart(const QString& id, const QString& customerId, const char* updatedAt) {
    Cart c = CartJson::fromJson(Ex::cart()).value();
    c.id = id;
    c.customerId = customerId;
    c.updatedAt = utc(updatedAt);
    return c;
}

ServiceContact contact(const QString& id, const QString& customerId, const char* at) {
    ServiceContact c = ServiceContactJson::fromJson(Ex::serviceContact()).value();
    c.id = id;
    c.customerId = customerId;
    c.at = utc(at);
    return c;
}

template <typename T> QStringList idsOf(const QList<T>& rows) {
    QStringList ids;
    for (const T& row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestDomainRepositories : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().detail));
        m_db = std::move(db).value();
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void storesAreListedByNameAndFoundById() {
        StoreRepository stores(m_db->sql());
        StoreRecord hamburg = StoreRecordJson::fromJson(Ex::store()).value();
        StoreRecord berlin = hamburg;
        berlin.id = u"b-tauentzienstrasse"_s;
        berlin.name = u"Theke Berlin Tauentzienstraße"_s;
        berlin.street.clear();
        berlin.phone.clear();
        QVERIFY(stores.upsert({hamburg, berlin}));
        QCOMPARE(idsOf(stores.all().value()),
                 (QStringList{u"b-tauentzienstrasse"_s, u"hh-moenckebergstrasse"_s}));
        QCOMPARE(stores.find(u"hh-moenckebergstrasse"_s), std::optional<StoreRecord>(hamburg));
        QCOMPARE(stores.find(u"b-tauentzienstrasse"_s), std::optional<StoreRecord>(berlin));
        QVERIFY(!stores.find(u"m-kaufingerstrasse"_s));
    }

    void storeReturnPolicyIsKeptAndDefaultsUntilSynced() {
        StoreRepository stores(m_db->sql());
        QVERIFY(stores.returnPolicy(u"m-kaufingerstrasse"_s) == ReturnPolicyConfig()); // nothing synced yet
        StoreRecord munich = StoreRecordJson::fromJson(Ex::store()).value();
        munich.id = u"m-kaufingerstrasse"_s;
        QCOMPARE(munich.returnPolicy.approvalAboveAmount, std::optional<Money>(Money::eur(50000)));
        QVERIFY(stores.upsert({munich}));
        QVERIFY(stores.returnPolicy(munich.id) == munich.returnPolicy);
        // A row from before the column existed (or a server without policies): the defaults.
        QSqlQuery forget(m_db->sql());
        QVERIFY(forget.exec(u"UPDATE stores SET return_policy = NULL"_s));
        QVERIFY(stores.returnPolicy(munich.id) == ReturnPolicyConfig());
    }

    void storeUpdatesFollowTheVersion() {
        StoreRepository stores(m_db->sql());
        StoreRecord store = StoreRecordJson::fromJson(Ex::store()).value();
        store.version = 3;
        QVERIFY(stores.upsert({store}));
        StoreRecord stale = store;
        stale.version = 2;
        stale.name = u"Alter Name"_s;
        QVERIFY(stores.upsert({stale}));
        QCOMPARE(stores.find(store.id)->name, store.name);
        StoreRecord newer = store;
        newer.version = 4;
        newer.phone = u"+4940111111"_s;
        QVERIFY(stores.upsert({newer}));
        QCOMPARE(stores.find(store.id)->phone, newer.phone);
        QVERIFY(stores.remove({store.id, u"unknown"_s}));
        QVERIFY(stores.all()->isEmpty());
    }

    void stockListsEveryLocationOfTheSkuWithItsTime() {
        StockRepository levels(m_db->sql());
        QVERIFY(levels.upsert({
            stock(u"JKT-4711-M-NAVY"_s, u"hh-moenckebergstrasse"_s, 2, "2025-03-14T10:42:00.000Z"),
            stock(u"JKT-4711-M-NAVY"_s, u"ONLINE"_s, 41, "2025-03-14T10:40:00.000Z"),
            stock(u"JKT-4711-M-NAVY"_s, u"b-tauentzienstrasse"_s, 0, "2025-03-14T08:02:11.000Z"),
            stock(u"SCF-0815-ONE-GREY"_s, u"ONLINE"_s, 7, "2025-03-14T10:40:00.000Z"),
        }));
        const QList<StockLevel> jacket = levels.forSku(u"JKT-4711-M-NAVY"_s).value();
        QCOMPARE(jacket.size(), 3);
        QCOMPARE(jacket.at(0).location, u"ONLINE"_s); // upper case sorts first
        QVERIFY(jacket.at(0).isOnline());
        QCOMPARE(jacket.at(1).location, u"b-tauentzienstrasse"_s);
        QCOMPARE(jacket.at(1).quantity, 0);
        QCOMPARE(jacket.at(2).quantity, 2);
        QCOMPARE(jacket.at(2).updatedAt, utc("2025-03-14T10:42:00.000Z"));
        QCOMPARE(levels.at(u"SCF-0815-ONE-GREY"_s, u"ONLINE"_s)->quantity, 7);
        QVERIFY(!levels.at(u"SCF-0815-ONE-GREY"_s, u"hh-moenckebergstrasse"_s));
        QVERIFY(levels.forSku(u"NOPE"_s)->isEmpty());
    }

    void stockKeepsTheNewestCountAndForgetsRemovedLocations() {
        StockRepository levels(m_db->sql());
        QVERIFY(levels.upsert({stock(u"JKT"_s, u"ONLINE"_s, 5, "2025-03-14T10:00:00.000Z", 10)}));
        QVERIFY(levels.upsert({stock(u"JKT"_s, u"ONLINE"_s, 9, "2025-03-14T09:00:00.000Z", 9)}));
        QCOMPARE(levels.at(u"JKT"_s, u"ONLINE"_s)->quantity, 5);
        QVERIFY(levels.upsert({stock(u"JKT"_s, u"ONLINE"_s, 4, "2025-03-14T11:00:00.000Z", 11)}));
        QCOMPARE(levels.at(u"JKT"_s, u"ONLINE"_s)->quantity, 4);
        QVERIFY(levels.remove({u"JKT@ONLINE"_s}));
        QVERIFY(levels.forSku(u"JKT"_s)->isEmpty());
    }

    void cartsOfACustomerComeNewestFirstWithTheirLines() {
        CartRepository carts(m_db->sql());
        QVERIFY(carts.upsert({cart(u"cart-old"_s, u"cust-1"_s, "2025-03-01T10:00:00.000Z"),
                              cart(u"cart-new"_s, u"cust-1"_s, "2025-03-14T11:05:00.000Z"),
                              cart(u"cart-other"_s, u"cust-2"_s, "2025-03-20T11:05:00.000Z")}));
        const QList<Cart> mine = carts.forCustomer(u"cust-1"_s).value();
        QCOMPARE(idsOf(mine), (QStringList{u"cart-new"_s, u"cart-old"_s}));
        QCOMPARE(mine.first().lines, CartJson::fromJson(Ex::cart())->lines);
        QCOMPARE(mine.first().handoffCode, u"WK4F7Q2Z"_s);
        QCOMPARE(carts.find(u"cart-new"_s), std::optional<Cart>(mine.first()));
        QVERIFY(carts.remove({u"cart-new"_s}));
        QCOMPARE(idsOf(carts.forCustomer(u"cust-1"_s).value()), QStringList{u"cart-old"_s});
    }

    void anonymousCartIsKeptButBelongsToNobody() {
        CartRepository carts(m_db->sql());
        Cart anonymous = cart(u"cart-anon"_s, QString(), "2025-03-14T11:05:00.000Z");
        anonymous.handoffCode.clear();
        QVERIFY(carts.upsert({anonymous}));
        QCOMPARE(carts.find(u"cart-anon"_s), std::optional<Cart>(anonymous));
        QVERIFY(carts.forCustomer(QString())->isEmpty());
    }

    void cartVersionRule() {
        CartRepository carts(m_db->sql());
        Cart current = cart(u"c"_s, u"cust-1"_s, "2025-03-14T11:05:00.000Z");
        current.version = 3;
        QVERIFY(carts.upsert({current}));
        Cart stale = current;
        stale.version = 2;
        stale.lines.clear();
        QVERIFY(carts.upsert({stale}));
        QCOMPARE(carts.find(u"c"_s)->lines.size(), 1);
    }

    void serviceContactsOfACustomerComeNewestFirst() {
        ServiceContactRepository contacts(m_db->sql());
        QVERIFY(contacts.upsert({contact(u"sc-1"_s, u"cust-1"_s, "2025-03-10T13:22:00.000Z"),
                                 contact(u"sc-2"_s, u"cust-1"_s, "2025-03-12T08:00:00.000Z"),
                                 contact(u"sc-3"_s, u"cust-2"_s, "2025-03-11T08:00:00.000Z")}));
        const QList<ServiceContact> mine = contacts.forCustomer(u"cust-1"_s).value();
        QCOMPARE(idsOf(mine), (QStringList{u"sc-2"_s, u"sc-1"_s}));
        QCOMPARE(mine.last().subject, u"Rückfrage zur Lieferung W-2025-0048213"_s);
        QCOMPARE(mine.last().channel, u"phone"_s);
        QCOMPARE(contacts.forCustomer(u"cust-1"_s, 1)->size(), 1);
        QVERIFY(contacts.remove({u"sc-2"_s}));
        QCOMPARE(idsOf(contacts.forCustomer(u"cust-1"_s).value()), QStringList{u"sc-1"_s});
    }

    void cachedRowsCountsEveryFeedAndRefusesOthers() {
        SyncStateRepository state(m_db->sql());
        QCOMPARE(
            SyncStateRepository::feeds(),
            (QStringList{u"stores"_s, u"staff"_s, u"products"_s, u"stock"_s, u"customers"_s, u"orders"_s,
                         u"pickups"_s, u"returns"_s, u"carts"_s, u"contacts"_s, u"notes"_s, u"consents"_s}));
        for (const QString& feed : SyncStateRepository::feeds())
            QCOMPARE(state.cachedRows(feed).value(), 0);
        QVERIFY(StockRepository(m_db->sql())
                    .upsert({stock(u"A"_s, u"ONLINE"_s, 1, "2025-03-14T10:00:00.000Z"),
                             stock(u"B"_s, u"ONLINE"_s, 1, "2025-03-14T10:00:00.000Z")}));
        QVERIFY(ServiceContactRepository(m_db->sql())
                    .upsert({contact(u"sc-1"_s, u"cust-1"_s, "2025-03-10T13:22:00.000Z")}));
        QCOMPARE(state.cachedRows(u"stock"_s).value(), 2);
        QCOMPARE(state.cachedRows(u"contacts"_s).value(), 1);
        for (const QString& bogus : {u"sqlite_master"_s, u"stock; DROP TABLE stock"_s, u""_s, u"Stock"_s}) {
            const Result<qint64> rows = state.cachedRows(bogus);
            QVERIFY(!rows);
            QCOMPARE(rows.error().code, ErrorCode::kStoreQuery.toString());
        }
        QCOMPARE(state.cachedRows(u"stock"_s).value(), 2);
    }

    void afterAServerSwitchEveryFeedStartsOverAndNewRowsReplaceOldOnes() {
        SyncStateRepository state(m_db->sql());
        StockRepository levels(m_db->sql());
        QVERIFY(state.setCursor(u"stock"_s, u"old-server-77"_s));
        QVERIFY(state.setCursor(u"customers"_s, u"old-server-12"_s));
        QVERIFY(levels.upsert({stock(u"JKT"_s, u"ONLINE"_s, 5, "2025-03-14T10:00:00.000Z", 57)}));
        QVERIFY(state.resetAllFeeds());
        QVERIFY(state.cursor(u"stock"_s).isEmpty());
        QVERIFY(state.cursor(u"customers"_s).isEmpty());
        // The new server numbers its versions from 1; its row must win over the old server's 57.
        QVERIFY(levels.upsert({stock(u"JKT"_s, u"ONLINE"_s, 2, "2025-03-15T10:00:00.000Z", 1)}));
        QCOMPARE(levels.at(u"JKT"_s, u"ONLINE"_s)->quantity, 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDomainRepositories)
#include "tst_domainrepositories.moc"
