// Return periods count in calendar days of the store's time zone, from delivery, as the BGB counts
// them: boundary days, local midnight, summer time changes, weekends and public holidays.
#include "ReturnTestData.h"
#include "ReturnWindow.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReturnWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void phaseAtTheBoundaries_data();
    void phaseAtTheBoundaries();
    void withdrawalExplanationNamesDeliveryAndLastDay();
    void goodwillExplanationSaysHowLongAgo();
    void unknownTimeZoneIsAnError();
};

void TestReturnWindow::phaseAtTheBoundaries_data() {
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QDateTime>("delivered"); // null: not delivered yet
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<ReturnPolicyConfig>("config");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("approvals");
    QTest::addColumn<bool>("canProceed");

    const QString webshop = u"webshop"_s;
    const QString berlin = u"Europe/Berlin"_s;
    const ReturnPolicyConfig standard;
    const QDateTime monday3rd = utc("2025-03-03T10:00:00"); // 11:00 CET
    const auto withdrawal = int(ReturnPhase::Withdrawal);
    const auto retailer = int(ReturnPhase::RetailerWindow);
    const auto goodwill = int(ReturnPhase::Goodwill);
    const auto expired = int(ReturnPhase::Expired);
    const QStringList none;
    const QStringList outside{u"outside_window"_s};

    // Delivered Monday 3 March: day 1 is 4 March, day 14 is Monday 17 March (CET, UTC+1).
    QTest::newRow("day 14, last second") << webshop << monday3rd << utc("2025-03-17T22:59:59") << berlin
                                         << standard << withdrawal << u"window.withdrawal"_s << none << true;
    QTest::newRow("day 15, first second (UTC still 17 March)")
        << webshop << monday3rd << utc("2025-03-17T23:00:00") << berlin << standard << retailer
        << u"window.retailer"_s << none << true;
    // Day 30 is Wednesday 2 April, already summer time (UTC+2).
    QTest::newRow("day 30, last second in summer time")
        << webshop << monday3rd << utc("2025-04-02T21:59:59") << berlin << standard << retailer
        << u"window.retailer"_s << none << true;
    QTest::newRow("day 31 needs a manager")
        << webshop << monday3rd << utc("2025-04-02T22:00:00") << berlin << standard << goodwill
        << u"window.goodwill"_s << outside << true;
    // Delivery late in the evening: the local day, not the UTC day, is the delivery day.
    QTest::newRow("delivered 23:59 local: counts from that day")
        << webshop << utc("2025-03-03T22:59:00") << utc("2025-03-17T23:00:00") << berlin << standard
        << retailer << u"window.retailer"_s << none << true;
    QTest::newRow("delivered 00:01 local (UTC day before): one day more")
        << webshop << utc("2025-03-03T23:01:00") << utc("2025-03-18T22:59:59") << berlin << standard
        << withdrawal << u"window.withdrawal"_s << none << true;
    // Delivered Saturday 1 March: day 14 is Saturday 15 March, so the period runs to Monday 17.
    QTest::newRow("ends on Saturday: runs to Monday")
        << webshop << utc("2025-03-01T10:00:00") << utc("2025-03-17T22:59:59") << berlin << standard
        << withdrawal << u"window.withdrawal_extended"_s << none << true;
    QTest::newRow("ends on Saturday: over on Tuesday")
        << webshop << utc("2025-03-01T10:00:00") << utc("2025-03-17T23:00:00") << berlin << standard
        << retailer << u"window.retailer"_s << none << true;
    // Delivered Friday 4 April: day 14 is Good Friday; Easter Monday follows the weekend.
    ReturnPolicyConfig easter;
    easter.publicHolidays = {QDate(2025, 4, 18), QDate(2025, 4, 21)};
    QTest::newRow("ends on Good Friday: runs to Tuesday after Easter")
        << webshop << utc("2025-04-04T10:00:00") << utc("2025-04-22T21:59:59") << berlin << easter
        << withdrawal << u"window.withdrawal_extended"_s << none << true;
    // Retailer window of 30 days from 28 February ends on 30 March, the day summer time starts.
    QTest::newRow("spring DST day: 23:59:59 CEST is still in")
        << webshop << utc("2025-02-28T12:00:00") << utc("2025-03-30T21:59:59") << berlin << standard
        << retailer << u"window.retailer"_s << none << true;
    QTest::newRow("spring DST day: midnight CEST is out (23:00 in CET)")
        << webshop << utc("2025-02-28T12:00:00") << utc("2025-03-30T22:00:00") << berlin << standard
        << goodwill << u"window.goodwill"_s << outside << true;
    // From 26 September the window ends on 26 October, the day summer time ends.
    QTest::newRow("autumn DST day: 23:30 CET is still in (00:30 in CEST)")
        << webshop << utc("2025-09-26T12:00:00") << utc("2025-10-26T22:30:00") << berlin << standard
        << retailer << u"window.retailer"_s << none << true;
    QTest::newRow("autumn DST day: midnight CET is out")
        << webshop << utc("2025-09-26T12:00:00") << utc("2025-10-26T23:00:00") << berlin << standard
        << goodwill << u"window.goodwill"_s << outside << true;
    // A store in another zone counts in its own calendar: 3 March 22:30 in New York is 4 March UTC.
    QTest::newRow("New York store: local day 17 March")
        << webshop << utc("2025-03-04T03:30:00") << utc("2025-03-18T03:59:59") << u"America/New_York"_s
        << standard << withdrawal << u"window.withdrawal"_s << none << true;
    QTest::newRow("New York store: local midnight is out (UTC still 18 March)")
        << webshop << utc("2025-03-04T03:30:00") << utc("2025-03-18T04:00:00") << u"America/New_York"_s
        << standard << retailer << u"window.retailer"_s << none << true;
    // A sale in the store has no statutory withdrawal, only the retailer's window from the sale.
    QTest::newRow("store sale: retailer window from the sale")
        << u"store"_s << QDateTime() << utc("2025-03-20T10:00:00") << berlin << standard << retailer
        << u"window.retailer_store"_s << none << true;
    QTest::newRow("store sale: day 31 needs a manager")
        << u"store"_s << QDateTime() << utc("2025-03-31T22:00:00") << berlin << standard << goodwill
        << u"window.goodwill"_s << outside << true;
    // The withdrawal period has not started before delivery; the retailer has to prove it.
    QTest::newRow("not delivered yet: a withdrawal")
        << webshop << QDateTime() << utc("2025-06-01T10:00:00") << berlin << standard << withdrawal
        << u"window.not_delivered"_s << none << true;
    ReturnPolicyConfig shortWindow;
    shortWindow.retailerWindowDays = 0;
    QTest::newRow("no retailer window: the withdrawal right stays")
        << u"app"_s << monday3rd << utc("2025-03-17T12:00:00") << berlin << shortWindow << withdrawal
        << u"window.withdrawal"_s << none << true;
    QTest::newRow("no retailer window: day 15 is goodwill")
        << u"phone"_s << monday3rd << utc("2025-03-18T12:00:00") << berlin << shortWindow << goodwill
        << u"window.goodwill"_s << outside << true;
    ReturnPolicyConfig month;
    month.goodwillDaysBeyondWindow = 30;
    QTest::newRow("goodwill limit, its last day")
        << webshop << monday3rd << utc("2025-05-02T21:59:59") << berlin << month << goodwill
        << u"window.goodwill"_s << outside << true;
    QTest::newRow("goodwill limit passed: refused")
        << webshop << monday3rd << utc("2025-05-02T22:00:00") << berlin << month << expired
        << u"window.expired"_s << none << false;
    ReturnPolicyConfig noGoodwill;
    noGoodwill.goodwillDaysBeyondWindow = 0;
    QTest::newRow("no goodwill: day 31 refused")
        << webshop << monday3rd << utc("2025-04-02T22:00:00") << berlin << noGoodwill << expired
        << u"window.expired_no_goodwill"_s << none << false;
    QTest::newRow("no goodwill: day 30 still fine")
        << webshop << monday3rd << utc("2025-04-02T21:59:59") << berlin << noGoodwill << retailer
        << u"window.retailer"_s << none << true;
}

void TestReturnWindow::phaseAtTheBoundaries() {
    QFETCH(QString, channel);
    QFETCH(QDateTime, delivered);
    QFETCH(QDateTime, now);
    QFETCH(QString, zone);
    QFETCH(ReturnPolicyConfig, config);
    QFETCH(int, phase);
    QFETCH(QString, code);
    QFETCH(QStringList, approvals);
    QFETCH(bool, canProceed);

    ReturnOrderFacts order = webshopOrder();
    order.channel = channel;
    order.deliveredAtUtc = delivered;
    order.storeTimeZone = zone;
    if (channel == u"store") {
        order.placedAtUtc = utc("2025-03-01T10:00:00");
        order.totalPaid -= order.shippingPaid;
        order.shippingPaid = Money::eur(0);
    }
    const Result<ReturnDecision> decision =
        ReturnPolicy(config).evaluate(order, request({askFor("1", 1)}), now);
    QVERIFY2(decision.ok(), qPrintable(decision.error().toString()));
    QCOMPARE(int(decision->window.phase), phase);
    QCOMPARE(decision->explanations.constFirst().code, code);
    QCOMPARE(decision->approvalRuleNames(), approvals);
    QCOMPARE(decision->canProceed(), canProceed);
    QCOMPARE(decision->total, canProceed ? Money::eur(2995) : Money::eur(0));
    for (const ReturnExplanation& e : decision->explanations) {
        QVERIFY2(!e.text.isEmpty(), qPrintable(e.code));
        QVERIFY2(!e.text.contains(u'%'), qPrintable(e.text));
    }
}

void TestReturnWindow::withdrawalExplanationNamesDeliveryAndLastDay() {
    const Result<ReturnDecision> decision =
        ReturnPolicy().evaluate(webshopOrder(), request({askFor("1", 1)}), utc("2025-03-10T09:00:00"));
    QVERIFY(decision.ok());
    QCOMPARE(
        decision->explanations.constFirst().text,
        u"Returned within the 14-day withdrawal period (delivered on 3 March 2025, last day 17 March 2025)."_s);
    QCOMPARE(decision->window.startDate, QDate(2025, 3, 3));
    QCOMPARE(decision->window.withdrawalLastDay, QDate(2025, 3, 17));
    QCOMPARE(decision->window.retailerLastDay, QDate(2025, 4, 2));
}

void TestReturnWindow::goodwillExplanationSaysHowLongAgo() {
    const Result<ReturnDecision> decision =
        ReturnPolicy().evaluate(webshopOrder(), request({askFor("1", 1)}), utc("2025-04-05T09:00:00"));
    QVERIFY(decision.ok());
    const ReturnExplanation& e = decision->explanations.constFirst();
    QCOMPARE(e.code, u"window.goodwill"_s);
    QCOMPARE(e.params.value(u"daysAgo"_s).toInt(), 3);
    QVERIFY2(e.text.startsWith(u"The return window ended on 2 April 2025, 3 day"_s), qPrintable(e.text));
}

void TestReturnWindow::unknownTimeZoneIsAnError() {
    ReturnOrderFacts order = webshopOrder();
    order.storeTimeZone = u"Europe/Atlantis"_s;
    const Result<ReturnDecision> decision =
        ReturnPolicy().evaluate(order, request({askFor("1", 1)}), utc("2025-03-10T09:00:00"));
    QVERIFY(!decision.ok());
    QCOMPARE(decision.error().code, u"return.invalid_order"_s);
}

QTEST_GUILESS_MAIN(TestReturnWindow)
#include "tst_returnwindow.moc"
