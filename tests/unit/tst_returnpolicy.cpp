// The return rules as the returns desk relies on them: what is left to return, which articles come
// back, with whose approval, for how much, to which payment method, and why, in plain words.
#include "ReturnTestData.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kInWithdrawal = utc("2025-03-10T09:00:00");     // day 7
const QDateTime kInRetailerWindow = utc("2025-03-25T10:00:00"); // day 22
const QDateTime kAfterWindow = utc("2025-04-10T10:00:00");      // day 38

ReturnRequestLine damaged(const char* lineId, ReturnReason reason, std::optional<qint64> partialCents = {}) {
    ReturnRequestLine line = askFor(lineId, 1, ItemCondition::Damaged, reason);
    if (partialCents)
        line.partialRefund = Money::eur(*partialCents);
    return line;
}

QStringList codesOf(const ReturnDecision& decision) {
    QStringList codes;
    for (const ReturnExplanation& e : decision.explanations)
        codes << e.code;
    return codes;
}

// Every decision is explained: each text is rendered, each refused line names an explanation shown,
// each line taken back has its own entry with the amount.
void verifyExplained(const ReturnDecision& decision) {
    const QStringList codes = codesOf(decision);
    for (const ReturnExplanation& e : decision.explanations) {
        QVERIFY2(!e.text.isEmpty(), qPrintable(e.code));
        QVERIFY2(!e.text.contains(u'%'), qPrintable(e.text));
    }
    for (const ReturnLineDecision& line : decision.lines) {
        if (line.verdict == LineVerdict::Refused) {
            QVERIFY2(codes.contains(line.refusalCode), qPrintable(line.refusalCode));
            QVERIFY(line.refund.isZero());
        } else {
            const bool explained =
                std::any_of(decision.explanations.cbegin(), decision.explanations.cend(),
                            [&](const ReturnExplanation& e) {
                                return e.code == u"line.taken_back" && e.lineId == line.lineId;
                            });
            QVERIFY2(explained, qPrintable(line.lineId));
        }
    }
    if (std::any_of(decision.lines.cbegin(), decision.lines.cend(),
                    [](const ReturnLineDecision& l) { return l.verdict != LineVerdict::Refused; }))
        QVERIFY(codes.contains(u"refund.original"_s) || codes.contains(u"refund.voucher"_s) ||
                codes.contains(u"refund.voucher_goodwill"_s));
}

} // namespace

class TestReturnPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void quantityLeftCountsReturnsInEveryChannel_data();
    void quantityLeftCountsReturnsInEveryChannel();
    void notReturnableArticles_data();
    void notReturnableArticles();
    void marketplaceOrdersFollowTheStoreSetting_data();
    void marketplaceOrdersFollowTheStoreSetting();
    void refundNeverExceedsWhatWasPaid_data();
    void refundNeverExceedsWhatWasPaid();
    void refundGoesToTheChosenMethod_data();
    void refundGoesToTheChosenMethod();
    void inputTheRulesCannotJudgeIsAnError_data();
    void inputTheRulesCannotJudgeIsAnError();
};

void TestReturnPolicy::quantityLeftCountsReturnsInEveryChannel_data() {
    QTest::addColumn<int>("bought");
    QTest::addColumn<int>("returned");
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("left");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    const int allowed = int(LineVerdict::Allowed);
    const int refused = int(LineVerdict::Refused);
    QTest::newRow("all of them") << 2 << 0 << 2 << allowed << 2 << u"line.taken_back"_s
                                 << u"Line 2: quantity 2 taken back, refund 119.90 €."_s;
    QTest::newRow("the one left after an online return")
        << 2 << 1 << 1 << allowed << 1 << u"line.taken_back"_s
        << u"Line 2: quantity 1 taken back, refund 59.95 €."_s;
    QTest::newRow("one more than left")
        << 2 << 1 << 2 << refused << 1 << u"line.quantity_exceeded"_s
        << u"Line 2: 2 asked for, but only 1 of 2 are left to return (1 already "
           u"returned)."_s;
    QTest::newRow("everything returned already")
        << 2 << 2 << 1 << refused << 0 << u"line.fully_returned"_s
        << u"Line 2: all 2 have already been returned; nothing is left to return."_s;
    QTest::newRow("more than bought")
        << 2 << 0 << 3 << refused << 2 << u"line.quantity_exceeded"_s
        << u"Line 2: 3 asked for, but only 2 of 2 are left to return (0 already "
           u"returned)."_s;
}

void TestReturnPolicy::quantityLeftCountsReturnsInEveryChannel() {
    QFETCH(int, bought);
    QFETCH(int, returned);
    QFETCH(int, asked);
    QFETCH(int, verdict);
    QFETCH(int, left);
    QFETCH(QString, code);
    QFETCH(QString, text);
    ReturnOrderFacts order = webshopOrder();
    order.lines[1].quantity = bought;
    order.lines[1].returnedQuantity = returned;
    const Result<ReturnDecision> decision =
        ReturnPolicy().evaluate(order, request({askFor("2", asked)}), kInRetailerWindow);
    QVERIFY2(decision.ok(), qPrintable(decision.error().toString()));
    const ReturnLineDecision& line = decision->lines.constFirst();
    QCOMPARE(int(line.verdict), verdict);
    QCOMPARE(line.quantityReturnable, left);
    const auto it = std::find_if(decision->explanations.cbegin(), decision->explanations.cend(),
                                 [&](const ReturnExplanation& e) { return e.code == code; });
    QVERIFY(it != decision->explanations.cend());
    QCOMPARE(it->lineId, u"2"_s);
    QCOMPARE(it->text, text);
    if (verdict == int(LineVerdict::Refused)) {
        QCOMPARE(line.refusalCode, code);
        QCOMPARE(decision->total, Money::eur(0));
        QVERIFY(!decision->canProceed());
    }
    verifyExplained(decision.value());
}

void TestReturnPolicy::notReturnableArticles_data() {
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("returnable");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("condition");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QStringList>("approvals");
    QTest::addColumn<QString>("code");
    const QString webshop = u"webshop"_s;
    const int allowed = int(LineVerdict::Allowed);
    const int approval = int(LineVerdict::NeedsApproval);
    const int refused = int(LineVerdict::Refused);
    const QStringList none;
    const QStringList manager{u"not_returnable_article"_s};
    const int unopened = int(ItemCondition::Unopened);
    const int asNew = int(ItemCondition::AsNew);
    const int used = int(ItemCondition::Used);
    using R = NonReturnableReason;

    QTest::newRow("returnable article") << webshop << true << int(R::None) << asNew << kInWithdrawal
                                        << allowed << none << u"line.taken_back"_s;
    QTest::newRow("hygiene, still sealed") << webshop << false << int(R::Hygiene) << unopened << kInWithdrawal
                                           << allowed << none << u"line.sealed_unopened"_s;
    QTest::newRow("hygiene, seal opened") << webshop << false << int(R::Hygiene) << asNew << kInWithdrawal
                                          << approval << manager << u"line.not_returnable"_s;
    QTest::newRow("sealed media, still sealed")
        << webshop << false << int(R::SealedMedia) << unopened << kInRetailerWindow << allowed << none
        << u"line.sealed_unopened"_s;
    QTest::newRow("sealed media, opened") << webshop << false << int(R::SealedMedia) << used << kInWithdrawal
                                          << approval << manager << u"line.not_returnable"_s;
    QTest::newRow("personalised") << webshop << false << int(R::Personalised) << unopened << kInWithdrawal
                                  << approval << manager << u"line.not_returnable"_s;
    QTest::newRow("perishable") << webshop << false << int(R::Perishable) << unopened << kInWithdrawal
                                << approval << manager << u"line.not_returnable"_s;
    QTest::newRow("gift card") << webshop << false << int(R::GiftCard) << unopened << kInWithdrawal << refused
                               << none << u"line.gift_card"_s;
    QTest::newRow("final sale within the withdrawal period")
        << webshop << false << int(R::FinalSale) << asNew << kInWithdrawal << allowed << none
        << u"line.final_sale_withdrawal"_s;
    QTest::newRow("final sale in the retailer window")
        << webshop << false << int(R::FinalSale) << asNew << kInRetailerWindow << approval << manager
        << u"line.not_returnable"_s;
    QTest::newRow("final sale bought in the store")
        << u"store"_s << false << int(R::FinalSale) << asNew << kInWithdrawal << approval << manager
        << u"line.not_returnable"_s;
    QTest::newRow("not returnable, no reason given")
        << webshop << false << int(R::None) << asNew << kInWithdrawal << approval << manager
        << u"line.not_returnable"_s;
}

void TestReturnPolicy::notReturnableArticles() {
    QFETCH(QString, channel);
    QFETCH(bool, returnable);
    QFETCH(int, reason);
    QFETCH(int, condition);
    QFETCH(QDateTime, now);
    QFETCH(int, verdict);
    QFETCH(QStringList, approvals);
    QFETCH(QString, code);
    ReturnOrderFacts order = webshopOrder();
    order.channel = channel;
    order.lines[0].returnable = returnable;
    order.lines[0].nonReturnableReason = NonReturnableReason(reason);
    const Result<ReturnDecision> decision =
        ReturnPolicy().evaluate(order, request({askFor("1", 1, ItemCondition(condition))}), now);
    QVERIFY2(decision.ok(), qPrintable(decision.error().toString()));
    QCOMPARE(int(decision->lines.constFirst().verdict), verdict);
    QCOMPARE(decision->approvalRuleNames(), approvals);
    QVERIFY2(codesOf(decision.value()).contains(code), qPrintable(codesOf(decision.value()).join(u' ')));
    QCOMPARE(decision->total, verdict == int(LineVerdict::Refused) ? Money::eur(0) : Money::eur(2995));
    verifyExplained(decision.value());
}

void TestReturnPolicy::marketplaceOrdersFollowTheStoreSetting_data() {
    QTest::addColumn<int>("setting");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QStringList>("approvals");
    QTest::addColumn<QString>("text"); // the marketplace explanation; empty when there is none
    QTest::newRow("allowed") << int(MarketplaceInStore::Allowed) << u"marketplace:zalando"_s << kInWithdrawal
                             << int(LineVerdict::Allowed) << QStringList() << QString();
    QTest::newRow("with a manager")
        << int(MarketplaceInStore::NeedsApproval) << u"marketplace:zalando"_s << kInWithdrawal
        << int(LineVerdict::NeedsApproval) << QStringList{u"marketplace_order"_s}
        << u"Order from the marketplace zalando: taking it back in the store needs a "
           u"manager's approval."_s;
    QTest::newRow("refused")
        << int(MarketplaceInStore::Refused) << u"marketplace:otto"_s << kInWithdrawal
        << int(LineVerdict::Refused) << QStringList()
        << u"Order from the marketplace otto: it is returned through the marketplace, not in "
           u"the store."_s;
    QTest::newRow("refused setting leaves webshop orders alone")
        << int(MarketplaceInStore::Refused) << u"webshop"_s << kInWithdrawal << int(LineVerdict::Allowed)
        << QStringList() << QString();
    QTest::newRow("late marketplace return needs both approvals")
        << int(MarketplaceInStore::NeedsApproval) << u"marketplace:zalando"_s << kAfterWindow
        << int(LineVerdict::NeedsApproval) << QStringList{u"outside_window"_s, u"marketplace_order"_s}
        << u"Order from the marketplace zalando: taking it back in the store needs a manager's approval."_s;
    QTest::newRow("refused after goodwill: no approval offered")
        << int(MarketplaceInStore::NeedsApproval) << u"marketplace:zalando"_s << utc("2026-01-10T10:00:00")
        << int(LineVerdict::Refused) << QStringList() << QString();
}

void TestReturnPolicy::marketplaceOrdersFollowTheStoreSetting() {
    QFETCH(int, setting);
    QFETCH(QString, channel);
    QFETCH(QDateTime, now);
    QFETCH(int, verdict);
    QFETCH(QStringList, approvals);
    QFETCH(QString, text);
    ReturnPolicyConfig config;
    config.marketplaceInStore = MarketplaceInStore(setting);
    config.goodwillDaysBeyondWindow = 180;
    ReturnOrderFacts order = webshopOrder();
    order.channel = channel;
    const Result<ReturnDecision> decision =
        ReturnPolicy(config).evaluate(order, request({askFor("2", 1)}), now);
    QVERIFY2(decision.ok(), qPrintable(decision.error().toString()));
    QCOMPARE(int(decision->lines.constFirst().verdict), verdict);
    QCOMPARE(decision->approvalRuleNames(), approvals);
    QCOMPARE(decision->lines.constFirst().approvals.size(), approvals.size());
    const QStringList texts = decision->texts();
    if (text.isEmpty())
        QVERIFY(!texts.join(u'\n').contains(u"marketplace"_s));
    else
        QVERIFY2(texts.contains(text), qPrintable(texts.join(u'\n')));
    verifyExplained(decision.value());
}

void TestReturnPolicy::refundNeverExceedsWhatWasPaid_data() {
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

void TestReturnPolicy::refundNeverExceedsWhatWasPaid() {
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

void TestReturnPolicy::refundGoesToTheChosenMethod_data() {
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

void TestReturnPolicy::refundGoesToTheChosenMethod() {
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

void TestReturnPolicy::inputTheRulesCannotJudgeIsAnError_data() {
    QTest::addColumn<ReturnOrderFacts>("order");
    QTest::addColumn<ReturnRequest>("asked");
    QTest::addColumn<ReturnPolicyConfig>("config");
    QTest::addColumn<QString>("code");
    const ReturnOrderFacts base = webshopOrder();
    const ReturnPolicyConfig standard;
    const QString badRequest = u"return.invalid_request"_s;
    const QString badOrder = u"return.invalid_order"_s;
    QTest::newRow("line not on the order") << base << request({askFor("9", 1)}) << standard << badRequest;
    QTest::newRow("same line twice") << base << request({askFor("2", 1), askFor("2", 1)}) << standard
                                     << badRequest;
    QTest::newRow("quantity zero") << base << request({askFor("2", 0)}) << standard << badRequest;
    QTest::newRow("nothing asked") << base << request({}) << standard << badRequest;
    ReturnRequestLine partialAsNew = askFor("2", 1);
    partialAsNew.partialRefund = Money::eur(1000);
    QTest::newRow("partial refund for goods as new")
        << base << request({partialAsNew}) << standard << badRequest;
    QTest::newRow("partial refund above the value")
        << base << request({damaged("2", ReturnReason::ChangedMind, 6000)}) << standard << badRequest;
    ReturnOrderFacts francs = base;
    francs.lines[1].unitPrice = Money{5995, u"CHF"_s};
    QTest::newRow("mixed currencies") << francs << request({askFor("2", 1)}) << standard << badOrder;
    ReturnOrderFacts fax = base;
    fax.channel = u"fax"_s;
    QTest::newRow("unknown channel") << fax << request({askFor("2", 1)}) << standard << badOrder;
    ReturnOrderFacts overReturned = base;
    overReturned.lines[1].returnedQuantity = 3;
    QTest::newRow("more returned than bought")
        << overReturned << request({askFor("1", 1)}) << standard << badOrder;
    ReturnOrderFacts shippingOnly = base;
    shippingOnly.totalPaid = Money::eur(100);
    QTest::newRow("shipping above the total")
        << shippingOnly << request({askFor("1", 1)}) << standard << badOrder;
    ReturnPolicyConfig francLimit;
    francLimit.approvalAboveAmount = Money{10000, u"CHF"_s};
    QTest::newRow("limit in another currency")
        << base << request({askFor("2", 1)}) << francLimit << u"return.invalid_config"_s;
}

void TestReturnPolicy::inputTheRulesCannotJudgeIsAnError() {
    QFETCH(ReturnOrderFacts, order);
    QFETCH(ReturnRequest, asked);
    QFETCH(ReturnPolicyConfig, config);
    QFETCH(QString, code);
    const Result<ReturnDecision> decision = ReturnPolicy(config).evaluate(order, asked, kInWithdrawal);
    QVERIFY(!decision.ok());
    QCOMPARE(decision.error().code, code);
}

QTEST_GUILESS_MAIN(TestReturnPolicy)
#include "tst_returnpolicy.moc"
