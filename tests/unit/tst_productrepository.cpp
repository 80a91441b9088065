// Products at the counter: a scanned EAN, a typed SKU or a few letters of name or brand find the
// article; feed updates replace EANs and the index; a stale row never overwrites a newer one.
#include "Database.h"
#include "ProductRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Product product(const QString& id, const QString& sku, const QStringList& eans, const QString& name,
                const QString& brand, qint64 version = 1) {
    Product p;
    p.id = id;
    p.sku = sku;
    p.eans = eans;
    p.name = name;
    p.brand = brand;
    p.size = u"M"_s;
    p.price = Money::eur(12995);
    p.vatRateHundredths = 1900;
    p.version = version;
    p.updatedAt = QDateTime(QDate(2025, 3, 1), QTime(5, 0), Qt::UTC);
    return p;
}

QList<Product> assortment() {
    return {
        product(u"prd-jacket"_s, u"JKT-4711-M-NAVY"_s, {u"4006381333931"_s, u"40063813"_s},
                u"Steppjacke „Elbe“"_s, u"Nordküste"_s),
        product(u"prd-scarf"_s, u"SCF-0815-ONE-GREY"_s, {u"4006381333948"_s}, u"Schal „Föhr“ grau"_s,
                u"Nordküste"_s),
        product(u"prd-boots"_s, u"BTS-2201-42-BRN"_s, {u"4012345678901"_s}, u"Stiefel Weißenfels"_s,
                u"Lederwerk"_s),
        product(u"prd-socks"_s, u"SCK-0001-39-BLK"_s, {}, u"Strümpfe schwarz"_s, u"Lederwerk"_s),
    };
}

QStringList ids(const ProductSearchResult& result) {
    QStringList list;
    for (const Product& p : result.rows)
        list.append(p.id);
    return list;
}

} // namespace

class TestProductRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().detail));
        m_db = std::move(db).value();
        const Status stored = ProductRepository(m_db->sql()).upsert(assortment());
        QVERIFY2(stored, qPrintable(stored.error().detail));
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void productReadsBackWithEveryField() {
        const std::optional<Product> found = ProductRepository(m_db->sql()).find(u"prd-jacket"_s);
        QVERIFY(found);
        QCOMPARE(*found, assortment().first());
        QCOMPARE(ProductRepository(m_db->sql()).count().value(), 4);
    }

    void scannedEanAndTypedSkuFindTheirProduct_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("id");
        QTest::newRow("EAN-13") << u"4006381333931"_s << u"prd-jacket"_s;
        QTest::newRow("second EAN (EAN-8)") << u"40063813"_s << u"prd-jacket"_s;
        QTest::newRow("other product") << u"4012345678901"_s << u"prd-boots"_s;
    }
    void scannedEanAndTypedSkuFindTheirProduct() {
        QFETCH(QString, code);
        QFETCH(QString, id);
        const ProductRepository products(m_db->sql());
        const std::optional<Product> byEan = products.findByEan(code);
        QVERIFY(byEan);
        QCOMPARE(byEan->id, id);
        QCOMPARE(products.findBySku(byEan->sku)->id, id);
    }

    void unknownCodesFindNothing() {
        const ProductRepository products(m_db->sql());
        QVERIFY(!products.findByEan(u"4000000000000"_s));
        QVERIFY(!products.findBySku(u"JKT-4711"_s)); // a prefix is no SKU
    }

    void searchFindsByNameBrandSkuAndEan_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // in result order
        QTest::newRow("full EAN") << u"4006381333931"_s << QStringList{u"prd-jacket"_s};
        QTest::newRow("EAN prefix") << u"400638133"_s << QStringList{u"prd-scarf"_s, u"prd-jacket"_s};
        QTest::newRow("name prefix") << u"stepp"_s << QStringList{u"prd-jacket"_s};
        QTest::newRow("name word inside") << u"elbe"_s << QStringList{u"prd-jacket"_s};
        QTest::newRow("brand, sorted by name") << u"nordk"_s << QStringList{u"prd-scarf"_s, u"prd-jacket"_s};
        QTest::newRow("brand transliterated")
            << u"nordkueste"_s << QStringList{u"prd-scarf"_s, u"prd-jacket"_s};
        QTest::newRow("umlaut typed as ue") << u"struempfe"_s << QStringList{u"prd-socks"_s};
        QTest::newRow("ß typed as ss") << u"weissenf"_s << QStringList{u"prd-boots"_s};
        QTest::newRow("full SKU first") << u"JKT-4711-M-NAVY"_s << QStringList{u"prd-jacket"_s};
        QTest::newRow("SKU prefix") << u"BTS-2201"_s << QStringList{u"prd-boots"_s};
        QTest::newRow("digits with a leading zero") << u"0815"_s << QStringList{u"prd-scarf"_s};
        QTest::newRow("words are AND-ed") << u"lederwerk stie"_s << QStringList{u"prd-boots"_s};
        QTest::newRow("no match") << u"mantel"_s << QStringList{};
        QTest::newRow("only punctuation") << u"„“ -"_s << QStringList{};
        QTest::newRow("FTS syntax is text") << u"name:stepp OR *"_s << QStringList{};
    }
    void searchFindsByNameBrandSkuAndEan() {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const Result<ProductSearchResult> result = ProductRepository(m_db->sql()).search(query);
        QVERIFY2(result, qPrintable(result.error().detail));
        QCOMPARE(ids(result.value()), expected);
        QVERIFY(!result->truncated);
    }

    void searchStopsAtTheLimitAndSaysSo() {
        const Result<ProductSearchResult> result = ProductRepository(m_db->sql()).search(u"s"_s, 2);
        QVERIFY(result);
        QCOMPARE(result->rows.size(), 2);
        QVERIFY(result->truncated);
    }

    void newerVersionReplacesNameEansAndIndex() {
        ProductRepository products(m_db->sql());
        Product renamed = product(u"prd-jacket"_s, u"JKT-4711-M-NAVY"_s, {u"4006381999999"_s},
                                  u"Daunenjacke „Alster“"_s, u"Nordküste"_s, 2);
        QVERIFY(products.upsert({renamed}));
        QCOMPARE(products.find(u"prd-jacket"_s)->name, renamed.name);
        QVERIFY(!products.findByEan(u"4006381333931"_s));
        QCOMPARE(products.findByEan(u"4006381999999"_s)->id, u"prd-jacket"_s);
        QCOMPARE(ids(products.search(u"stepp"_s).value()), QStringList{});
        QCOMPARE(ids(products.search(u"alster"_s).value()), QStringList{u"prd-jacket"_s});
        QCOMPARE(products.count().value(), 4);
    }

    void olderVersionLeavesTheNewerRowAlone() {
        ProductRepository products(m_db->sql());
        QVERIFY(products.upsert({product(u"prd-boots"_s, u"BTS-2201-42-BRN"_s, {u"4012345678901"_s},
                                         u"Stiefel Weißenfels"_s, u"Lederwerk"_s, 5)}));
        QVERIFY(products.upsert({product(u"prd-boots"_s, u"BTS-OLD"_s, {u"4099999999999"_s}, u"Alter Name"_s,
                                         u"Lederwerk"_s, 4)}));
        const std::optional<Product> boots = products.find(u"prd-boots"_s);
        QCOMPARE(boots->version, 5);
        QCOMPARE(boots->sku, u"BTS-2201-42-BRN"_s);
        QVERIFY(!products.findByEan(u"4099999999999"_s));
        QCOMPARE(ids(products.search(u"alter"_s).value()), QStringList{});
        // The same version again is a replay and may be written.
        Product replay = boots.value();
        replay.nonReturnableReason = u"hygiene"_s;
        replay.returnable = false;
        QVERIFY(products.upsert({replay}));
        QVERIFY(!products.find(u"prd-boots"_s)->returnable);
    }

    void removedProductIsNotFoundAnyMore() {
        ProductRepository products(m_db->sql());
        QVERIFY(products.remove({u"prd-scarf"_s, u"never-cached"_s}));
        QVERIFY(!products.find(u"prd-scarf"_s));
        QVERIFY(!products.findByEan(u"4006381333948"_s));
        QCOMPARE(ids(products.search(u"schal"_s).value()), QStringList{});
        QCOMPARE(ids(products.search(u"nordk"_s).value()), QStringList{u"prd-jacket"_s});
        QCOMPARE(products.count().value(), 3);
        QVERIFY(products.remove({u"prd-scarf"_s})); // tombstones may repeat
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestProductRepository)
#include "tst_productrepository.moc"
