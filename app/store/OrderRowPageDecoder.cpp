#include "OrderRowPageDecoder.h"

#include "CacheSql.h"
#include "FeedDocumentItems.h"
#include "SpanFieldReader.h"
#include "UtcTimestamp.h"

#include <QJsonDocument>

namespace {

QByteArray bytes(std::string_view text) {
    return QByteArray(text.data(), qsizetype(text.size()));
}

// CacheSql::timeText of a timestamp SpanFieldReader accepted; empty for an empty text (null or absent).
QByteArray timeColumn(std::string_view text) {
    if (text.empty())
        return {};
    if (UtcTimestamp::isCanonical(text)) {
        if (text.size() == 24) // already "YYYY-MM-DDTHH:MM:SS.mmmZ"
            return bytes(text);
        QByteArray column = bytes(text.substr(0, 19));
        column += ".000Z";
        return column;
    }
    return CacheSql::timeText(SpanFieldReader::utcTime(text)).toUtf8();
}

int count(SpanFieldReader& r, std::string_view key, qint64 minimum) {
    return int(qMin<qint64>(r.integer(key, minimum), std::numeric_limits<int>::max()));
}

// OrderJson's readLine; the quantity for the order's pieces.
int readLine(SpanFieldReader& r) {
    r.nonEmptyString("line_id");
    r.string("sku");
    r.string("name");
    const int quantity = count(r, "quantity", 1);
    r.money("unit_price");
    r.money("total");
    const int returned = count(r, "returned_quantity", 0);
    if (r.ok() && returned > quantity)
        r.fail("returned_quantity", u"exceeds the quantity");
    return quantity;
}

void readPayment(SpanFieldReader& r) {
    r.enumValue("method", {"card", "paypal", "klarna", "invoice", "direct_debit", "gift_card", "voucher",
                           "cash", "marketplace", "pending_online", "pending_till"});
    r.nullableString("card_brand");
    r.nullableString("provider_reference");
}

SpanFieldReader::Amount readTotals(SpanFieldReader& r) {
    r.money("net");
    r.money("vat");
    const SpanFieldReader::Amount gross = r.money("gross");
    r.money("shipping");
    return gross;
}

bool hasFraction(simdjson::dom::element value) {
    switch (value.type()) {
    case simdjson::dom::element_type::DOUBLE:
        return true;
    case simdjson::dom::element_type::ARRAY: {
        const simdjson::dom::array array = value.get_array().value_unsafe();
        for (const simdjson::dom::element item : array) {
            if (hasFraction(item))
                return true;
        }
        return false;
    }
    case simdjson::dom::element_type::OBJECT: {
        const simdjson::dom::object object = value.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair field : object) {
            if (hasFraction(field.value))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

// simdjson::minify, through one builder for the page (minify makes a std::string per call).
using JsonBuilder = simdjson::internal::string_builder<>;

template <typename Value> QByteArray compact(JsonBuilder& builder, Value value) {
    builder.clear();
    builder.append(value);
    const std::string_view text = builder.str();
    return QByteArray(text.data(), qsizetype(text.size()));
}

Result<OrderRow> decodeOrder(simdjson::dom::object object, JsonBuilder& builder) {
    SpanFieldReader r(object, u"order");
    const std::string_view id = r.id();
    const std::string_view orderNo = r.nonEmptyString("order_no");
    const std::string_view channel = r.channel("channel");
    const std::string_view customerId = r.nullableString("customer_id");
    const std::string_view storeId = r.nullableString("store_id");
    const std::string_view placedAt = r.timestamp("placed_at");
    // Summed as OrderFacts::of does, in int.
    unsigned pieces = 0;
    r.forEachObject(
        "lines", [&pieces](SpanFieldReader& line) { pieces += unsigned(readLine(line)); }, 1);
    r.withObject("payment", &readPayment);
    SpanFieldReader::Amount gross;
    r.withObject("totals", [&gross](SpanFieldReader& totals) { gross = readTotals(totals); });
    const std::string_view fulfilment = r.enumValue("fulfilment", {"delivery", "pickup"});
    const std::string_view deliveredAt = r.nullableTimestamp("delivered_at");
    const std::string_view state =
        r.enumValue("state", {"placed", "paid", "shipped", "delivered", "ready_for_pickup", "collected",
                              "completed", "cancelled"});
    const qint64 version = r.integer("version", 1);
    const std::string_view updatedAt = r.timestamp("updated_at");
    if (!r.ok())
        return r.error();

    const simdjson::dom::element lines = *r.value("lines");
    const simdjson::dom::element payment = *r.value("payment");
    const simdjson::dom::element totals = *r.value("totals");
    if (hasFraction(lines) || hasFraction(payment) || hasFraction(totals))
        return OrderRow::fromJson(QJsonDocument::fromJson(compact(builder, object)).object());

    OrderRow row;
    row.id = SpanFieldReader::text(id);
    row.idUtf8 = bytes(id);
    row.orderNo = bytes(orderNo);
    row.channel = bytes(channel);
    row.customerId = bytes(customerId);
    row.storeId = bytes(storeId);
    row.placedAt = timeColumn(placedAt);
    row.linesJson = compact(builder, lines);
    row.paymentJson = compact(builder, payment);
    row.totalsJson = compact(builder, totals);
    row.fulfilment = bytes(fulfilment);
    row.deliveredAt = timeColumn(deliveredAt);
    row.state = bytes(state);
    row.version = version;
    row.updatedAt = timeColumn(updatedAt);
    row.grossCents = gross.cents;
    row.currency = bytes(gross.currency);
    row.pieces = int(pieces);
    return row;
}

} // namespace

Result<QList<OrderRow>> OrderRowPageDecoder::decode(const FeedDocument& document, const QString& feed) {
    JsonBuilder builder;
    return decodeFeedItems<OrderRow>(
        document, feed, [&builder](simdjson::dom::object order) { return decodeOrder(order, builder); });
}
