#include "ReturnPolicyJson.h"

#include "ReturnPolicyError.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const auto kWindow = u"retailer_window_days"_s;
const auto kMarketplace = u"marketplace_in_store"_s;
const auto kGoodwillDays = u"goodwill_days_beyond_window"_s;
const auto kApprovalAbove = u"approval_above_amount"_s;
const auto kVoucherOnly = u"goodwill_as_voucher_only"_s;
const auto kHolidays = u"public_holidays"_s;

QString marketplaceName(MarketplaceInStore rule) {
    switch (rule) {
    case MarketplaceInStore::Allowed:
        return u"allowed"_s;
    case MarketplaceInStore::NeedsApproval:
        break;
    case MarketplaceInStore::Refused:
        return u"refused"_s;
    }
    return u"needs_approval"_s;
}

Error invalid(const QString& detail) {
    return makeError(ReturnPolicyError::kInvalidConfig, detail);
}

std::optional<int> days(const QJsonValue& value) {
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < 0 ||
        number > ReturnPolicyJson::kMaxDays)
        return std::nullopt;
    return int(number);
}

QString daysRule(const QString& key) {
    return u"%1 must be a whole number of days from 0 to %2"_s.arg(key).arg(ReturnPolicyJson::kMaxDays);
}

std::optional<Money> amount(const QJsonValue& value) {
    if (value.isDouble()) {
        const double cents = value.toDouble();
        if (cents != std::floor(cents) || cents < 0 || cents > 1e12)
            return std::nullopt;
        return Money{qint64(cents), u"EUR"_s};
    }
    const std::optional<Money> money = Money::fromJson(value);
    if (!money || money->cents < 0)
        return std::nullopt;
    return money;
}

} // namespace

QJsonObject ReturnPolicyJson::toJson(const ReturnPolicyConfig& config) {
    QJsonArray holidays;
    for (const QDate& day : config.publicHolidays)
        holidays.append(day.toString(Qt::ISODate));
    return QJsonObject{
        {kWindow, config.retailerWindowDays},
        {kMarketplace, marketplaceName(config.marketplaceInStore)},
        {kGoodwillDays, config.goodwillDaysBeyondWindow ? QJsonValue(*config.goodwillDaysBeyondWindow)
                                                        : QJsonValue(QJsonValue::Null)},
        {kApprovalAbove, config.approvalAboveAmount ? QJsonValue(config.approvalAboveAmount->toJson())
                                                    : QJsonValue(QJsonValue::Null)},
        {kVoucherOnly, config.goodwillAsVoucherOnly},
        {kHolidays, holidays},
    };
}

Result<ReturnPolicyConfig> ReturnPolicyJson::fromJson(const QJsonObject& object) {
    static const QSet<QString> known{kWindow,        kMarketplace, kGoodwillDays,
                                     kApprovalAbove, kVoucherOnly, kHolidays};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(u"unknown setting %1 (known: %2)"_s.arg(
                it.key(),
                QStringList{kWindow, kMarketplace, kGoodwillDays, kApprovalAbove, kVoucherOnly, kHolidays}
                    .join(u", "_s)));
    }
    ReturnPolicyConfig config;
    if (object.contains(kWindow)) {
        const std::optional<int> window = days(object.value(kWindow));
        if (!window)
            return invalid(daysRule(kWindow));
        config.retailerWindowDays = *window;
    }
    if (object.contains(kMarketplace)) {
        const QString rule = object.value(kMarketplace).toString();
        if (rule == u"allowed")
            config.marketplaceInStore = MarketplaceInStore::Allowed;
        else if (rule == u"needs_approval")
            config.marketplaceInStore = MarketplaceInStore::NeedsApproval;
        else if (rule == u"refused")
            config.marketplaceInStore = MarketplaceInStore::Refused;
        else
            return invalid(u"%1 must be allowed, needs_approval or refused"_s.arg(kMarketplace));
    }
    if (const QJsonValue goodwill = object.value(kGoodwillDays);
        !goodwill.isNull() && !goodwill.isUndefined()) {
        config.goodwillDaysBeyondWindow = days(goodwill);
        if (!config.goodwillDaysBeyondWindow)
            return invalid(daysRule(kGoodwillDays) + u", or null for no limit"_s);
    }
    if (const QJsonValue limit = object.value(kApprovalAbove); !limit.isNull() && !limit.isUndefined()) {
        config.approvalAboveAmount = amount(limit);
        if (!config.approvalAboveAmount)
            return invalid(
                u"%1 must be whole cents (e.g. 50000 for 500,00 EUR), an amount object or null"_s.arg(
                    kApprovalAbove));
    }
    if (object.contains(kVoucherOnly)) {
        if (!object.value(kVoucherOnly).isBool())
            return invalid(u"%1 must be true or false"_s.arg(kVoucherOnly));
        config.goodwillAsVoucherOnly = object.value(kVoucherOnly).toBool();
    }
    if (object.contains(kHolidays)) {
        if (!object.value(kHolidays).isArray())
            return invalid(u"%1 must be a list of dates (YYYY-MM-DD)"_s.arg(kHolidays));
        const QJsonArray holidays = object.value(kHolidays).toArray();
        for (qsizetype i = 0; i < holidays.size(); ++i) {
            const QDate day = QDate::fromString(holidays.at(i).toString(), Qt::ISODate);
            if (!day.isValid())
                return invalid(u"%1[%2] must be a date, YYYY-MM-DD"_s.arg(kHolidays).arg(i));
            if (!config.publicHolidays.contains(day))
                config.publicHolidays.append(day);
        }
        std::sort(config.publicHolidays.begin(), config.publicHolidays.end());
    }
    return config;
}
