#include "Money.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vatShareOfGrossRoundsToTheCent_data();
    void vatShareOfGrossRoundsToTheCent();
    void scaledRoundsHalfAwayFromZero_data();
    void scaledRoundsHalfAwayFromZero();
    void displayStringFollowsTheLocale();
    void jsonRoundTrip();
    void fromJsonRefusesWhatIsNoMoney_data();
    void fromJsonRefusesWhatIsNoMoney();
};

void TestMoney::vatShareOfGrossRoundsToTheCent_data() {
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<int>("rate");
    QTest::addColumn<qint64>("vat");
    // 119.00 € at 19 % holds exactly 19.00 €.
    QTest::newRow("19 % exact") << qint64(11900) << 1900 << qint64(1900);
    // 129.95 € * 19/119 = 20.748… → 20.75 €.
    QTest::newRow("19 % rounds up") << qint64(12995) << 1900 << qint64(2075);
    // 29.95 € * 19/119 = 4.7819… → 4.78 €.
    QTest::newRow("19 % rounds down") << qint64(2995) << 1900 << qint64(478);
    // 10.70 € at 7 % holds 0.70 €.
    QTest::newRow("7 % exact") << qint64(1070) << 700 << qint64(70);
    // 0.01 € at 19 % holds 0.0016 € → 0.00 €.
    QTest::newRow("one cent") << qint64(1) << 1900 << qint64(0);
    QTest::newRow("no VAT") << qint64(5000) << 0 << qint64(0);
    // A refund (negative gross) rounds symmetrically.
    QTest::newRow("negative") << qint64(-12995) << 1900 << qint64(-2075);
}

void TestMoney::vatShareOfGrossRoundsToTheCent() {
    QFETCH(qint64, gross);
    QFETCH(int, rate);
    QFETCH(qint64, vat);
    QCOMPARE(Money::eur(gross).vatShareOfGross(rate), Money::eur(vat));
}

void TestMoney::scaledRoundsHalfAwayFromZero_data() {
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("one of three") << qint64(1000) << qint64(1) << qint64(3) << qint64(333);
    QTest::newRow("two of three") << qint64(1000) << qint64(2) << qint64(3) << qint64(667);
    QTest::newRow("half cent up") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("half cent negative") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
    QTest::newRow("whole") << qint64(8990) << qint64(4) << qint64(4) << qint64(8990);
    QTest::newRow("bad denominator") << qint64(8990) << qint64(1) << qint64(0) << qint64(0);
}

void TestMoney::scaledRoundsHalfAwayFromZero() {
    QFETCH(qint64, cents);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(Money::eur(cents).scaled(numerator, denominator).cents, expected);
}

void TestMoney::displayStringFollowsTheLocale() {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Money::eur(123456).toDisplayString(), u"1.234,56 €"_s);
    QCOMPARE(Money::eur(-5).toDisplayString(), u"-0,05 €"_s);
    QCOMPARE((Money{1200, u"CHF"_s}).toDisplayString(), u"12,00 CHF"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Money::eur(123456).toDisplayString(), u"1,234.56 €"_s);
    QLocale::setDefault(before);
}

void TestMoney::jsonRoundTrip() {
    const Money price{12995, u"CHF"_s};
    const auto back = Money::fromJson(price.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(*back, price);
    QVERIFY(!back->sameCurrency(Money::eur(1)));
}

void TestMoney::fromJsonRefusesWhatIsNoMoney_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("fraction") << QByteArray(R"({"amount": 12.5, "currency": "EUR"})");
    QTest::newRow("string amount") << QByteArray(R"({"amount": "1250", "currency": "EUR"})");
    QTest::newRow("lower-case currency") << QByteArray(R"({"amount": 1250, "currency": "eur"})");
    QTest::newRow("no currency") << QByteArray(R"({"amount": 1250})");
    QTest::newRow("huge") << QByteArray(R"({"amount": 1e300, "currency": "EUR"})");
}

void TestMoney::fromJsonRefusesWhatIsNoMoney() {
    QFETCH(QByteArray, json);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!Money::fromJson(object).has_value());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
