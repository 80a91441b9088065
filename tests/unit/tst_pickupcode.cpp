#include "PickupCode.h"
#include "PinHash.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPickupCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normaliseAcceptsHowPeopleType_data();
    void normaliseAcceptsHowPeopleType();
    void wellFormedIsSixLettersOrDigits_data();
    void wellFormedIsSixLettersOrDigits();
    void qrPayloadRoundTrips();
    void parseQrRefusesOtherScans_data();
    void parseQrRefusesOtherScans();
    void matchesChecksTheHashOffline();
    void matchesRefusesWeakOrBrokenHashes();
};

void TestPickupCode::normaliseAcceptsHowPeopleType_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("as printed") << u"K7M2QX"_s << u"K7M2QX"_s;
    QTest::newRow("lower case") << u"k7m2qx"_s << u"K7M2QX"_s;
    QTest::newRow("grouped with space") << u"K7M 2QX"_s << u"K7M2QX"_s;
    QTest::newRow("grouped with dash") << u"k7m-2qx "_s << u"K7M2QX"_s;
}

void TestPickupCode::normaliseAcceptsHowPeopleType() {
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QCOMPARE(PickupCode::normalise(typed), code);
}

void TestPickupCode::wellFormedIsSixLettersOrDigits_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("letters and digits") << u"K7M2QX"_s << true;
    QTest::newRow("digits only") << u"123456"_s << true;
    QTest::newRow("five") << u"K7M2Q"_s << false;
    QTest::newRow("seven") << u"K7M2QXA"_s << false;
    QTest::newRow("umlaut") << u"K7M2QÄ"_s << false;
    QTest::newRow("lower case is not normalised") << u"k7m2qx"_s << false;
}

void TestPickupCode::wellFormedIsSixLettersOrDigits() {
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);
    QCOMPARE(PickupCode::isWellFormed(code), wellFormed);
}

void TestPickupCode::qrPayloadRoundTrips() {
    const QString payload = PickupCode::qrPayload(u"W-2025-0051177"_s, u"k7m2qx"_s);
    QCOMPARE(payload, u"THEKE-PICKUP:W-2025-0051177:K7M2QX"_s);
    const auto scan = PickupCode::parseQr(payload);
    QVERIFY(scan.has_value());
    QCOMPARE(scan->orderNo, u"W-2025-0051177"_s);
    QCOMPARE(scan->code, u"K7M2QX"_s);
}

void TestPickupCode::parseQrRefusesOtherScans_data() {
    QTest::addColumn<QString>("scan");
    QTest::newRow("an EAN") << u"4006381333931"_s;
    QTest::newRow("a bare code") << u"K7M2QX"_s;
    QTest::newRow("no order number") << u"THEKE-PICKUP::K7M2QX"_s;
    QTest::newRow("short code") << u"THEKE-PICKUP:W-2025-0051177:K7M2"_s;
    QTest::newRow("other prefix") << u"PICKUP:W-2025-0051177:K7M2QX"_s;
}

void TestPickupCode::parseQrRefusesOtherScans() {
    QFETCH(QString, scan);
    QVERIFY(!PickupCode::parseQr(scan).has_value());
}

void TestPickupCode::matchesChecksTheHashOffline() {
    const QString descriptor = PinHash::createWithSalt(u"K7M2QX"_s, QByteArrayLiteral("0123456789abcdef"),
                                                       PickupCode::kMinimumIterations);
    QVERIFY(PickupCode::matches(u"K7M2QX"_s, descriptor));
    QVERIFY(PickupCode::matches(u"k7m 2qx"_s, descriptor));
    QVERIFY(!PickupCode::matches(u"K7M2QY"_s, descriptor));
    QVERIFY(!PickupCode::matches(QString(), descriptor));
}

void TestPickupCode::matchesRefusesWeakOrBrokenHashes() {
    const QString weak = PinHash::createWithSalt(u"K7M2QX"_s, QByteArrayLiteral("0123456789abcdef"), 1000);
    QVERIFY(!PickupCode::matches(u"K7M2QX"_s, weak));
    QVERIFY(!PickupCode::matches(u"K7M2QX"_s, u"{}"_s));
    QVERIFY(!PickupCode::matches(u"K7M2QX"_s, u"not json"_s));
}

QTEST_GUILESS_MAIN(TestPickupCode)
#include "tst_pickupcode.moc"
