// A cart's totals as the counter and `theke-ctl cart show` show them: VAT per rate from the gross sum
// of that rate (not summed from rounded line shares), net = total − VAT, pieces, and what happens to
// articles the device does not know (counted in the total, VAT marked incomplete).
#include "CartMerge.h"
#include "CartTotals.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "SKU:quantity:cents:rate[:currency]" lines joined by ';' — rate in percent, '-' for an article the
// cache does not know.
struct Spec {
    QList<CartLine> lines;
    QHash<QString, int> rates;
};

Spec parse(const QString& text) {
    Spec spec;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList f = part.split(u':');
        CartLine line{f[0], f[0], f[1].toInt(), Money{f[2].toLongLong(), f.size() > 4 ? f[4] : u"EUR"_s}};
        spec.lines.append(line);
        if (f[3] != u"-")
            spec.rates.insert(f[0], f[3].toInt() * 100);
    }
    return spec;
}

CartTotals totalsOf(const Spec& spec) {
    return CartTotals::of(spec.lines, [&spec](const QString& sku) -> std::optional<int> {
        if (!spec.rates.contains(sku))
            return std::nullopt;
        return spec.rates.value(sku);
    });
}

qint64 vatAt(const CartTotals& totals, int rate) {
    for (const CartTotals::Rate& r : totals.byRate) {
        if (r.vatRate == rate)
            return r.vat.cents;
    }
    return -1;
}

} // namespace

class TestCartTotals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totalsFollowTheReceiptRules_data() {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("vat19");
        QTest::addColumn<qint64>("vat7");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("pieces");
        QTest::addColumn<bool>("complete");

        QTest::newRow("empty cart") << QString() << qint64(0) << qint64(-1) << qint64(-1) << qint64(0)
                                    << qint64(0) << true;
        // 129,95 € × 19/119 = 20,748… → 20,75 €.
        QTest::newRow("one jacket") << u"JKT:1:12995:19"_s << qint64(12995) << qint64(2075) << qint64(-1)
                                    << qint64(10920) << qint64(1) << true;
        // 2 × 4,99 € = 9,98 € at 7 % holds 0,6528… → 0,65 €.
        QTest::newRow("mixed rates") << u"JKT:1:12995:19;BOOK:2:499:7"_s << qint64(13993) << qint64(2075)
                                     << qint64(65) << qint64(13993 - 2075 - 65) << qint64(3) << true;
        // Three lines of 0,10 €: each line's share rounds to 0,02 € (0,016), the rate's sum of
        // 0,30 € holds 0,0479 → 0,05 €, not 0,06 €.
        QTest::newRow("rate sum, not line shares")
            << u"A:1:10:19;B:1:10:19;C:1:10:19"_s << qint64(30) << qint64(5) << qint64(-1) << qint64(25)
            << qint64(3) << true;
        // One cent holds no VAT at all.
        QTest::newRow("one cent") << u"A:1:1:19"_s << qint64(1) << qint64(0) << qint64(-1) << qint64(1)
                                  << qint64(1) << true;
        // 119,00 € at 19 % is exactly 19,00 €; 107,00 € at 7 % exactly 7,00 €.
        QTest::newRow("exact shares") << u"A:1:11900:19;B:1:10700:7"_s << qint64(22600) << qint64(1900)
                                      << qint64(700) << qint64(20000) << qint64(2) << true;
        // 999 pieces of 9.999,99 € = 9.989.990,01 €; VAT 1.595.040,42 € (…,4217…), exact to the cent.
        QTest::newRow("large quantity") << u"A:999:999999:19"_s << qint64(998999001) << qint64(159504042)
                                        << qint64(-1) << qint64(998999001 - 159504042) << qint64(999) << true;
        // The largest quantity a line can hold, at 9.999,99 €: no overflow.
        QTest::newRow("int max pieces")
            << u"A:2147483647:999999:7"_s << qint64(2147483647) * 999999 << qint64(-1)
            << qint64(140489443893593) << qint64(2147483647) * 999999 - 140489443893593 << qint64(2147483647)
            << true;
        // An article this device does not know: in the total, not in any rate; VAT incomplete.
        QTest::newRow("unknown article") << u"JKT:1:12995:19;NEW:1:1000:-"_s << qint64(13995) << qint64(2075)
                                         << qint64(-1) << qint64(13995 - 2075) << qint64(2) << false;
        // A line in another currency counts nowhere.
        QTest::newRow("other currency") << u"JKT:1:12995:19;CH:1:5000:19:CHF"_s << qint64(12995)
                                        << qint64(2075) << qint64(-1) << qint64(10920) << qint64(1) << false;
    }
    void totalsFollowTheReceiptRules() {
        QFETCH(QString, lines);
        QFETCH(qint64, total);
        QFETCH(qint64, vat19);
        QFETCH(qint64, vat7);
        QFETCH(qint64, net);
        QFETCH(qint64, pieces);
        QFETCH(bool, complete);
        const CartTotals totals = totalsOf(parse(lines));
        QCOMPARE(totals.total, Money::eur(total));
        QCOMPARE(vatAt(totals, 1900), vat19);
        QCOMPARE(vatAt(totals, 700), vat7);
        QCOMPARE(totals.net, Money::eur(net));
        QCOMPARE(totals.vat + totals.net, totals.total);
        QCOMPARE(totals.pieces, pieces);
        QCOMPARE(totals.vatComplete, complete);
        QCOMPARE(totals.lines.size(), parse(lines).lines.size());
    }

    void ratesComeInAscendingOrderWithTheirGrossAndNet() {
        const CartTotals totals = totalsOf(parse(u"JKT:1:12995:19;BOOK:2:499:7;SCF:1:2995:19"_s));
        QCOMPARE(totals.byRate.size(), 2);
        QCOMPARE(totals.byRate[0].vatRate, 700);
        QCOMPARE(totals.byRate[0].gross, Money::eur(998));
        QCOMPARE(totals.byRate[1].vatRate, 1900);
        QCOMPARE(totals.byRate[1].gross, Money::eur(15990));
        QCOMPARE(totals.byRate[1].vat, Money::eur(2553)); // 159,90 × 19/119 = 25,530…
        QCOMPARE(totals.byRate[1].net, Money::eur(15990 - 2553));
    }

    void unknownAndUncountedArticlesAreNamed() {
        const CartTotals totals = totalsOf(parse(u"JKT:1:12995:19;NEW:2:1000:-;CH:1:5000:19:CHF"_s));
        QCOMPARE(totals.skusWithoutRate, QStringList{u"NEW"_s});
        QCOMPARE(totals.uncountedSkus, QStringList{u"CH"_s});
        QVERIFY(!totals.lines[1].vatRate.has_value());
        QCOMPARE(totals.lines[1].total, Money::eur(2000));
        QVERIFY(!totals.lines[2].counted);
        QCOMPARE(totals.lines[0].vat, Money::eur(2075));
    }

    void mergeKeepsEveryArticleWithTheLargerQuantity_data() {
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("merged"); // SKU:quantity in order
        QTest::newRow("both added different articles") << u"A:1:100:19"_s << u"B:2:100:19"_s << u"A:1,B:2"_s;
        QTest::newRow("larger quantity wins")
            << u"A:3:100:19;B:1:100:19"_s << u"A:1:100:19;B:4:100:19"_s << u"A:3,B:4"_s;
        QTest::newRow("customer removed, device kept")
            << u"B:1:100:19"_s << u"A:1:100:19;B:1:100:19"_s << u"B:1,A:1"_s;
        QTest::newRow("empty on both sides") << QString() << QString() << QString();
    }
    void mergeKeepsEveryArticleWithTheLargerQuantity() {
        QFETCH(QString, theirs);
        QFETCH(QString, mine);
        QFETCH(QString, merged);
        QStringList got;
        for (const CartLine& line : CartMerge::unionByLargerQuantity(parse(theirs).lines, parse(mine).lines))
            got << u"%1:%2"_s.arg(line.sku).arg(line.quantity);
        QCOMPARE(got.join(u','), merged);
    }

    void mergeTakesTheServersPriceForAnArticleBothHave() {
        const QList<CartLine> merged =
            CartMerge::unionByLargerQuantity(parse(u"A:1:900:19"_s).lines, parse(u"A:2:1000:19"_s).lines);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged[0].quantity, 2);
        QCOMPARE(merged[0].unitPrice, Money::eur(900));
        QVERIFY(
            CartMerge::sameContent(parse(u"A:1:1:19;B:2:1:19"_s).lines, parse(u"B:2:5:7;A:1:1:19"_s).lines));
        QVERIFY(!CartMerge::sameContent(parse(u"A:1:1:19"_s).lines, parse(u"A:2:1:19"_s).lines));
    }
};

QTEST_GUILESS_MAIN(TestCartTotals)
#include "tst_carttotals.moc"
