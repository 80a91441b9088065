#include "PhoneNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPhoneNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toE164NormalisesGermanNumbers_data();
    void toE164NormalisesGermanNumbers();
    void toE164RejectsWhatIsNoPhoneNumber_data();
    void toE164RejectsWhatIsNoPhoneNumber();
    void toE164UsesTheGivenDefaultCountry();
    void displayGroupsGermanNumbers_data();
    void displayGroupsGermanNumbers();
};

void TestPhoneNumber::toE164NormalisesGermanNumbers_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile national") << u"0151 12345678"_s << u"+4915112345678"_s;
    QTest::newRow("mobile with dash") << u"0151-1234 5678"_s << u"+4915112345678"_s;
    QTest::newRow("mobile with slash") << u"0151/12345678"_s << u"+4915112345678"_s;
    QTest::newRow("area code in brackets") << u"(0151) 1234 5678"_s << u"+4915112345678"_s;
    QTest::newRow("landline Berlin") << u"030 1234567"_s << u"+49301234567"_s;
    QTest::newRow("landline with dots") << u"089.123.456"_s << u"+4989123456"_s;
    QTest::newRow("+49") << u"+49 151 1234-5678"_s << u"+4915112345678"_s;
    QTest::newRow("0049") << u"0049 151 12345678"_s << u"+4915112345678"_s;
    QTest::newRow("+49 (0)") << u"+49 (0)151 12345678"_s << u"+4915112345678"_s;
    QTest::newRow("+49 0") << u"+49 0151 12345678"_s << u"+4915112345678"_s;
    QTest::newRow("already E.164") << u"+4915112345678"_s << u"+4915112345678"_s;
    QTest::newRow("Austria") << u"+43 1 234567"_s << u"+431234567"_s;
    QTest::newRow("Austria (0)") << u"+43 (0)1 234567"_s << u"+431234567"_s;
    QTest::newRow("surrounding space") << u"  030 1234567 "_s << u"+49301234567"_s;
    QTest::newRow("without trunk 0: national number") << u"151 12345678"_s << u"+4915112345678"_s;
}

void TestPhoneNumber::toE164NormalisesGermanNumbers() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumber::toE164(input), expected);
}

void TestPhoneNumber::toE164RejectsWhatIsNoPhoneNumber_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("text") << u"ruft zurück"_s;
    QTest::newRow("digits with letters") << u"0151 1234 ABC"_s;
    QTest::newRow("e-mail") << u"anna@example.de"_s;
    QTest::newRow("plus only") << u"+"_s;
    QTest::newRow("two plus signs") << u"++49 151 12345678"_s;
    QTest::newRow("too short") << u"0151"_s;
    QTest::newRow("too short international") << u"+49 12"_s;
    QTest::newRow("too long") << u"+49 151 1234 5678 9012"_s;
    QTest::newRow("too long national") << u"0151 1234 5678 90123"_s;
}

void TestPhoneNumber::toE164RejectsWhatIsNoPhoneNumber() {
    QFETCH(QString, input);
    QCOMPARE(PhoneNumber::toE164(input), QString());
}

void TestPhoneNumber::toE164UsesTheGivenDefaultCountry() {
    QCOMPARE(PhoneNumber::toE164(u"01 234567"_s, u"43"_s), u"+431234567"_s);
    QCOMPARE(PhoneNumber::toE164(u"+49 151 12345678"_s, u"43"_s), u"+4915112345678"_s);
}

void TestPhoneNumber::displayGroupsGermanNumbers_data() {
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile") << u"+4915112345678"_s << u"+49 151 12345678"_s;
    QTest::newRow("mobile 176") << u"+4917655512345"_s << u"+49 176 55512345"_s;
    QTest::newRow("Berlin") << u"+49301353216"_s << u"+49 30 1353216"_s;
    QTest::newRow("Hamburg") << u"+494012345678"_s << u"+49 40 12345678"_s;
    QTest::newRow("München") << u"+49891234567"_s << u"+49 89 1234567"_s;
    QTest::newRow("Köln") << u"+492211234567"_s << u"+49 221 1234567"_s;
    QTest::newRow("Würzburg") << u"+4993129176476"_s << u"+49 931 29176476"_s;
    QTest::newRow("Potsdam") << u"+49331123456"_s << u"+49 331 123456"_s;
    QTest::newRow("four-digit code") << u"+4933201123456"_s << u"+49 3320 1123456"_s;
    QTest::newRow("foreign unchanged") << u"+431234567"_s << u"+431234567"_s;
    QTest::newRow("too short unchanged") << u"+4930"_s << u"+4930"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPhoneNumber::displayGroupsGermanNumbers() {
    QFETCH(QString, e164);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumber::display(e164), expected);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
