// "Where else is it?" from the cache: this store first even without a figure, the other stores by
// name (also a location only the stock feed knows), the online warehouse last with a delivery
// estimate when it has pieces; every figure with its age from the clock. And the article's other
// sizes and colours with their stock here.
#include "Database.h"
#include "MockClock.h"
#include "ProductAvailability.h"
#include "ProductRepository.h"
#include "ProductVariants.h"
#include "StockRepository.h"
#include "StoreRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kOwn = u"hh-moenckebergstrasse"_s;
const QString kOnline = StockLevel::kOnline.toString();

// Monday 1 December 2025, 10:00 in Hamburg.
const QDateTime kNow = QDateTime::fromString(u"2025-12-01T09:00:00Z"_s, Qt::ISODate);

StoreRecord store(const QString& id, const QString& name) {
    StoreRecord s;
    s.id = id;
    s.name = name;
    s.timeZone = u"Europe/Berlin"_s;
    s.version = 1;
    return s;
}

StockLevel level(const QString& sku, const QString& location, int quantity, const QDateTime& at) {
    return StockLevel{sku + u'@' + location, sku, location, quantity, 1, at};
}

Product variant(const QString& sku, const QString& size, const QString& colour,
                const QString& name = u"Steppjacke „Elbe“"_s) {
    Product p;
    p.id = u"prd-"_s + sku.toLower();
    p.sku = sku;
    p.name = name;
    p.brand = u"Nordküste"_s;
    p.size = size;
    p.colour = colour;
    p.price = Money::eur(12995);
    p.vatRateHundredths = 1900;
    p.version = 1;
    return p;
}

QStringList places(const QList<AvailabilityRow>& rows) {
    QStringList list;
    for (const AvailabilityRow& row : rows)
        list << row.location;
    return list;
}

QStringList skus(const QList<Product>& products) {
    QStringList list;
    for (const Product& p : products)
        list << p.sku;
    return list;
}

} // namespace

class TestProductAvailability : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    MockClock m_clock{kNow};

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().detail));
        m_db = std::move(db).value();
        m_clock.set(kNow);
        QVERIFY(StoreRepository(m_db->sql())
                    .upsert({store(u"m-kaufingerstrasse"_s, u"Theke München Kaufingerstraße"_s),
                             store(kOwn, u"Theke Hamburg Mönckebergstraße"_s),
                             store(u"b-tauentzienstrasse"_s, u"Theke Berlin Tauentzienstraße"_s),
                             store(u"k-schildergasse"_s, u"Theke Köln Schildergasse"_s)}));
    }

    void ownStoreFirstOtherStoresByNameOnlineLast() {
        const QString sku = u"JKT-4711-M-NAVY"_s;
        QVERIFY(StockRepository(m_db->sql())
                    .upsert({level(sku, u"m-kaufingerstrasse"_s, 0, kNow.addSecs(-600)),
                             level(sku, kOwn, 3, kNow.addSecs(-3600)),
                             level(sku, u"b-tauentzienstrasse"_s, 7, kNow.addDays(-3)),
                             level(sku, u"a-neustadt"_s, 1, kNow.addSecs(-60)), // not in the stores feed yet
                             level(sku, kOnline, 120, kNow.addSecs(-300))}));
        const auto rows = ProductAvailability(m_db->sql(), kOwn, m_clock).forSku(sku);
        QVERIFY2(rows, qPrintable(rows.error().detail));
        // Köln has no figure for the SKU but is still a store to ask; "a-neustadt" sorts by its id.
        QCOMPARE(places(rows.value()), (QStringList{kOwn, u"a-neustadt"_s, u"b-tauentzienstrasse"_s,
                                                    u"k-schildergasse"_s, u"m-kaufingerstrasse"_s, kOnline}));
        const AvailabilityRow& own = rows->at(0);
        QCOMPARE(own.place, AvailabilityRow::Place::OwnStore);
        QCOMPARE(own.storeName, u"Theke Hamburg Mönckebergstraße"_s);
        QCOMPARE(own.quantity, std::optional<int>(3));
        QCOMPARE(own.age.kind, StockAge::Kind::Today);
        QCOMPARE(own.age.local.toString(u"HH:mm"_s), u"09:00"_s); // 08:00 UTC in Hamburg
        QVERIFY(!own.age.stale);
        QVERIFY(!own.delivery);

        QCOMPARE(rows->at(1).storeName, u"a-neustadt"_s);
        const AvailabilityRow& berlin = rows->at(2);
        QCOMPARE(berlin.place, AvailabilityRow::Place::OtherStore);
        QCOMPARE(berlin.quantity, std::optional<int>(7));
        QCOMPARE(berlin.age.kind, StockAge::Kind::Earlier);
        QVERIFY(berlin.age.stale);
        const AvailabilityRow& koeln = rows->at(3);
        QCOMPARE(koeln.quantity, std::nullopt);
        QVERIFY(!koeln.updatedAt.isValid());
        QCOMPARE(koeln.age.kind, StockAge::Kind::Unknown);
        QCOMPARE(rows->at(4).quantity, std::optional<int>(0));

        const AvailabilityRow& online = rows->at(5);
        QCOMPARE(online.place, AvailabilityRow::Place::OnlineWarehouse);
        QCOMPARE(online.quantity, std::optional<int>(120));
        QVERIFY(online.delivery);
        QCOMPARE(*online.delivery, DeliveryEstimate::forOrderAt(kNow, QTimeZone("Europe/Berlin")));
        QCOMPARE(online.delivery->earliest, QDate(2025, 12, 3));
    }

    void ownStoreWithoutAFigureStillComesFirst() {
        const QString sku = u"SCF-0815-GREY"_s;
        QVERIFY(StockRepository(m_db->sql()).upsert({level(sku, u"k-schildergasse"_s, 2, kNow)}));
        const auto rows = ProductAvailability(m_db->sql(), kOwn, m_clock).forSku(sku);
        QVERIFY(rows);
        QCOMPARE(rows->first().location, kOwn);
        QCOMPARE(rows->first().quantity, std::nullopt);
        QCOMPARE(rows->last().location, kOnline);
        QCOMPARE(rows->last().quantity, std::nullopt);
        QVERIFY(!rows->last().delivery);
    }

    void onlineWarehouseWithoutPiecesGivesNoEstimate() {
        const QString sku = u"TSH-0001-S-RED"_s;
        QVERIFY(StockRepository(m_db->sql()).upsert({level(sku, kOnline, 0, kNow.addSecs(-60))}));
        const auto rows = ProductAvailability(m_db->sql(), kOwn, m_clock).forSku(sku);
        QVERIFY(rows);
        QCOMPARE(rows->last().quantity, std::optional<int>(0));
        QVERIFY(!rows->last().inStock());
        QVERIFY(!rows->last().delivery);
    }

    void agesCountFromTheClock() {
        const QString sku = u"JKT-4711-M-NAVY"_s;
        QVERIFY(StockRepository(m_db->sql()).upsert({level(sku, kOwn, 3, kNow.addSecs(-3600))}));
        const ProductAvailability availability(m_db->sql(), kOwn, m_clock);
        QVERIFY(!availability.forSku(sku)->first().age.stale);
        m_clock.advanceSecs(StockAge::kStaleAfterSecs);
        const AvailabilityRow later = availability.forSku(sku)->first();
        QVERIFY(later.age.stale);
        QCOMPARE(later.age.kind, StockAge::Kind::Earlier);
    }

    void variantsAreTheSameArticleInOtherSizesAndColoursWithStockHere() {
        const QList<Product> jackets{variant(u"JKT-4711-S-NAVY"_s, u"S"_s, u"navy"_s),
                                     variant(u"JKT-4711-M-NAVY"_s, u"M"_s, u"navy"_s),
                                     variant(u"JKT-4711-L-NAVY"_s, u"L"_s, u"navy"_s),
                                     variant(u"JKT-4711-M-RED"_s, u"M"_s, u"rot"_s)};
        Product otherBrand = variant(u"JKT-9999-M-NAVY"_s, u"M"_s, u"navy"_s);
        otherBrand.brand = u"Alpenglück"_s;
        const Product otherArticle =
            variant(u"JKT-4712-M-NAVY"_s, u"M"_s, u"navy"_s, u"Steppjacke „Elbe“ lang"_s);
        QVERIFY(ProductRepository(m_db->sql()).upsert(jackets + QList<Product>{otherBrand, otherArticle}));
        QVERIFY(StockRepository(m_db->sql())
                    .upsert({level(u"JKT-4711-S-NAVY"_s, kOwn, 2, kNow),
                             level(u"JKT-4711-L-NAVY"_s, kOwn, 0, kNow),
                             level(u"JKT-4711-M-RED"_s, u"k-schildergasse"_s, 5, kNow)}));

        const auto found = ProductVariants(m_db->sql()).of(jackets[1]);
        QVERIFY2(found, qPrintable(found.error().detail));
        QCOMPARE(skus(found.value()), skus(jackets)); // the feed's order, the product itself included
        QCOMPARE(found->at(1), jackets[1]);

        const QHash<QString, int> here =
            ProductAvailability(m_db->sql(), kOwn, m_clock).hereFor(skus(found.value()));
        QCOMPARE(here.value(u"JKT-4711-S-NAVY"_s), 2);
        QCOMPARE(here.value(u"JKT-4711-L-NAVY"_s, -1), 0);
        QVERIFY(!here.contains(u"JKT-4711-M-NAVY"_s)); // no figure here
        QVERIFY(!here.contains(u"JKT-4711-M-RED"_s));  // only in Köln

        const auto alone = ProductVariants(m_db->sql()).of(otherBrand);
        QVERIFY(alone);
        QCOMPARE(skus(alone.value()), QStringList{otherBrand.sku});
    }
};

QTEST_GUILESS_MAIN(TestProductAvailability)
#include "tst_productavailability.moc"
