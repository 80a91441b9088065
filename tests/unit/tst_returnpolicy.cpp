// The return rules as the returns desk relies on them: what is left to return, which articles come
// back, from which channel, with whose approval, and which input the rules refuse to judge.
// The amount and the payment method of the refund: tst_returnrefund.cpp.
#include "ReturnDecisionChecks.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

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
