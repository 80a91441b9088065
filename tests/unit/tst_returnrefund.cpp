// The refund of a return: never more than was paid (shipping, order discounts, earlier refunds,
// damaged goods, approvals above a limit or after the window) and to which payment method it goes.
#include "ReturnDecisionChecks.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReturnRefund : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void refundNeverExceedsWhatWasPaid_data();
    void refundNeverExceedsWhatWasPaid();
    void refundGoesToTheChosenMethod_data();
    void refundGoesToTheChosenMethod();
};

void TestReturnRefund::refundNeverExceedsWhatWasPaid_data() {
    QTest::addColumn<ReturnOrderFacts>("order");
    QTest::addColumn<ReturnRequest>("asked");
    QTest::addColumn<ReturnPolicyConfig>("config");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("goods");
    QTest::addColumn<qint64>("shipping");
    QTest::addColumn<QStringList>("approvals");
    QTest::addColumn<QStringList>("codes"); // explanations that must be there
    const ReturnOrderFacts base = webshopOrder();
    const ReturnPolicyConfig standard;
    const QStringList none;
    const auto whole = request({askFor("1", 1), askFor("2", 2)});

    QTest::newRow("one jacket: shipping stays")
        << base << request({askFor("2", 1)}) << standard << kInWithdrawal << qint64(5995) << qint64(0) << none
        << QStringList{u"shipping.not_refunded"_s, u"refund.original"_s};
    QTest::newRow("whole order withdrawn: shipping back")
        << base << whole << standard << kInWithdrawal << qint64(14985) << qint64(495) << none
        << QStringList{u"shipping.refunded"_s};
    QTest::newRow("whole order in the retailer window: shipping stays")
        << base << whole << standard << kInRetailerWindow << qint64(14985) << qint64(0) << none
        << QStringList{u"shipping.not_refunded"_s};
    ReturnOrderFacts restLeft = base;
    restLeft.lines[0].returnedQuantity = 1;
    restLeft.refundedBefore = Money::eur(2995);
    QTest::newRow("rest of the order after an earlier return: shipping back")
        << restLeft << request({askFor("2", 2)}) << standard << kInWithdrawal << qint64(11990) << qint64(495)
        << none << QStringList{u"shipping.refunded"_s};
    QTest::newRow("whole order but one line over quantity: shipping stays")
        << base << request({askFor("1", 1), askFor("2", 3)}) << standard << kInWithdrawal << qint64(2995)
        << qint64(0) << none << QStringList{u"line.quantity_exceeded"_s, u"shipping.not_refunded"_s};
    ReturnOrderFacts undelivered = base;
    undelivered.deliveredAtUtc = QDateTime();
    QTest::newRow("not delivered yet, whole order: shipping back")
        << undelivered << whole << standard << kAfterWindow << qint64(14985) << qint64(495) << none
        << QStringList{u"window.not_delivered"_s, u"shipping.refunded"_s};
    // 10 % off the goods: 135.00 € paid for 150.00 € of goods.
    ReturnOrderFacts discounted = base;
    discounted.lines = {ReturnOrderLine{u"1"_s, 1, 0, Money::eur(3000)},
                        ReturnOrderLine{u"2"_s, 2, 0, Money::eur(6000)}};
    discounted.totalPaid = Money::eur(13500 + 495);
    QTest::newRow("order discount shared pro rata")
        << discounted << request({askFor("2", 1)}) << standard << kInWithdrawal << qint64(5400) << qint64(0)
        << none << QStringList{u"refund.order_discount"_s};
    // Three for two: 20.00 € for three pieces of 10.00 €; two came back for 6.67 € each.
    ReturnOrderFacts threeForTwo = base;
    threeForTwo.lines = {ReturnOrderLine{u"1"_s, 3, 2, Money::eur(1000)}};
    threeForTwo.shippingPaid = Money::eur(0);
    threeForTwo.totalPaid = Money::eur(2000);
    threeForTwo.refundedBefore = Money::eur(1334);
    QTest::newRow("three for two: the last piece gets what is left")
        << threeForTwo << request({askFor("1", 1)}) << standard << kInWithdrawal << qint64(666) << qint64(0)
        << none << QStringList{u"refund.order_discount"_s, u"refund.capped"_s};
    ReturnOrderFacts mostlyRefunded = base;
    mostlyRefunded.refundedBefore = Money::eur(15480 - 1000);
    QTest::newRow("earlier refunds leave 10.00 €")
        << mostlyRefunded << request({askFor("2", 1)}) << standard << kInWithdrawal << qint64(1000)
        << qint64(0) << none << QStringList{u"refund.capped"_s};
    ReturnOrderFacts allRefunded = base;
    allRefunded.refundedBefore = Money::eur(15480);
    QTest::newRow("everything refunded already")
        << allRefunded << request({askFor("2", 1)}) << standard << kInWithdrawal << qint64(0) << qint64(0)
        << none << QStringList{u"refund.capped"_s};
    ReturnOrderFacts adjusted = base;
    adjusted.refundedBefore = Money::eur(200);
    QTest::newRow("cap takes from shipping first")
        << adjusted << whole << standard << kInWithdrawal << qint64(14985) << qint64(295) << none
        << QStringList{u"refund.capped"_s};
    QTest::newRow("damaged, partial refund: goodwill")
        << base << request({damaged("2", ReturnReason::ChangedMind, 2000)}) << standard << kInWithdrawal
        << qint64(2000) << qint64(0) << QStringList{u"goodwill"_s} << QStringList{u"line.damaged_partial"_s};
    QTest::newRow("damaged by the customer, full refund: goodwill")
        << base << request({damaged("2", ReturnReason::ChangedMind)}) << standard << kInRetailerWindow
        << qint64(5995) << qint64(0) << QStringList{u"goodwill"_s} << QStringList{u"line.damaged_goodwill"_s};
    QTest::newRow("damaged in transit: full refund, no approval")
        << base << request({damaged("2", ReturnReason::DamagedInTransit)}) << standard << kInRetailerWindow
        << qint64(5995) << qint64(0) << none << QStringList{u"line.damaged_on_arrival"_s};
    QTest::newRow("used: full refund")
        << base << request({askFor("2", 1, ItemCondition::Used)}) << standard << kInRetailerWindow
        << qint64(5995) << qint64(0) << none << QStringList{u"line.taken_back"_s};
    ReturnPolicyConfig limit;
    limit.approvalAboveAmount = Money::eur(10000);
    QTest::newRow("above the amount limit: manager")
        << base << request({askFor("2", 2)}) << limit << kInWithdrawal << qint64(11990) << qint64(0)
        << QStringList{u"amount_limit"_s} << QStringList{u"approval.amount_limit"_s};
    ReturnPolicyConfig exactLimit;
    exactLimit.approvalAboveAmount = Money::eur(11990);
    QTest::newRow("exactly the amount limit: no approval")
        << base << request({askFor("2", 2)}) << exactLimit << kInWithdrawal << qint64(11990) << qint64(0)
        << none << QStringList{u"line.taken_back"_s};
    QTest::newRow("after the window: manager")
        << base << request({askFor("2", 1)}) << standard << kAfterWindow << qint64(5995) << qint64(0)
        << QStringList{u"outside_window"_s} << QStringList{u"window.goodwill"_s};
    QTest::newRow("late and damaged: both approvals")
        << base << request({damaged("2", ReturnReason::ChangedMind, 1500)}) << standard << kAfterWindow
        << qint64(1500) << qint64(0) << QStringList{u"goodwill"_s, u"outside_window"_s}
        << QStringList{u"window.goodwill"_s, u"line.damaged_partial"_s};
}

void TestReturnRefund::refundNeverExceedsWhatWasPaid() {
    QFETCH(ReturnOrderFacts, order);
    QFETCH(ReturnRequest, asked);
    QFETCH(ReturnPolicyConfig, config);
    QFETCH(QDateTime, now);
    QFETCH(qint64, goods);
    QFETCH(qint64, shipping);
    QFETCH(QStringList, approvals);
    QFETCH(QStringList, codes);
    const Result<ReturnDecision> decision = ReturnPolicy(config).evaluate(order, asked, now);
    QVERIFY2(decision.ok(), qPrintable(decision.error().toString()));
    QCOMPARE(decision->goodsRefund, Money::eur(goods));
    QCOMPARE(decision->shippingRefund, Money::eur(shipping));
    QCOMPARE(decision->total, Money::eur(goods + shipping));
    QVERIFY(decision->total.cents <= order.totalPaid.cents - order.refundedBefore.cents);
    qint64 lineSum = 0;
    for (const ReturnLineDecision& line : decision->lines)
        lineSum += line.refund.cents;
    QCOMPARE(lineSum, goods);
    QCOMPARE(decision->approvalRuleNames(), approvals);
    const QStringList shown = codesOf(decision.value());
    for (const QString& code : codes)
        QVERIFY2(shown.contains(code), qPrintable(code + u" not in "_s + shown.join(u' ')));
    verifyExplained(decision.value());
}

void TestReturnRefund::refundGoesToTheChosenMethod_data() {
    QTest::addColumn<int>("chosen");
    QTest::addColumn<bool>("goodwillAsVoucherOnly");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("text");
    const int original = int(RefundMethod::Original);
    const int voucher = int(RefundMethod::Voucher);
    QTest::newRow("original payment") << original << false << kInWithdrawal << original
                                      << u"Refund of 59.95 € to the original payment method."_s;
    QTest::newRow("voucher on request") << voucher << false << kInWithdrawal << voucher
                                        << u"Refund of 59.95 € as a voucher, as the customer chose."_s;
    QTest::newRow("goodwill as a voucher only")
        << original << true << kAfterWindow << voucher
        << u"Refund of 59.95 € as a voucher: goodwill after the return "
           u"window is given as a voucher only."_s;
    QTest::newRow("voucher-only goodwill leaves withdrawals alone")
        << original << true << kInWithdrawal << original
        << u"Refund of 59.95 € to the original payment method."_s;
    QTest::newRow("goodwill to the original payment by default")
        << original << false << kAfterWindow << original
        << u"Refund of 59.95 € to the original payment method."_s;
}

void TestReturnRefund::refundGoesToTheChosenMethod() {
    QFETCH(int, chosen);
    QFETCH(bool, goodwillAsVoucherOnly);
    QFETCH(QDateTime, now);
    QFETCH(int, method);
    QFETCH(QString, text);
    ReturnPolicyConfig config;
    config.goodwillAsVoucherOnly = goodwillAsVoucherOnly;
    const Result<ReturnDecision> decision =
        ReturnPolicy(config).evaluate(webshopOrder(), request({askFor("2", 1)}, RefundMethod(chosen)), now);
    QVERIFY2(decision.ok(), qPrintable(decision.error().toString()));
    QCOMPARE(int(decision->refundMethod), method);
    QCOMPARE(decision->explanations.constLast().text, text);
}

QTEST_GUILESS_MAIN(TestReturnRefund)
#include "tst_returnrefund.moc"
