#include "OrderCommands.h"

#include "CartTable.h"
#include "ChangeLog.h"
#include "CommandSupport.h"
#include "HttpJson.h"
#include "JsonFieldReader.h"
#include "OrderFeeds.h"
#include "OrderJson.h"
#include "PickupCode.h"
#include "PinHash.h"
#include "ProductPricing.h"
#include "ProductTable.h"
#include "RouteTable.h"
#include "ServerDatabase.h"
#include "StockLedger.h"
#include "StoreDirectory.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxQuantity = 999;
constexpr int kMaxLines = 100;
constexpr qint64 kFreeShippingFromCents = 5000; // as for the web shop
constexpr qint64 kShippingCents = 495;
constexpr int kShippingVatHundredths = 1900;
const auto kOnline = u"ONLINE"_s;

Error unprocessable(QStringView code, const QString& detail) {
    return makeError(code, detail, 422);
}

QString newPickupCode() {
    static constexpr QStringView kAlphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    QString code;
    for (int i = 0; i < PickupCode::kLength; ++i)
        code.append(kAlphabet.at(QRandomGenerator::system()->bounded(int(kAlphabet.size()))));
    return code;
}

} // namespace

bool OrderCommands::isCommand(const std::string& method, const std::string& path) {
    return method == "POST" && path == "/v1/orders";
}

void OrderCommands::install(RouteTable& routes, CommandRunner& runner) {
    routes.post("/v1/orders", [&runner](const httplib::Request& request, httplib::Response& response) {
        runner.run(request, response,
                   [&](const CommandRunner::Context& context) { return create(context, request.body); });
    });
}

Result<OrderCommands::Request> OrderCommands::parse(const QJsonObject& body) {
    JsonFieldReader reader(body, u"request"_s);
    Request request;
    request.customerId = reader.nonEmptyString(u"customer_id");
    request.cartId = reader.nullableString(u"cart_id");
    reader.forEachObject(
        u"lines",
        [&request](JsonFieldReader& r) {
            const QString sku = r.nonEmptyString(u"sku");
            const qint64 quantity = r.integer(u"quantity", 1);
            if (r.ok() && quantity > kMaxQuantity)
                r.fail(u"quantity", u"is more than 999");
            request.lines.append({sku, int(std::min<qint64>(quantity, kMaxQuantity))});
        },
        1);
    reader.withObject(u"fulfilment", [&request](JsonFieldReader& r) {
        request.pickup = r.enumValue(u"type", {u"delivery", u"pickup"}) == u"pickup";
        if (!r.ok())
            return;
        if (request.pickup) {
            request.pickupStoreId = r.nonEmptyString(u"store_id");
            request.reserve = r.isNullOrAbsent(u"reserve") || r.boolean(u"reserve");
        } else if (!r.isNullOrAbsent(u"address")) {
            r.withObject(u"address", [&request](JsonFieldReader& a) {
                const QString street = a.nonEmptyString(u"street");
                const QString postcode = a.nonEmptyString(u"postcode");
                const QString city = a.nonEmptyString(u"city");
                const QString country = a.string(u"country");
                request.address = QJsonObject{{u"street"_s, street},
                                              {u"postcode"_s, postcode},
                                              {u"city"_s, city},
                                              {u"country"_s, country}};
            });
        }
    });
    request.payOnline = reader.enumValue(u"payment", {u"online", u"till"}) == u"online";
    if (!reader.ok())
        return reader.error();
    if (request.lines.size() > kMaxLines)
        return unprocessable(u"invalid_value", u"An order has at most %1 lines."_s.arg(kMaxLines));
    return request;
}

CommandAnswer OrderCommands::create(const CommandRunner::Context& context, const std::string& body) {
    const Result<QJsonObject> object = HttpJson::parseObject(body);
    if (!object)
        return CommandAnswer::problem(object.error());
    Result<Request> parsed = parse(object.value());
    if (!parsed)
        return CommandSupport::requestProblem(parsed.error());
    Request& request = parsed.value();
    if (const Status checked = checkReferences(context, request); !checked)
        return CommandAnswer::problem(checked.error());
    const Result<QString> sellingStore = CommandSupport::deviceStore(context.db, context.deviceId);
    if (!sellingStore)
        return CommandAnswer::problem(sellingStore.error());

    Order order;
    order.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.channel = u"store"_s;
    order.customerId = request.customerId;
    order.storeId = sellingStore.value();
    order.placedAt = order.updatedAt = context.now;
    order.fulfilment = request.pickup ? u"pickup"_s : u"delivery"_s;
    order.state = u"placed"_s;
    order.version = 1;
    order.payment.method = request.payOnline ? u"pending_online"_s : u"pending_till"_s;
    const ProductTable products(context.db);
    const QString location = request.pickup && request.reserve ? request.pickupStoreId : kOnline;
    StockLedger stock(context.db);
    QString currency = u"EUR"_s;
    Money vat = Money::eur(0);
    Money goods = Money::eur(0);
    for (const auto& [sku, quantity] : std::as_const(request.lines)) {
        const Result<std::optional<Product>> product = products.findBySku(sku);
        if (!product)
            return CommandAnswer::problem(product.error());
        const Product& p = *product.value(); // checkReferences found every SKU
        OrderLine line;
        line.lineId = QString::number(order.lines.size() + 1);
        line.sku = sku;
        line.name = ProductTable::lineName(p);
        line.quantity = quantity;
        line.unitPrice = ProductPricing::effectiveUnitPrice(p, context.now);
        line.total = line.unitPrice * quantity;
        if (order.lines.isEmpty()) {
            currency = line.unitPrice.currency;
            goods = vat = Money::zero(currency);
        }
        if (!line.total.sameCurrency(goods))
            return CommandAnswer::problem(
                unprocessable(u"invalid_value", u"The articles have different currencies."_s));
        goods += line.total;
        vat += line.total.vatShareOfGross(p.vatRateHundredths);
        order.lines.append(line);
        if (const Status taken = stock.take(sku, location, quantity, context.now); !taken)
            return CommandAnswer::problem(taken.error());
    }
    const Money shipping =
        Money{!request.pickup && goods.cents < kFreeShippingFromCents ? kShippingCents : 0, currency};
    vat += shipping.vatShareOfGross(kShippingVatHundredths);
    order.totals = Totals{goods + shipping - vat, vat, goods + shipping, shipping};

    const Result<QString> orderNo = nextOrderNo(context);
    if (!orderNo)
        return CommandAnswer::problem(orderNo.error());
    order.orderNo = orderNo.value();
    if (const Status inserted = insertOrder(context, order, request.address); !inserted)
        return CommandAnswer::problem(inserted.error());
    if (request.pickup) {
        if (const Status opened = openPickup(context, order, request.pickupStoreId); !opened)
            return CommandAnswer::problem(opened.error());
    }
    if (!request.cartId.isEmpty()) {
        if (const Status closed = CartTable(context.db).remove(request.cartId, context.now); !closed)
            return CommandAnswer::problem(closed.error());
    }
    const Result<std::optional<std::string>> row = CommandSupport::feedRow(
        context.db, u"orders"_s, OrderFeeds::orderColumns(), &OrderFeeds::orderJson, order.id);
    if (!row || !row.value())
        return CommandAnswer::problem(row ? makeError(u"internal_error", u"order vanished"_s, 500)
                                          : row.error());
    CommandAnswer answer = CommandSupport::rowAnswer(201, std::move(*row.value()), order.version);
    answer.headers.emplace_back("Location",
                                "/v1/orders/" + QUrl::toPercentEncoding(order.orderNo).toStdString());
    return answer;
}

Status OrderCommands::checkReferences(const CommandRunner::Context& context, Request& request) {
    QSqlQuery query(context.db);
    query.prepare(u"SELECT street, postcode, city, country FROM customers WHERE id = ?"_s);
    query.addBindValue(request.customerId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read customer");
    if (!query.next())
        return makeError(u"customer_not_found", u"There is no customer with this id."_s, 404);
    if (!request.pickup && !request.address) {
        if (query.value(0).toString().trimmed().isEmpty() || query.value(2).toString().trimmed().isEmpty())
            return unprocessable(u"address_required", u"The customer has no address on file."_s);
        request.address = QJsonObject{{u"street"_s, query.value(0).toString()},
                                      {u"postcode"_s, query.value(1).toString()},
                                      {u"city"_s, query.value(2).toString()},
                                      {u"country"_s, query.value(3).toString()}};
    }
    if (request.pickup) {
        const Result<std::optional<StoreInfo>> store = StoreDirectory(context.db).find(request.pickupStoreId);
        if (!store)
            return store.error();
        if (!store.value())
            return unprocessable(u"unknown_store", u"There is no store %1."_s.arg(request.pickupStoreId));
    }
    const ProductTable products(context.db);
    for (const auto& [sku, quantity] : std::as_const(request.lines)) {
        const Result<std::optional<Product>> product = products.findBySku(sku);
        if (!product)
            return product.error();
        if (!product.value())
            return unprocessable(u"unknown_sku", u"There is no article with SKU %1."_s.arg(sku));
    }
    if (!request.cartId.isEmpty()) {
        const Result<std::optional<Cart>> cart = CartTable(context.db).find(request.cartId);
        if (!cart)
            return cart.error();
        if (!cart.value())
            return makeError(u"cart_not_found", u"There is no cart with this id."_s, 404);
        if (cart.value()->customerId != request.customerId)
            return unprocessable(u"invalid_value", u"The cart belongs to another customer."_s);
    }
    return {};
}

Result<QString> OrderCommands::nextOrderNo(const CommandRunner::Context& context) {
    // Inside the write transaction, so two orders never get one number.
    const QString prefix = u"E-%1-"_s.arg(context.now.date().year());
    QSqlQuery query(context.db);
    query.prepare(u"SELECT order_no FROM orders WHERE order_no LIKE ? ORDER BY order_no DESC LIMIT 1"_s);
    query.addBindValue(prefix + u'%');
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"number order");
    const qint64 last = query.next() ? query.value(0).toString().mid(prefix.size()).toLongLong() : 0;
    return prefix + u"%1"_s.arg(last + 1, 7, 10, QChar(u'0'));
}

Status OrderCommands::insertOrder(const CommandRunner::Context& context, const Order& order,
                                  const std::optional<QJsonObject>& address) {
    ChangeLog changes(context.db);
    const Result<qint64> seq = changes.next();
    if (!seq)
        return seq.error();
    const QString at = CommandSupport::timestamp(context.now);
    QSqlQuery query(context.db);
    query.prepare(
        u"INSERT INTO orders (id, order_no, channel, customer_id, store_id, placed_at, lines, payment, "
        "totals, fulfilment, delivered_at, state, version, updated_at, seq, delivery_address) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& value :
         {QVariant(order.id), QVariant(order.orderNo), QVariant(order.channel), QVariant(order.customerId),
          QVariant(order.storeId), QVariant(at),
          QVariant(CommandSupport::compact(OrderJson::linesToJson(order.lines))),
          QVariant(CommandSupport::compact(OrderJson::paymentToJson(order.payment))),
          QVariant(CommandSupport::compact(OrderJson::totalsToJson(order.totals))),
          QVariant(order.fulfilment), QVariant(order.state), QVariant(order.version), QVariant(at),
          QVariant(seq.value()),
          address && !order.fulfilment.startsWith(u"pickup") ? QVariant(CommandSupport::compact(*address))
                                                             : QVariant(QMetaType::fromType<QString>())})
        query.addBindValue(value);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"insert order");
    return changes.removeTombstone(u"orders"_s, order.id);
}

Status OrderCommands::openPickup(const CommandRunner::Context& context, const Order& order,
                                 const QString& storeId) {
    QJsonArray lines;
    for (const OrderLine& line : order.lines)
        lines.append(QJsonObject{{u"line_id"_s, line.lineId}, {u"quantity"_s, line.quantity}});
    // The customer gets the code with the confirmation; the server keeps only its hash.
    const QString codeHash = PinHash::create(newPickupCode(), PickupCode::kMinimumIterations);
    ChangeLog changes(context.db);
    const Result<qint64> seq = changes.next();
    if (!seq)
        return seq.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = CommandSupport::timestamp(context.now);
    QSqlQuery query(context.db);
    query.prepare(u"INSERT INTO pickups (id, order_no, customer_id, store_id, state, lines, shelf, deadline, "
                  "pickup_code_hash, authorised_persons, notifications, handovers, version, updated_at, seq) "
                  "VALUES (?, ?, ?, ?, 'awaiting_stock', ?, NULL, NULL, ?, '[]', '[]', '[]', 1, ?, ?)"_s);
    for (const QVariant& value :
         {QVariant(id), QVariant(order.orderNo), QVariant(order.customerId), QVariant(storeId),
          QVariant(CommandSupport::compact(lines)), QVariant(codeHash), QVariant(at), QVariant(seq.value())})
        query.addBindValue(value);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"open pickup");
    return changes.removeTombstone(u"pickups"_s, id);
}
