#include "ReturnExplanation.h"

#include "Money.h"
#include "ReturnRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Entry {
    QStringView code;
    QStringView params; // comma-separated, in the order of %1, %2, …
    const char* text;
    QStringView plural = {}; // the parameter that is %n (plural forms come from the translation)
};

// English source texts; the German translation is made from these by lupdate.
constexpr std::array kCatalogue{
    Entry{u"window.withdrawal", u"days,start,last",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Returned within the %1-day withdrawal period (delivered on %2, last day %3).")},
    Entry{u"window.withdrawal_extended", u"days,start,last",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Returned within the %1-day withdrawal period (delivered on %2); as it would "
                            "have ended on a weekend or public holiday, it runs until %3.")},
    Entry{u"window.not_delivered", u"",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "The order is not recorded as delivered yet, so the withdrawal period has "
                            "not started: the return counts as a withdrawal.")},
    Entry{u"window.retailer", u"days,start,last",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Returned within the %1-day return window (delivered on %2, last day %3).")},
    Entry{u"window.retailer_store", u"days,start,last",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Returned within the %1-day return window (bought on %2, last day %3).")},
    Entry{u"window.goodwill", u"last",
          QT_TRANSLATE_N_NOOP("ReturnPolicy",
                              "The return window ended on %1, %n day(s) ago: taking the goods back is "
                              "goodwill and needs a manager's approval."),
          u"daysAgo"},
    Entry{u"window.expired", u"last",
          QT_TRANSLATE_N_NOOP("ReturnPolicy",
                              "The return window ended on %1 and goodwill is possible only up to %n "
                              "day(s) beyond it, so the return is refused."),
          u"goodwillDays"},
    Entry{u"window.expired_no_goodwill", u"last",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "The return window ended on %1 and this store gives no goodwill, so the "
                            "return is refused.")},
    Entry{u"marketplace.approval", u"marketplace",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Order from the marketplace %1: taking it back in the store needs a "
                            "manager's approval.")},
    Entry{u"marketplace.refused", u"marketplace",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Order from the marketplace %1: it is returned through the marketplace, "
                            "not in the store.")},
    Entry{u"line.taken_back", u"line,quantity,amount",
          QT_TRANSLATE_NOOP("ReturnPolicy", "Line %1: quantity %2 taken back, refund %3.")},
    Entry{u"line.quantity_exceeded", u"line,asked,left,bought,returned",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: %2 asked for, but only %3 of %4 are left to return (%5 already "
                            "returned).")},
    Entry{u"line.fully_returned", u"line,bought",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: all %2 have already been returned; nothing is left to return.")},
    Entry{u"line.not_returnable", u"line,reason",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: not returnable (%2); taking it back needs a manager's approval.")},
    Entry{u"line.gift_card", u"line",
          QT_TRANSLATE_NOOP("ReturnPolicy", "Line %1: gift cards are not taken back.")},
    Entry{u"line.sealed_unopened", u"line,reason",
          QT_TRANSLATE_NOOP("ReturnPolicy", "Line %1: %2, but still sealed, so it can be returned.")},
    Entry{u"line.final_sale_withdrawal", u"line",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: final sale, but the statutory withdrawal right still applies.")},
    Entry{u"line.damaged_partial", u"line,amount,full",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: damaged; the partial refund of %2 instead of %3 is goodwill and "
                            "needs a manager's approval.")},
    Entry{u"line.damaged_goodwill", u"line",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: damaged; refunding it in full is goodwill and needs a manager's "
                            "approval.")},
    Entry{u"line.damaged_on_arrival", u"line",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: damaged or defective on arrival, so it is refunded in full.")},
    Entry{u"line.refused_at_pickup", u"line",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: refused by the customer at pickup. The goods were never handed "
                            "over, so no return period applies: refunded in full, no approval needed.")},
    Entry{u"line.not_refused_at_pickup", u"line,asked,refused",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Line %1: %2 asked for as refused at pickup, but only %3 were recorded as "
                            "refused at a handover and not taken back yet. Choose another reason.")},
    Entry{u"refund.order_discount", u"paid,list",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "The order had a discount: each article is refunded in proportion to what "
                            "was paid for the goods (%1 of %2).")},
    Entry{u"shipping.refunded", u"amount",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "The whole order is withdrawn within the withdrawal period, so the "
                            "shipping costs of %1 are refunded.")},
    Entry{u"shipping.not_refunded", u"amount",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "The shipping costs of %1 are refunded only when the whole order is "
                            "withdrawn within the withdrawal period.")},
    Entry{u"refund.capped", u"paid,refunded",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "The refund is limited to what is left of the payment: %1 paid, %2 "
                            "already refunded.")},
    Entry{u"refund.original", u"amount",
          QT_TRANSLATE_NOOP("ReturnPolicy", "Refund of %1 to the original payment method.")},
    Entry{u"refund.voucher", u"amount",
          QT_TRANSLATE_NOOP("ReturnPolicy", "Refund of %1 as a voucher, as the customer chose.")},
    Entry{u"refund.voucher_goodwill", u"amount",
          QT_TRANSLATE_NOOP("ReturnPolicy",
                            "Refund of %1 as a voucher: goodwill after the return window is given "
                            "as a voucher only.")},
    Entry{u"approval.amount_limit", u"limit,amount",
          QT_TRANSLATE_NOOP("ReturnPolicy", "Refunds above %1 need a manager's approval; this one is %2.")},
};

const Entry* find(const QString& code) {
    for (const Entry& entry : kCatalogue) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

QString reasonLabel(const QString& wireName) {
    switch (nonReturnableReasonFromWireName(wireName).value_or(NonReturnableReason::None)) {
    case NonReturnableReason::Hygiene:
        return QCoreApplication::translate("ReturnPolicy", "hygiene article");
    case NonReturnableReason::Personalised:
        return QCoreApplication::translate("ReturnPolicy", "personalised article");
    case NonReturnableReason::SealedMedia:
        return QCoreApplication::translate("ReturnPolicy", "sealed audio, video or software");
    case NonReturnableReason::Perishable:
        return QCoreApplication::translate("ReturnPolicy", "perishable goods");
    case NonReturnableReason::GiftCard:
        return QCoreApplication::translate("ReturnPolicy", "gift card");
    case NonReturnableReason::FinalSale:
        return QCoreApplication::translate("ReturnPolicy", "final sale");
    case NonReturnableReason::None:
        break;
    }
    return QCoreApplication::translate("ReturnPolicy", "marked as not returnable");
}

QString formatValue(const QString& name, const QVariant& value) {
    const QLocale locale;
    if (value.metaType() == QMetaType::fromType<QDate>())
        return locale.toString(value.toDate(), QCoreApplication::translate("ReturnPolicy", "d MMMM yyyy",
                                                                           "date in return explanations"));
    if (value.metaType() == QMetaType::fromType<Money>())
        return ReturnExplanation::formatMoney(value);
    if (name == u"reason")
        return reasonLabel(value.toString());
    if (value.metaType() == QMetaType::fromType<int>() || value.metaType() == QMetaType::fromType<qint64>())
        return locale.toString(value.toLongLong());
    return value.toString();
}

} // namespace

QString ReturnExplanation::formatMoney(const QVariant& money) {
    return money.value<Money>().toDisplayString();
}

QString ReturnExplanation::render(const QString& code, const QVariantMap& params) {
    const Entry* entry = find(code);
    if (!entry)
        return {};
    const int n = entry->plural.isEmpty() ? -1 : params.value(entry->plural.toString()).toInt();
    QString text = QCoreApplication::translate("ReturnPolicy", entry->text, nullptr, n);
    if (!entry->params.isEmpty()) {
        for (const QStringView name : entry->params.split(u',')) {
            const QString key = name.toString();
            text = text.arg(formatValue(key, params.value(key)));
        }
    }
    return text;
}

ReturnExplanation ReturnExplanation::make(const QString& code, const QString& lineId,
                                          const QVariantMap& params) {
    return ReturnExplanation{code, lineId, params, render(code, params)};
}

QStringList ReturnExplanation::codes() {
    QStringList result;
    for (const Entry& entry : kCatalogue)
        result << entry.code.toString();
    return result;
}

QStringList ReturnExplanation::paramNames(const QString& code) {
    const Entry* entry = find(code);
    if (!entry)
        return {};
    QStringList names = entry->params.isEmpty() ? QStringList() : entry->params.toString().split(u',');
    if (!entry->plural.isEmpty())
        names << entry->plural.toString();
    return names;
}
