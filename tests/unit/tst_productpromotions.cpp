// Product promotions on the device: the one pricing rule (promotion price until ends_at), the
// products feed codec (null, absent, malformed), the cache keeping them, and the counter's cart
// taking the promotion price while it runs and the regular price after.
#include "CartChanges.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DomainExamples.h"
#include "MockClock.h"
#include "ProductJson.h"
#include "ProductPricing.h"
#include "ProductRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

const QDateTime kEnds(QDate(2026, 1, 31), QTime(22, 59, 59), Qt::UTC);
const QString kEan = u"4006381333931"_s;
const QString kCustomer = u"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57"_s;

Product jacket(std::optional<ProductPromotion> promotion) {
    Product p = ProductJson::fromJson(Ex::product()).value();
    p.promotion = std::move(promotion);
    return p;
}

ProductPromotion sale(qint64 cents, const QString& currency = u"EUR"_s, QDateTime ends = kEnds) {
    return ProductPromotion{u"Winterschlussverkauf −20 %"_s, Money{cents, currency}, std::move(ends)};
}

} // namespace

class TestProductPromotions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void effectivePriceIsThePromotionPriceUntilItEnds_data() {
        QTest::addColumn<QString>("promotion");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("no promotion") << u"none"_s << kEnds.addDays(-3) << qint64(12995);
        QTest::newRow("running") << u"sale"_s << kEnds.addDays(-3) << qint64(10395);
        QTest::newRow("last second") << u"sale"_s << kEnds.addSecs(-1) << qint64(10395);
        QTest::newRow("at its end") << u"sale"_s << kEnds << qint64(12995);
        QTest::newRow("ended") << u"sale"_s << kEnds.addDays(1) << qint64(12995);
        QTest::newRow("other currency") << u"chf"_s << kEnds.addDays(-3) << qint64(12995);
        QTest::newRow("no end") << u"endless"_s << kEnds.addDays(-3) << qint64(12995);
    }
    void effectivePriceIsThePromotionPriceUntilItEnds() {
        QFETCH(QString, promotion);
        QFETCH(QDateTime, at);
        QFETCH(qint64, cents);
        std::optional<ProductPromotion> given;
        if (promotion == u"sale")
            given = sale(10395);
        if (promotion == u"chf")
            given = sale(9900, u"CHF"_s);
        if (promotion == u"endless")
            given = sale(10395, u"EUR"_s, QDateTime());
        const Product product = jacket(given);
        QCOMPARE(ProductPricing::effectiveUnitPrice(product, at), Money::eur(cents));
        QCOMPARE(ProductPricing::promotionRuns(product, at), cents != product.price.cents);
    }

    void codecReadsAndWritesThePromotion() {
        const Result<Product> example = ProductJson::fromJson(Ex::product());
        QVERIFY2(example, qPrintable(example.error().detail));
        QVERIFY(example->promotion);
        QCOMPARE(example->promotion->label, u"Winterschlussverkauf −20 %"_s);
        QCOMPARE(example->promotion->price, Money::eur(10395));
        QCOMPARE(example->promotion->endsAt, QDateTime(QDate(2025, 3, 15), QTime(22, 59, 59), Qt::UTC));
        const QJsonObject written = ProductJson::toJson(example.value());
        QCOMPARE(written[u"promotion"][u"price"][u"amount"].toInt(), 10395);
        QCOMPARE(ProductJson::fromJson(written).value(), example.value());

        QJsonObject none = Ex::product();
        none.insert(u"promotion"_s, QJsonValue());
        QVERIFY(!ProductJson::fromJson(none).value().promotion);
        QVERIFY(ProductJson::toJson(ProductJson::fromJson(none).value())[u"promotion"].isNull());
        none.remove(u"promotion"_s); // another backend without promotions
        QVERIFY(!ProductJson::fromJson(none).value().promotion);
    }

    void malformedPromotionIsRefused_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("not an object") << u"promotion"_s << QJsonValue(u"20 %"_s);
        QTest::newRow("empty label") << u"promotion/label"_s << QJsonValue(u""_s);
        QTest::newRow("price not money") << u"promotion/price"_s << QJsonValue(103.95);
        QTest::newRow("other currency")
            << u"promotion/price"_s
            << QJsonValue(QJsonObject{{u"amount"_s, 9900}, {u"currency"_s, u"CHF"_s}});
        QTest::newRow("end not UTC") << u"promotion/ends_at"_s << QJsonValue(u"2025-03-15T23:59:59"_s);
    }
    void malformedPromotionIsRefused() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const Result<Product> read = ProductJson::fromJson(Ex::withValue(Ex::product(), path, value));
        QVERIFY(!read);
        QVERIFY2(read.error().detail.contains(u"promotion"_s), qPrintable(read.error().detail));
    }

    void cacheKeepsThePromotion() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(db);
        ProductRepository products(db.value()->sql());
        QVERIFY(products.upsert({jacket(sale(10395))}));
        QCOMPARE(products.findByEan(kEan)->promotion, std::optional<ProductPromotion>(sale(10395)));
        QVERIFY(products.upsert({jacket(std::nullopt)})); // the promotion was withdrawn
        QVERIFY(!products.findBySku(u"JKT-4711-M-NAVY"_s)->promotion);
    }

    void counterCartTakesThePromotionPriceWhileItRuns() {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(opened);
        Database& db = *opened.value();
        Customer customer;
        customer.id = kCustomer;
        customer.version = 1;
        QVERIFY(CustomerRepository(db.sql()).upsert({customer}));
        QVERIFY(ProductRepository(db.sql()).upsert({jacket(sale(10395))}));
        MockClock clock(kEnds.addDays(-2));
        const auto during =
            CartChanges(db, clock).addToStoreCart(kCustomer, kEan, 1, u"st-hh-0012"_s, u"hh"_s);
        QVERIFY(during);
        QCOMPARE(during->cart.lines.at(0).unitPrice, Money::eur(10395));
        clock.set(kEnds.addDays(1));
        const auto after =
            CartChanges(db, clock).addToStoreCart(kCustomer, kEan, 1, u"st-hh-0012"_s, u"hh"_s);
        QVERIFY(after);
        QCOMPARE(after->cart.lines.at(0).quantity, 2);
        QCOMPARE(after->cart.lines.at(0).unitPrice, Money::eur(12995)); // the line follows today's price
    }
};

QTEST_GUILESS_MAIN(TestProductPromotions)
#include "tst_productpromotions.moc"
