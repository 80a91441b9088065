// The return reasons with rules of their own: "refused at pickup" (never delivered, so no period,
// article, marketplace or damage rule and no manager — but only for pieces a handover recorded as
// refused) and "other" (needs its text). Beside tst_returnpolicy, which has the general rules.
#include "RefusedAtPickup.h"
#include "ReturnJson.h"
#include "ReturnPolicyError.h"
#include "ReturnReasonText.h"
#include "ReturnTestData.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kInWithdrawal = utc("2025-03-10T09:00:00"); // day 7 after delivery
const QDateTime kAfterWindow = utc("2025-04-10T10:00:00");  // day 38: goodwill, or expired without it

ReturnRequestLine refusedPiece(const char* lineId, int quantity,
                               ItemCondition condition = ItemCondition::AsNew) {
    return askFor(lineId, quantity, condition, ReturnReason::RefusedAtPickup);
}

QStringList codesOf(const ReturnDecision& decision) {
    QStringList codes;
    for (const ReturnExplanation& e : decision.explanations)
        codes << e.code;
    return codes;
}

// A pickup order: line 2 (2 × 59.95 €) had one piece refused at the handover.
ReturnOrderFacts pickupOrderWithRefusal(int refused = 1) {
    ReturnOrderFacts order = webshopOrder();
    order.lines[1].refusedAtPickup = refused;
    return order;
}

Handover handover(QList<PickupLine> given, QList<PickupLine> refused) {
    Handover h;
    h.lines = std::move(given);
    h.refusedLines = std::move(refused);
    return h;
}

} // namespace

class TestReturnReasons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void refusedAtPickupIsNoWindowQuestion_data() {
        QTest::addColumn<QDateTime>("deliveredAt");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<ReturnPolicyConfig>("config");
        QTest::addColumn<bool>("returnable");
        QTest::addColumn<int>("articleRule");
        QTest::addColumn<int>("condition");
        QTest::addColumn<int>("refusedAtHandover");
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<qint64>("refund");
        QTest::addColumn<QString>("code");
        const int allowed = int(LineVerdict::Allowed);
        const int refused = int(LineVerdict::Refused);
        const int asNew = int(ItemCondition::AsNew);
        const QString webshop = u"webshop"_s;
        const QDateTime never;
        const QDateTime delivered = utc("2025-03-03T10:00:00");
        ReturnPolicyConfig noGoodwill;
        noGoodwill.goodwillDaysBeyondWindow = 0;
        ReturnPolicyConfig marketplaceRefused;
        marketplaceRefused.marketplaceInStore = MarketplaceInStore::Refused;
        ReturnPolicyConfig limit50;
        limit50.approvalAboveAmount = Money::eur(5000);
        using R = NonReturnableReason;

        QTest::newRow("never delivered")
            << never << kInWithdrawal << webshop << ReturnPolicyConfig() << true << int(R::None) << asNew << 1
            << 1 << allowed << qint64(5995) << u"line.refused_at_pickup"_s;
        QTest::newRow("partly handed over long ago, goodwill would need a manager")
            << delivered << kAfterWindow << webshop << ReturnPolicyConfig() << true << int(R::None) << asNew
            << 1 << 1 << allowed << qint64(5995) << u"line.refused_at_pickup"_s;
        QTest::newRow("window expired and no goodwill")
            << delivered << kAfterWindow << webshop << noGoodwill << true << int(R::None) << asNew << 1 << 1
            << allowed << qint64(5995) << u"line.refused_at_pickup"_s;
        QTest::newRow("hygiene article, seal opened")
            << never << kInWithdrawal << webshop << ReturnPolicyConfig() << false << int(R::Hygiene) << asNew
            << 1 << 1 << allowed << qint64(5995) << u"line.refused_at_pickup"_s;
        QTest::newRow("gift card") << never << kInWithdrawal << webshop << ReturnPolicyConfig() << false
                                   << int(R::GiftCard) << asNew << 1 << 1 << allowed << qint64(5995)
                                   << u"line.refused_at_pickup"_s;
        QTest::newRow("damaged, still in full")
            << never << kInWithdrawal << webshop << ReturnPolicyConfig() << true << int(R::None)
            << int(ItemCondition::Damaged) << 1 << 1 << allowed << qint64(5995)
            << u"line.refused_at_pickup"_s;
        QTest::newRow("marketplace orders refused in the store")
            << never << kInWithdrawal << u"marketplace:zalando"_s << marketplaceRefused << true
            << int(R::None) << asNew << 1 << 1 << allowed << qint64(5995) << u"line.refused_at_pickup"_s;
        QTest::newRow("above the amount limit")
            << never << kInWithdrawal << webshop << limit50 << true << int(R::None) << asNew << 2 << 2
            << allowed << qint64(11990) << u"line.refused_at_pickup"_s;
        QTest::newRow("both refused pieces")
            << never << kInWithdrawal << webshop << ReturnPolicyConfig() << true << int(R::None) << asNew << 2
            << 2 << allowed << qint64(11990) << u"line.refused_at_pickup"_s;
        QTest::newRow("more than were refused")
            << never << kInWithdrawal << webshop << ReturnPolicyConfig() << true << int(R::None) << asNew << 1
            << 2 << refused << qint64(0) << u"line.not_refused_at_pickup"_s;
        QTest::newRow("delivered goods were never refused")
            << delivered << kAfterWindow << webshop << noGoodwill << true << int(R::None) << asNew << 0 << 1
            << refused << qint64(0) << u"line.not_refused_at_pickup"_s;
    }

    void refusedAtPickupIsNoWindowQuestion() {
        QFETCH(QDateTime, deliveredAt);
        QFETCH(QDateTime, now);
        QFETCH(QString, channel);
        QFETCH(ReturnPolicyConfig, config);
        QFETCH(bool, returnable);
        QFETCH(int, articleRule);
        QFETCH(int, condition);
        QFETCH(int, refusedAtHandover);
        QFETCH(int, asked);
        QFETCH(int, verdict);
        QFETCH(qint64, refund);
        QFETCH(QString, code);
        ReturnOrderFacts order = pickupOrderWithRefusal(refusedAtHandover);
        order.deliveredAtUtc = deliveredAt;
        order.channel = channel;
        order.lines[1].returnable = returnable;
        order.lines[1].nonReturnableReason = NonReturnableReason(articleRule);
        const Result<ReturnDecision> decision = ReturnPolicy(config).evaluate(
            order, request({refusedPiece("2", asked, ItemCondition(condition))}), now);
        QVERIFY2(decision, qPrintable(decision.error().toString()));
        QCOMPARE(int(decision->lines.constFirst().verdict), verdict);
        QCOMPARE(decision->approvalRuleNames(), QStringList()); // never a manager
        QCOMPARE(decision->total, Money::eur(refund));
        const QStringList codes = codesOf(decision.value());
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u' ')));
        // Only refused pieces: the window is no question, so nothing is said about it.
        for (const QString& c : codes)
            QVERIFY2(!c.startsWith(u"window.") && !c.startsWith(u"marketplace."), qPrintable(c));
        for (const ReturnExplanation& e : decision->explanations)
            QVERIFY2(!e.text.isEmpty() && !e.text.contains(u'%'), qPrintable(e.code));
        if (verdict == int(LineVerdict::Allowed))
            QCOMPARE(decision->refundMethod, RefundMethod::Original);
    }

    void otherLinesOfTheSameReturnKeepTheirRules() {
        ReturnOrderFacts order = pickupOrderWithRefusal();
        const Result<ReturnDecision> decision = ReturnPolicy().evaluate(
            order, request({askFor("1", 1), refusedPiece("2", 1)}), kAfterWindow); // goodwill phase
        QVERIFY(decision);
        QCOMPARE(decision->line(u"1"_s)->verdict, LineVerdict::NeedsApproval);
        QCOMPARE(decision->line(u"1"_s)->approvals, QList<ApprovalRule>{ApprovalRule::OutsideWindow});
        QCOMPARE(decision->line(u"2"_s)->verdict, LineVerdict::Allowed);
        QCOMPARE(decision->line(u"2"_s)->approvals, QList<ApprovalRule>());
        QVERIFY(codesOf(decision.value()).contains(u"window.goodwill"_s));
        QCOMPARE(decision->total, Money::eur(2995 + 5995));
    }

    void refusedPiecesDoNotCountTowardsTheAmountLimit() {
        ReturnPolicyConfig config;
        config.approvalAboveAmount = Money::eur(5000);
        const Result<ReturnDecision> decision = ReturnPolicy(config).evaluate(
            pickupOrderWithRefusal(), request({askFor("1", 1), refusedPiece("2", 1)}), kInWithdrawal);
        QVERIFY(decision);
        QCOMPARE(decision->total, Money::eur(2995 + 5995)); // above 50 € in all, 29.95 € without the refusal
        QVERIFY(!decision->needsApproval());
    }

    void wholeOrderRefusedRefundsTheShipping() {
        ReturnOrderFacts order = pickupOrderWithRefusal(2);
        order.lines[0].refusedAtPickup = 1;
        order.deliveredAtUtc = {};
        const Result<ReturnDecision> decision = ReturnPolicy().evaluate(
            order, request({refusedPiece("1", 1), refusedPiece("2", 2)}), kAfterWindow);
        QVERIFY(decision);
        QCOMPARE(decision->shippingRefund, Money::eur(495));
        QCOMPARE(decision->total, Money::eur(15480));
    }

    void partialRefundOfRefusedGoodsIsAnError() {
        ReturnRequestLine line = refusedPiece("2", 1, ItemCondition::Damaged);
        line.partialRefund = Money::eur(1000);
        const Result<ReturnDecision> decision =
            ReturnPolicy().evaluate(pickupOrderWithRefusal(), request({line}), kInWithdrawal);
        QVERIFY(!decision);
        QCOMPARE(decision.error().code, ReturnPolicyError::kInvalidRequest.toString());
    }

    void reasonOtherNeedsItsText_data() {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // empty: accepted
        const int otherReason = int(ReturnReason::Other);
        QTest::newRow("other with a text") << otherReason << u"Geschenk, doppelt bekommen"_s << QString();
        QTest::newRow("other without a text") << otherReason << QString() << u"reason_text_required"_s;
        QTest::newRow("other with blanks only") << otherReason << u"  \t "_s << u"reason_text_required"_s;
        QTest::newRow("one character") << otherReason << u"x"_s << QString();
        QTest::newRow("200 characters") << otherReason << QString(200, u'ä') << QString();
        QTest::newRow("201 characters") << otherReason << QString(201, u'a') << u"reason_text_too_long"_s;
        QTest::newRow("200 characters once trimmed")
            << otherReason << u"  "_s + QString(200, u'b') + u"  "_s << QString();
        QTest::newRow("200 emoji are 200 characters")
            << otherReason << QString::fromUcs4(std::u32string(200, U'\U0001F381').c_str()) << QString();
        QTest::newRow("a text with another reason")
            << int(ReturnReason::DoesNotFit) << u"zu klein"_s << u"invalid_value"_s;
        QTest::newRow("another reason without a text")
            << int(ReturnReason::ChangedMind) << QString() << QString();
    }

    void reasonOtherNeedsItsText() {
        QFETCH(int, reason);
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Status checked = ReturnReasonText::check(u"1"_s, ReturnReason(reason), text);
        QCOMPARE(checked.error().code, code);
        // The rules refuse the same input with the same code, so the desk says what is missing.
        ReturnRequestLine line = askFor("1", 1, ItemCondition::AsNew, ReturnReason(reason));
        line.reasonText = text;
        const Result<ReturnDecision> decision =
            ReturnPolicy().evaluate(webshopOrder(), request({line}), kInWithdrawal);
        QCOMPARE(decision.error().code, code);
        if (code.isEmpty())
            QCOMPARE(decision->line(u"1"_s)->verdict, LineVerdict::Allowed); // the text changes no rule
    }

    void reasonWireNamesRoundTrip() {
        QCOMPARE(returnReasonWireName(ReturnReason::RefusedAtPickup), u"refused_at_pickup"_s);
        QCOMPARE(returnReasonFromWireName(u"refused_at_pickup"_s), ReturnReason::RefusedAtPickup);
        const QStringList names = returnReasonWireNames();
        QCOMPARE(names.size(), 8);
        for (const QString& name : names)
            QCOMPARE(returnReasonWireName(returnReasonFromWireName(name).value()), name);
    }

    void returnLineCarriesItsTextOnTheWire() {
        const QList<ReturnLine> lines{{u"1"_s, 1, u"other"_s, u"as_new"_s, u"restock"_s, u"Geschenk"_s},
                                      {u"2"_s, 1, u"refused_at_pickup"_s, u"as_new"_s, u"restock"_s}};
        const QJsonArray json = ReturnJson::linesToJson(lines);
        QCOMPARE(json.at(0).toObject().value(u"reason_text").toString(), u"Geschenk"_s);
        QVERIFY(!json.at(1).toObject().contains(u"reason_text"_s)); // as before for every other line
        const Result<QList<ReturnLine>> back = ReturnJson::linesFromJson(json);
        QVERIFY2(back, qPrintable(back.error().toString()));
        QCOMPARE(back.value(), lines);
    }

    void refusedPiecesNotTakenBackYet_data() {
        QTest::addColumn<QList<Handover>>("handovers");
        QTest::addColumn<QList<ReturnLine>>("returned");
        QTest::addColumn<int>("line2");
        const PickupLine two{u"2"_s, 2};
        const PickupLine one{u"2"_s, 1};
        const ReturnLine refusedReturn{u"2"_s, 1, u"refused_at_pickup"_s, u"as_new"_s, u"restock"_s};
        const ReturnLine laterReturn{u"2"_s, 1, u"does_not_fit"_s, u"as_new"_s, u"restock"_s};
        QTest::newRow("nothing refused") << QList<Handover>{handover({two}, {})} << QList<ReturnLine>{} << 0;
        QTest::newRow("refused, not taken back")
            << QList<Handover>{handover({one}, {one})} << QList<ReturnLine>{} << 1;
        QTest::newRow("refused and taken back")
            << QList<Handover>{handover({one}, {one})} << QList<ReturnLine>{refusedReturn} << 0;
        QTest::newRow("a return for another reason does not count")
            << QList<Handover>{handover({one}, {one})} << QList<ReturnLine>{laterReturn} << 1;
        QTest::newRow("refusals at two handovers")
            << QList<Handover>{handover({}, {one}), handover({}, {one})} << QList<ReturnLine>{refusedReturn}
            << 1;
        QTest::newRow("never below zero")
            << QList<Handover>{handover({}, {one})} << QList<ReturnLine>{refusedReturn, refusedReturn} << 0;
    }

    void refusedPiecesNotTakenBackYet() {
        QFETCH(QList<Handover>, handovers);
        QFETCH(QList<ReturnLine>, returned);
        QFETCH(int, line2);
        QCOMPARE(RefusedAtPickup::notTakenBack(handovers, returned).value(u"2"_s), line2);
    }
};

QTEST_MAIN(TestReturnReasons)
#include "tst_returnreasons.moc"
