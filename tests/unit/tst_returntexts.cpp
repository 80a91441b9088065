// The words and names of the return rules: the receipt's sentences, a text for every explanation,
// and the wire names the API (docs/api/openapi.yaml) uses for rules, reasons, conditions and dispositions.
#include "ReturnTestData.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kInWithdrawal = utc("2025-03-10T09:00:00"); // day 7

} // namespace

class TestReturnTexts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void receiptOfAWholeOrderWithdrawal();
    void everyExplanationCodeHasAText();
    void approvalRulesAreTheApisEnum();
    void wireNamesMatchTheApi();
};

void TestReturnTexts::receiptOfAWholeOrderWithdrawal() {
    const Result<ReturnDecision> decision = ReturnPolicy().evaluate(
        webshopOrder(), request({askFor("1", 1), askFor("2", 2)}, RefundMethod::Voucher), kInWithdrawal);
    QVERIFY(decision.ok());
    QVERIFY(decision->canProceed());
    QVERIFY(!decision->needsApproval());
    QCOMPARE(
        decision->texts(),
        (QStringList{
            u"Returned within the 14-day withdrawal period (delivered on 3 March 2025, last day 17 March 2025)."_s,
            u"The whole order is withdrawn within the withdrawal period, so the shipping costs of 4.95 € are "
            u"refunded."_s,
            u"Line 1: quantity 1 taken back, refund 29.95 €."_s,
            u"Line 2: quantity 2 taken back, refund 119.90 €."_s,
            u"Refund of 154.80 € as a voucher, as the customer chose."_s,
        }));
}

void TestReturnTexts::everyExplanationCodeHasAText() {
    const QStringList codes = ReturnExplanation::codes();
    QVERIFY(codes.size() >= 25);
    for (const QString& code : codes) {
        QVariantMap params;
        for (const QString& name : ReturnExplanation::paramNames(code)) {
            if (name == u"start" || name == u"last")
                params.insert(name, QDate(2025, 3, 3));
            else if (name == u"amount" || name == u"full" || name == u"paid" || name == u"refunded" ||
                     name == u"list" || name == u"limit")
                params.insert(name, QVariant::fromValue(Money::eur(123456)));
            else if (name == u"reason")
                params.insert(name, u"hygiene"_s);
            else if (name == u"line" || name == u"marketplace")
                params.insert(name, u"x"_s);
            else
                params.insert(name, 2);
        }
        const QString text = ReturnExplanation::render(code, params);
        QVERIFY2(!text.isEmpty(), qPrintable(code));
        QVERIFY2(!text.contains(u'%'), qPrintable(text));
        QVERIFY2(text.endsWith(u'.'), qPrintable(text));
    }
    QCOMPARE(ReturnExplanation::formatMoney(QVariant::fromValue(Money::eur(123456))), u"1,234.56 €"_s);
    QCOMPARE(ReturnExplanation::formatMoney(QVariant::fromValue(Money::eur(-5))), u"-0.05 €"_s);
    QVERIFY(ReturnExplanation::render(u"no.such.code"_s, {}).isEmpty());
}

void TestReturnTexts::approvalRulesAreTheApisEnum() {
    QFile spec(QStringLiteral(THEKE_SOURCE_DIR "/docs/api/openapi.yaml"));
    QVERIFY(spec.open(QIODevice::ReadOnly));
    const QString yaml = QString::fromUtf8(spec.readAll());
    const QRegularExpression enumLine(u"enum: \\[(goodwill[^\\]]*)\\]"_s);
    const QRegularExpressionMatch match = enumLine.match(yaml);
    QVERIFY(match.hasMatch());
    const QStringList apiRules = match.captured(1).split(u", "_s);
    QStringList ours;
    for (ApprovalRule rule :
         {ApprovalRule::Goodwill, ApprovalRule::OutsideWindow, ApprovalRule::NotReturnableArticle,
          ApprovalRule::MarketplaceOrder, ApprovalRule::AmountLimit, ApprovalRule::NoReceipt}) {
        ours << approvalRuleWireName(rule);
        QCOMPARE(approvalRuleFromWireName(ours.constLast()), rule);
    }
    QCOMPARE(ours, apiRules);
}

void TestReturnTexts::wireNamesMatchTheApi() {
    QFile spec(QStringLiteral(THEKE_SOURCE_DIR "/docs/api/openapi.yaml"));
    QVERIFY(spec.open(QIODevice::ReadOnly));
    const QString yaml = QString::fromUtf8(spec.readAll());
    const auto enumOf = [&](const QString& first) {
        const QRegularExpression re(u"enum: \\[(%1[^\\]]*)\\]"_s.arg(first));
        return re.match(yaml).captured(1).split(u", "_s);
    };
    QStringList conditions;
    for (auto c :
         {ItemCondition::Unopened, ItemCondition::AsNew, ItemCondition::Used, ItemCondition::Damaged})
        conditions << itemConditionWireName(c);
    QCOMPARE(conditions, enumOf(u"unopened"_s));
    QStringList reasons;
    for (auto r : {ReturnReason::DoesNotFit, ReturnReason::NotAsDescribed, ReturnReason::Defective,
                   ReturnReason::DamagedInTransit, ReturnReason::WrongItem, ReturnReason::ChangedMind,
                   ReturnReason::RefusedAtPickup, ReturnReason::Other})
        reasons << returnReasonWireName(r);
    QCOMPARE(reasons, enumOf(u"does_not_fit"_s));
    QStringList dispositions;
    for (auto d : {ReturnDisposition::Restock, ReturnDisposition::Inspect,
                   ReturnDisposition::ReturnToSupplier, ReturnDisposition::WriteOff}) {
        dispositions << returnDispositionWireName(d);
        QCOMPARE(returnDispositionFromWireName(dispositions.constLast()), d);
    }
    QCOMPARE(dispositions, enumOf(u"restock"_s));
    QCOMPARE(refundMethodWireName(RefundMethod::Original) + u", "_s +
                 refundMethodWireName(RefundMethod::Voucher),
             enumOf(u"original"_s).join(u", "_s));
    // The product's reasons, plus the retailer's own final_sale (not in the API's Product enum).
    QStringList productReasons = enumOf(u"hygiene"_s);
    productReasons.removeAll(u"null"_s);
    QStringList ourReasons;
    for (auto r :
         {NonReturnableReason::Hygiene, NonReturnableReason::Personalised, NonReturnableReason::SealedMedia,
          NonReturnableReason::Perishable, NonReturnableReason::GiftCard}) {
        ourReasons << nonReturnableReasonWireName(r);
        QCOMPARE(nonReturnableReasonFromWireName(ourReasons.constLast()), r);
    }
    QCOMPARE(ourReasons, productReasons);
    QCOMPARE(nonReturnableReasonWireName(NonReturnableReason::FinalSale), u"final_sale"_s);
}

QTEST_GUILESS_MAIN(TestReturnTexts)
#include "tst_returntexts.moc"
