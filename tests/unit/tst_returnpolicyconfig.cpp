// The retailer's return policy as configured centrally (ReturnPolicyJson: the stores feed's
// return_policy and theke-server's --return-policy file) and how each setting changes what the rules
// decide for the same order.
#include "ReturnPolicyError.h"
#include "ReturnPolicyJson.h"
#include "ReturnTestData.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Result<ReturnPolicyConfig> parse(const QByteArray& json) {
    return ReturnPolicyJson::fromJson(QJsonDocument::fromJson(json).object());
}

QString codes(const ReturnDecision& decision) {
    QStringList all;
    for (const ReturnExplanation& e : decision.explanations)
        all << e.code;
    return all.join(u' ');
}

} // namespace

class TestReturnPolicyConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void settingsReadBackAsWritten() {
        ReturnPolicyConfig config;
        config.retailerWindowDays = 60;
        config.marketplaceInStore = MarketplaceInStore::Refused;
        config.goodwillDaysBeyondWindow = 0;
        config.approvalAboveAmount = Money::eur(50000);
        config.goodwillAsVoucherOnly = true;
        config.publicHolidays = {QDate(2025, 10, 3), QDate(2025, 12, 25)};
        const Result<ReturnPolicyConfig> back = ReturnPolicyJson::fromJson(ReturnPolicyJson::toJson(config));
        QVERIFY2(back, qPrintable(back.error().toString()));
        QVERIFY(back.value() == config);
        QVERIFY(ReturnPolicyJson::fromJson(ReturnPolicyJson::toJson({})).value() == ReturnPolicyConfig());
    }

    void missingSettingsKeepTheDefaults() {
        const Result<ReturnPolicyConfig> config =
            parse(R"({"retailer_window_days": 45, "approval_above_amount": 25000})");
        QVERIFY(config);
        QCOMPARE(config->retailerWindowDays, 45);
        QCOMPARE(config->approvalAboveAmount, std::optional<Money>(Money::eur(25000))); // cents, EUR
        QCOMPARE(config->withdrawalDays, 14);                                           // the law
        QCOMPARE(int(config->marketplaceInStore), int(MarketplaceInStore::NeedsApproval));
        QVERIFY(!config->goodwillDaysBeyondWindow);
        QVERIFY(!config->goodwillAsVoucherOnly);
        QVERIFY(parse("{}").value() == ReturnPolicyConfig());
    }

    void invalidSettingsNameTheMember_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("negative window")
            << QByteArray(R"({"retailer_window_days": -1})") << u"retailer_window_days"_s;
        QTest::newRow("window as text")
            << QByteArray(R"({"retailer_window_days": "30"})") << u"retailer_window_days"_s;
        QTest::newRow("half a day") << QByteArray(R"({"retailer_window_days": 30.5})")
                                    << u"retailer_window_days"_s;
        QTest::newRow("ten years and a day") << QByteArray(R"({"retailer_window_days": 3651})") << u"3650"_s;
        QTest::newRow("unknown marketplace rule")
            << QByteArray(R"({"marketplace_in_store": "sometimes"})") << u"marketplace_in_store"_s;
        QTest::newRow("negative goodwill")
            << QByteArray(R"({"goodwill_days_beyond_window": -5})") << u"goodwill_days_beyond_window"_s;
        QTest::newRow("limit in euros with a comma")
            << QByteArray(R"({"approval_above_amount": "500,00"})") << u"approval_above_amount"_s;
        QTest::newRow("negative limit")
            << QByteArray(R"({"approval_above_amount": -100})") << u"approval_above_amount"_s;
        QTest::newRow("voucher flag as text")
            << QByteArray(R"({"goodwill_as_voucher_only": "yes"})") << u"goodwill_as_voucher_only"_s;
        QTest::newRow("German date") << QByteArray(R"({"public_holidays": ["25.12.2025"]})")
                                     << u"public_holidays[0]"_s;
        QTest::newRow("typo") << QByteArray(R"({"retailer_window_day": 30})")
                              << u"unknown setting retailer_window_day"_s;
        QTest::newRow("statutory period is no setting")
            << QByteArray(R"({"withdrawal_days": 30})") << u"withdrawal_days"_s;
    }
    void invalidSettingsNameTheMember() {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        const Result<ReturnPolicyConfig> config = parse(json);
        QVERIFY(!config);
        QCOMPARE(config.error().code, ReturnPolicyError::kInvalidConfig.toString());
        QVERIFY2(config.error().detail.contains(named), qPrintable(config.error().detail));
    }

    // webshopOrder(): delivered Monday 3 March 2025; day 14 is Monday 17 March, day 45 Thursday 17 April.
    void configChangesTheDecision_data() {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("canProceed");
        QTest::addColumn<QStringList>("approvals");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("refundMethod");

        const QDateTime day5 = utc("2025-03-08T12:00:00");
        const QDateTime day15 = utc("2025-03-18T12:00:00");
        const QDateTime day45 = utc("2025-04-17T12:00:00");
        const QString webshop = u"webshop"_s;
        const QString zalando = u"marketplace:zalando"_s;
        const QStringList none;
        const QStringList outside{u"outside_window"_s};
        const int original = int(RefundMethod::Original);
        const int voucher = int(RefundMethod::Voucher);

        QTest::newRow("day 45, defaults: goodwill with a manager")
            << QByteArray("{}") << webshop << day45 << true << outside << u"window.goodwill"_s << original;
        QTest::newRow("day 45, 60-day window: no manager")
            << QByteArray(R"({"retailer_window_days": 60})") << webshop << day45 << true << none
            << u"window.retailer"_s << original;
        QTest::newRow("day 45, goodwill up to 30 days after the window")
            << QByteArray(R"({"goodwill_days_beyond_window": 30})") << webshop << day45 << true << outside
            << u"window.goodwill"_s << original;
        QTest::newRow("day 45, goodwill up to 10 days: refused")
            << QByteArray(R"({"goodwill_days_beyond_window": 10})") << webshop << day45 << false << none
            << u"window.expired"_s << original;
        QTest::newRow("day 45, no goodwill: refused")
            << QByteArray(R"({"goodwill_days_beyond_window": 0})") << webshop << day45 << false << none
            << u"window.expired_no_goodwill"_s << original;
        QTest::newRow("day 45, goodwill as a voucher only")
            << QByteArray(R"({"goodwill_as_voucher_only": true})") << webshop << day45 << true << outside
            << u"refund.voucher_goodwill"_s << voucher;
        QTest::newRow("day 5, voucher-only goodwill does not touch the window")
            << QByteArray(R"({"goodwill_as_voucher_only": true})") << webshop << day5 << true << none
            << u"refund.original"_s << original;
        QTest::newRow("marketplace, defaults: manager")
            << QByteArray("{}") << zalando << day5 << true << QStringList{u"marketplace_order"_s}
            << u"marketplace.approval"_s << original;
        QTest::newRow("marketplace allowed")
            << QByteArray(R"({"marketplace_in_store": "allowed"})") << zalando << day5 << true << none
            << u"window.withdrawal"_s << original;
        QTest::newRow("marketplace refused")
            << QByteArray(R"({"marketplace_in_store": "refused"})") << zalando << day5 << false << none
            << u"marketplace.refused"_s << original;
        QTest::newRow("jacket 59.95 above a 50 € limit")
            << QByteArray(R"({"approval_above_amount": 5000})") << webshop << day5 << true
            << QStringList{u"amount_limit"_s} << u"approval.amount_limit"_s << original;
        QTest::newRow("jacket 59.95 below a 100 € limit")
            << QByteArray(R"({"approval_above_amount": {"amount": 10000, "currency": "EUR"}})") << webshop
            << day5 << true << none << u"refund.original"_s << original;
        QTest::newRow("day 15, withdrawal ends on a public holiday and runs on")
            << QByteArray(R"({"public_holidays": ["2025-03-17"]})") << webshop << day15 << true << none
            << u"window.withdrawal_extended"_s << original;
        QTest::newRow("day 15 without the holiday: the retailer's window")
            << QByteArray("{}") << webshop << day15 << true << none << u"window.retailer"_s << original;
    }
    void configChangesTheDecision() {
        QFETCH(QByteArray, policy);
        QFETCH(QString, channel);
        QFETCH(QDateTime, now);
        QFETCH(bool, canProceed);
        QFETCH(QStringList, approvals);
        QFETCH(QString, code);
        QFETCH(int, refundMethod);
        const Result<ReturnPolicyConfig> config = parse(policy);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        ReturnOrderFacts order = webshopOrder();
        order.channel = channel;
        const Result<ReturnDecision> decision =
            ReturnPolicy(config.value()).evaluate(order, request({askFor("2", 1)}), now);
        QVERIFY2(decision, qPrintable(decision ? QString() : decision.error().toString()));
        QCOMPARE(decision->canProceed(), canProceed);
        QCOMPARE(decision->approvalRuleNames(), approvals);
        QVERIFY2(codes(decision.value()).split(u' ').contains(code), qPrintable(codes(decision.value())));
        QCOMPARE(int(decision->refundMethod), refundMethod);
    }
};

QTEST_MAIN(TestReturnPolicyConfig)
#include "tst_returnpolicyconfig.moc"
