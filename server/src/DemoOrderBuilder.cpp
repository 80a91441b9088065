#include "DemoOrderBuilder.h"

#include "DemoIds.h"
#include "DemoTime.h"
#include "JsonText.h"
#include "Money.h"
#include "StoreDirectory.h"

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kOrderIdEpochMs = 1'706'745'600'000;  // 2024-02-01: ids of orders rise from here
constexpr quint64 kReturnIdEpochMs = 1'709'251'200'000; // 2024-03-01
constexpr qint64 kHistoryDays = 730;
constexpr qint64 kFreeShippingFromCents = 5000;
constexpr qint64 kShippingCents = 495;
constexpr const char* kMarketplaces[] = {"zalando", "otto", "amazon", "ebay"};

void appendMoney(std::string& j, qint64 cents) {
    j += R"({"amount":)";
    JsonText::appendInteger(j, cents);
    j += R"(,"currency":"EUR"})";
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant timeOrNull(qint64 ms) {
    return ms < 0 ? QVariant(QMetaType::fromType<QString>())
                  : QVariant(QByteArray::fromStdString(DemoTime::iso(ms)));
}

QByteArray isoText(qint64 ms) {
    return QByteArray::fromStdString(DemoTime::iso(ms));
}

} // namespace

DemoOrderBuilder::DemoOrderBuilder(std::mt19937_64& random,
                                   const std::vector<DemoCatalogGenerator::Product>& products, qint64 nowMs)
    : m_random(random)
    , m_products(products)
    , m_nowMs(nowMs) {
    for (const StoreDirectory::DefaultStore& store : StoreDirectory::defaultStores())
        m_storeIds.append(store.info.id);
}

QString DemoOrderBuilder::staffId(const QString& storeId, int n) {
    return u"st-%1-%2"_s.arg(storeId.section(u'-', 0, 0)).arg(n, 4, 10, QChar(u'0'));
}

QString DemoOrderBuilder::randomStore() {
    return m_storeIds.at(qsizetype(below(quint64(m_storeIds.size()))));
}

qint64 DemoOrderBuilder::placedBetween(qint64 fromMs, qint64 toMs) {
    return fromMs + qint64(below(quint64(std::max<qint64>(1, toMs - fromMs))));
}

DemoOrderBuilder::Order DemoOrderBuilder::baseOrder(const Customer& customer, QChar prefix, qint64 placedMs) {
    static constexpr char16_t kPrefixes[] = u"WAMF";
    const size_t slot = size_t(std::u16string_view(kPrefixes).find(prefix.unicode()));
    m_numbers[slot] += 1 + qint64(below(3)); // numbers are not dense: other customers order too
    Order order;
    order.id = DemoIds::uuid7(kOrderIdEpochMs + m_orderCounter++, m_random);
    order.orderNo =
        u"%1-%2-%3"_s.arg(prefix).arg(DemoTime::year(placedMs)).arg(m_numbers[slot], 7, 10, QChar(u'0'));
    order.customerId = customer.id;
    order.placedMs = placedMs;
    order.updatedMs = placedMs;
    return order;
}

void DemoOrderBuilder::addLines(Order& order, int minPieces) {
    const quint64 roll = below(100);
    const int count = roll < 55 ? 1 : roll < 85 ? 2 : 3;
    int pieces = 0;
    for (int i = 0; i < count || pieces < minPieces; ++i) {
        // The commoner articles first: the lower of two draws.
        const size_t index = size_t(std::min(below(m_products.size()), below(m_products.size())));
        Line line;
        line.product = &m_products[index];
        line.quantity = below(100) < 85 ? 1 : 2 + int(below(2));
        pieces += line.quantity;
        order.lines.push_back(line);
    }
}

std::string DemoOrderBuilder::payment(const QString& channel) {
    auto reference = [this] {
        static constexpr char kChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        std::string ref = "\"PSP-";
        for (int i = 0; i < 9; ++i)
            ref += i == 4 ? '-' : kChars[below(32)];
        ref += '-';
        JsonText::appendInteger(ref, qint64(10 + below(90)));
        return ref + '"';
    };
    static constexpr const char* kBrands[] = {"visa", "mastercard", "amex"};
    auto card = [&](const char* brand) {
        return std::string(R"({"card_brand":")") + brand + R"(","method":"card","provider_reference":)" +
               reference() + "}";
    };
    auto other = [&](const char* method, bool withReference) {
        return std::string(R"({"card_brand":null,"method":")") + method + R"(","provider_reference":)" +
               (withReference ? reference() : std::string("null")) + "}";
    };
    if (channel.startsWith(u"marketplace:"))
        return other("marketplace", false);
    const quint64 roll = below(100);
    if (channel == u"store") {
        if (roll < 45)
            return card("girocard");
        if (roll < 65)
            return card(kBrands[below(2)]);
        return other("cash", false);
    }
    if (roll < 35)
        return other("paypal", true);
    if (roll < 60)
        return card(kBrands[below(3)]);
    if (roll < 80)
        return other("klarna", true);
    if (roll < 95)
        return other("invoice", false);
    return other("direct_debit", true);
}

std::vector<QVariant> DemoOrderBuilder::orderRow(const Order& order) const {
    std::string lines = "[";
    qint64 goods = 0;
    qint64 vat = 0;
    for (size_t i = 0; i < order.lines.size(); ++i) {
        const Line& line = order.lines[i];
        const qint64 total = line.product->priceCents * line.quantity;
        goods += total;
        vat += Money::eur(total).vatShareOfGross(line.product->vatHundredths).cents;
        lines += i == 0 ? R"({"line_id":")" : R"(,{"line_id":")";
        JsonText::appendInteger(lines, qint64(i + 1));
        lines += R"(","name":)";
        lines += line.product->lineNameJson;
        lines += R"(,"quantity":)";
        JsonText::appendInteger(lines, line.quantity);
        lines += R"(,"returned_quantity":)";
        JsonText::appendInteger(lines, line.returned);
        lines += R"(,"sku":)";
        JsonText::appendString(lines, line.product->sku);
        lines += R"(,"total":)";
        appendMoney(lines, total);
        lines += R"(,"unit_price":)";
        appendMoney(lines, line.product->priceCents);
        lines += '}';
    }
    lines += ']';
    const bool shipped = order.fulfilment == u"delivery" && !order.channel.startsWith(u"marketplace:");
    const qint64 shipping = shipped && goods < kFreeShippingFromCents ? kShippingCents : 0;
    vat += Money::eur(shipping).vatShareOfGross(1900).cents;
    const qint64 gross = goods + shipping;
    std::string totals = R"({"gross":)";
    appendMoney(totals, gross);
    totals += R"(,"net":)";
    appendMoney(totals, gross - vat);
    totals += R"(,"shipping":)";
    appendMoney(totals, shipping);
    totals += R"(,"vat":)";
    appendMoney(totals, vat);
    totals += '}';
    return {order.id,
            order.orderNo,
            order.channel,
            textOrNull(order.customerId),
            textOrNull(order.storeId),
            isoText(order.placedMs),
            QByteArray::fromStdString(lines),
            QByteArray::fromStdString(order.payment),
            QByteArray::fromStdString(totals),
            order.fulfilment,
            timeOrNull(order.deliveredMs),
            order.state,
            order.version,
            isoText(order.updatedMs),
            QVariant()};
}

DemoOrderBuilder::Order DemoOrderBuilder::pickupOrder(const Customer& customer, const QString& storeId,
                                                      qint64 placedMs, int minPieces) {
    const bool app = below(100) < 30;
    Order order = baseOrder(customer, app ? u'A' : u'W', placedMs);
    order.channel = app ? u"app"_s : u"webshop"_s;
    order.storeId = storeId;
    order.fulfilment = u"pickup"_s;
    order.payment = payment(order.channel);
    addLines(order, minPieces);
    return order;
}

void DemoOrderBuilder::addHistory(const Customer& customer, std::vector<std::vector<QVariant>>& orders,
                                  std::vector<std::vector<QVariant>>& returns) {
    const int count = int(below(7)); // 0 … 6, about 3 on average
    const qint64 earliest = std::max(customer.sinceMs, m_nowMs - kHistoryDays * DemoTime::kDay);
    for (int n = 0; n < count; ++n) {
        const qint64 placed = placedBetween(earliest, m_nowMs - DemoTime::kHour);
        const quint64 roll = below(100);
        QChar prefix = u'W';
        QString channel = u"webshop"_s;
        if (roll >= 45 && roll < 60) {
            prefix = u'A';
            channel = u"app"_s;
        } else if (roll >= 60 && roll < 70) {
            prefix = u'M';
            channel = u"marketplace:"_s + QLatin1StringView(kMarketplaces[below(4)]);
        } else if (roll >= 70) {
            prefix = u'F';
            channel = u"store"_s;
        }
        Order order = baseOrder(customer, prefix, placed);
        order.channel = channel;
        order.payment = payment(channel);
        addLines(order, 1);
        if (channel == u"store") {
            // A receipt: paid and taken along at the till.
            order.storeId = customer.preferredStoreId.isEmpty() || below(10) < 2 ? randomStore()
                                                                                 : customer.preferredStoreId;
            order.fulfilment = u"pickup"_s;
            order.deliveredMs = placed;
            order.state = u"completed"_s;
        } else {
            const bool collect = prefix != u'M' && below(100) < 8;
            order.fulfilment = collect ? u"pickup"_s : u"delivery"_s;
            if (collect)
                order.storeId =
                    customer.preferredStoreId.isEmpty() ? randomStore() : customer.preferredStoreId;
            const qint64 arrives = placed + DemoTime::kDay + qint64(below(quint64(3 * DemoTime::kDay)));
            if (below(100) < 2) {
                order.state = u"cancelled"_s;
                order.version = 2;
                order.updatedMs = placed + qint64(below(quint64(DemoTime::kDay)));
            } else if (arrives >= m_nowMs) {
                order.state = placed + DemoTime::kDay < m_nowMs ? u"shipped"_s : u"paid"_s;
                order.version = 2;
            } else {
                order.state = collect ? u"collected"_s : u"delivered"_s;
                order.deliveredMs = arrives;
                order.updatedMs = arrives;
                order.version = 3;
            }
        }
        // Returns of about 15 % of the online orders: delivered ones are ~93 % of them.
        if (order.deliveredMs >= 0 && channel != u"store" && below(1000) < 162) {
            if (std::optional<std::vector<QVariant>> row = makeReturn(order, customer))
                returns.push_back(std::move(*row));
        }
        orders.push_back(orderRow(order));
    }
}

std::optional<std::vector<QVariant>> DemoOrderBuilder::makeReturn(Order& order, const Customer& customer) {
    const qint64 created = order.deliveredMs + DemoTime::kDay + qint64(below(quint64(13 * DemoTime::kDay)));
    if (created >= m_nowMs)
        return std::nullopt;
    static constexpr const char* kReasons[] = {
        "does_not_fit", "does_not_fit", "does_not_fit", "not_as_described",   "defective",
        "changed_mind", "changed_mind", "wrong_item",   "damaged_in_transit", "other"};
    std::string lines = "[";
    qint64 refund = 0;
    for (size_t i = 0; i < order.lines.size(); ++i) {
        Line& line = order.lines[i];
        const bool last = i + 1 == order.lines.size();
        if (!line.product->returnable || (below(100) >= 60 && !(last && lines.size() == 1)))
            continue;
        const int quantity = 1 + int(below(quint64(line.quantity)));
        const char* reason = kReasons[below(10)];
        const bool faulty =
            std::string_view(reason) == "defective" || std::string_view(reason) == "damaged_in_transit";
        lines += lines.size() == 1 ? R"({"condition":")" : R"(,{"condition":")";
        lines += faulty ? "damaged" : below(100) < 80 ? "as_new" : "unopened";
        lines += R"(","disposition":")";
        lines += faulty ? (below(2) ? "return_to_supplier" : "inspect") : "restock";
        lines += R"(","line_id":")";
        JsonText::appendInteger(lines, qint64(i + 1));
        lines += R"(","quantity":)";
        JsonText::appendInteger(lines, quantity);
        lines += R"(,"reason":")";
        lines += reason;
        lines += "\"}";
        line.returned += quantity;
        refund += line.product->priceCents * quantity;
    }
    if (lines.size() == 1)
        return std::nullopt; // nothing returnable in this order
    lines += ']';

    // Marketplace orders go back by post to the marketplace; others by post or to a store.
    const bool atStore = !order.channel.startsWith(u"marketplace:") && below(100) < 35;
    const QString storeId =
        atStore ? (customer.preferredStoreId.isEmpty() ? randomStore() : customer.preferredStoreId)
                : QString();
    const QString requester = atStore ? staffId(storeId, 3 + int(below(2))) : QString();
    std::string approvals = "[]";
    if (atStore && below(100) < 5) {
        approvals = R"([{"approver_staff_id":")" + staffId(storeId, 1).toStdString() + R"(","at":")" +
                    DemoTime::iso(created) + R"(","requester_staff_id":")" + requester.toStdString() +
                    R"(","rule":"goodwill"}])";
    }
    std::string refundJson = R"({"amount":)";
    appendMoney(refundJson, refund);
    refundJson += R"(,"method":")";
    refundJson += below(100) < 90 ? "original" : "voucher";
    refundJson += "\"}";
    QString state = u"recorded"_s;
    qint64 updated = created;
    qint64 version = 1;
    if (created + 3 * DemoTime::kDay < m_nowMs) {
        state = below(100) < 88 ? u"refunded"_s : u"refund_pending"_s;
        updated = created + DemoTime::kDay + qint64(below(quint64(DemoTime::kDay)));
        version = 2;
    }
    order.version += 1;
    order.updatedMs = std::max(order.updatedMs, created);
    return std::vector<QVariant>{DemoIds::uuid7(kReturnIdEpochMs + m_returnCounter++, m_random),
                                 order.orderNo,
                                 textOrNull(storeId),
                                 atStore ? u"store"_s : order.channel,
                                 textOrNull(requester),
                                 QByteArray::fromStdString(lines),
                                 QByteArray::fromStdString(refundJson),
                                 QByteArray::fromStdString(approvals),
                                 state,
                                 isoText(created),
                                 version,
                                 isoText(updated),
                                 QVariant()};
}
