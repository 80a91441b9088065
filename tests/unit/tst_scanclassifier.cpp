#include "ScanClassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestScanClassifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routesEveryIdentifierKind_data();
    void routesEveryIdentifierKind();
    void pickupQrCarriesOrderAndCode();
};

void TestScanClassifier::routesEveryIdentifierKind_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<ScanKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::newRow("nothing") << u"   "_s << ScanKind::Empty << QString();
    QTest::newRow("customer no.") << u"K1004711"_s << ScanKind::CustomerNo << u"K1004711"_s;
    QTest::newRow("customer no. typed lower") << u" k1004711 "_s << ScanKind::CustomerNo << u"K1004711"_s;
    QTest::newRow("loyalty card") << u"2991004711000"_s << ScanKind::LoyaltyCard << u"2991004711000"_s;
    QTest::newRow("loyalty prefix, wrong check digit")
        << u"2991004711003"_s << ScanKind::Name << u"2991004711003"_s;
    QTest::newRow("e-mail") << u"Juergen.Weiss@example.de"_s << ScanKind::Email
                            << u"juergen.weiss@example.de"_s;
    QTest::newRow("mobile +49") << u"+49 151 12345678"_s << ScanKind::Phone << u"+49 151 12345678"_s;
    QTest::newRow("landline national") << u"040 1234567"_s << ScanKind::Phone << u"040 1234567"_s;
    QTest::newRow("web shop order") << u"W-2025-0048213"_s << ScanKind::OrderNo << u"W-2025-0048213"_s;
    QTest::newRow("app order lower case") << u"a-2025-0012345"_s << ScanKind::OrderNo << u"A-2025-0012345"_s;
    QTest::newRow("marketplace order") << u"M-2024-0099001"_s << ScanKind::OrderNo << u"M-2024-0099001"_s;
    QTest::newRow("store receipt") << u"F-2025-1000001"_s << ScanKind::OrderNo << u"F-2025-1000001"_s;
    QTest::newRow("pickup QR") << u"THEKE-PICKUP:W-2025-0051177:K7M2QX"_s << ScanKind::PickupQr
                               << u"K7M2QX"_s;
    QTest::newRow("pickup code") << u"K7M2QX"_s << ScanKind::PickupCode << u"K7M2QX"_s;
    QTest::newRow("pickup code typed") << u"k7m-2qx"_s << ScanKind::PickupCode << u"K7M2QX"_s;
    QTest::newRow("six-letter name is no code") << u"Becker"_s << ScanKind::Name << u"Becker"_s;
    QTest::newRow("EAN-13") << u"4006381333931"_s << ScanKind::Ean << u"4006381333931"_s;
    QTest::newRow("EAN-8") << u"96385074"_s << ScanKind::Ean << u"96385074"_s;
    QTest::newRow("13 digits, wrong check digit")
        << u"4006381333932"_s << ScanKind::Name << u"4006381333932"_s;
    QTest::newRow("SKU") << u"JKT-4711-M-NAVY"_s << ScanKind::Sku << u"JKT-4711-M-NAVY"_s;
    QTest::newRow("SKU lower") << u"scf-0815-one-grey"_s << ScanKind::Sku << u"SCF-0815-ONE-GREY"_s;
    QTest::newRow("name") << u"Jürgen Weiß"_s << ScanKind::Name << u"Jürgen Weiß"_s;
    QTest::newRow("double name") << u"Müller-Lüdenscheidt"_s << ScanKind::Name << u"Müller-Lüdenscheidt"_s;
    QTest::newRow("short digits") << u"4711"_s << ScanKind::Name << u"4711"_s;
}

void TestScanClassifier::routesEveryIdentifierKind() {
    QFETCH(QString, input);
    QFETCH(ScanKind, kind);
    QFETCH(QString, value);
    const ScanResult result = ScanClassifier::classify(input);
    QCOMPARE(int(result.kind), int(kind));
    QCOMPARE(result.value, value);
}

void TestScanClassifier::pickupQrCarriesOrderAndCode() {
    const ScanResult result = ScanClassifier::classify(u"THEKE-PICKUP:W-2025-0051177:k7m2qx"_s);
    QCOMPARE(int(result.kind), int(ScanKind::PickupQr));
    QCOMPARE(result.orderNo, u"W-2025-0051177"_s);
    QCOMPARE(result.value, u"K7M2QX"_s);
    QCOMPARE(ScanClassifier::classify(u"W-2025-0048213"_s).orderNo, u"W-2025-0048213"_s);
}

QTEST_GUILESS_MAIN(TestScanClassifier)
#include "tst_scanclassifier.moc"
