#include "CartCommands.h"

#include "Cart.h"
#include "CartJson.h"
#include "CartTable.h"
#include "HttpJson.h"
#include "JsonFieldReader.h"
#include "OrderFeeds.h"
#include "ProductTable.h"
#include "RouteTable.h"
#include "ServerDatabase.h"
#include "StoreDirectory.h"

#include <QSqlError>
#include <QSqlQuery>

#include <httplib.h>

#include <regex>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxIdLength = 100;
const std::string kPattern = R"(/v1/carts/([^/]+))";

Result<bool> exists(const QSqlDatabase& db, const QString& sql, const QString& value) {
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"look up cart reference");
    return query.next();
}

} // namespace

bool CartCommands::isCommand(const std::string& method, const std::string& path) {
    static const std::regex kCart(kPattern);
    return method == "PUT" && std::regex_match(path, kCart);
}

void CartCommands::install(RouteTable& routes, CommandRunner& runner) {
    routes.put(kPattern, [&runner](const httplib::Request& request, httplib::Response& response) {
        const QString cartId = QString::fromStdString(request.matches[1].str());
        const CommandSupport::IfMatch ifMatch{request.has_header("If-Match"),
                                              QString::fromStdString(request.get_header_value("If-Match"))};
        runner.run(request, response, [&](const CommandRunner::Context& context) {
            return put(context, cartId, ifMatch, request.body);
        });
    });
}

CommandAnswer CartCommands::put(const CommandRunner::Context& context, const QString& cartId,
                                const CommandSupport::IfMatch& ifMatch, const std::string& body) {
    const Result<QJsonObject> object = HttpJson::parseObject(body);
    if (!object)
        return CommandAnswer::problem(object.error());
    if (cartId.size() > kMaxIdLength)
        return CommandAnswer::problem(422, u"invalid_value", u"A cart id has at most 100 characters."_s);
    JsonFieldReader reader(object.value(), u"request"_s);
    Cart cart;
    cart.id = cartId;
    cart.customerId = reader.nullableString(u"customer_id");
    if (!reader.isNullOrAbsent(u"customer_id") && cart.customerId.isEmpty())
        return CommandAnswer::problem(422, u"invalid_value", u"customer_id must not be empty."_s);
    cart.storeId = reader.nullableString(u"store_id");
    cart.origin = reader.enumValue(u"origin", {u"online", u"store"});
    reader.forEachObject(u"lines", [&cart](JsonFieldReader& r) {
        CartLine line;
        line.sku = r.nonEmptyString(u"sku");
        line.name = r.string(u"name");
        line.quantity = int(qMin<qint64>(r.integer(u"quantity", 1), 1000000));
        line.unitPrice = r.money(u"unit_price");
        cart.lines.append(line);
    });
    if (!object->contains(u"customer_id"))
        return CommandAnswer::problem(400, u"invalid_request", u"The field 'customer_id' is required."_s);
    if (!reader.ok())
        return CommandSupport::requestProblem(reader.error());

    if (const Status priced = ProductTable(context.db).priceCartLines(cart.lines, context.now); !priced)
        return CommandAnswer::problem(priced.error().code == u"unknown_sku"
                                          ? makeError(u"invalid_value", priced.error().detail, 422)
                                          : priced.error());
    if (!cart.customerId.isEmpty()) {
        const Result<bool> known =
            exists(context.db, u"SELECT 1 FROM customers WHERE id = ?"_s, cart.customerId);
        if (!known)
            return CommandAnswer::problem(known.error());
        if (!known.value())
            return CommandAnswer::problem(404, u"customer_not_found",
                                          u"There is no customer with this id."_s);
    }
    if (cart.storeId.isEmpty()) {
        const Result<QString> store = CommandSupport::deviceStore(context.db, context.deviceId);
        if (!store)
            return CommandAnswer::problem(store.error());
        cart.storeId = store.value();
    } else {
        const Result<std::optional<StoreInfo>> store = StoreDirectory(context.db).find(cart.storeId);
        if (!store)
            return CommandAnswer::problem(store.error());
        if (!store.value())
            return CommandAnswer::problem(422, u"invalid_value", u"There is no store with this id."_s);
    }

    CartTable carts(context.db);
    const Result<std::optional<Cart>> existing = carts.find(cart.id);
    if (!existing)
        return CommandAnswer::problem(existing.error());
    if (existing.value()) {
        const qint64 current = existing.value()->version;
        const Result<qint64> expected = CommandSupport::requireVersion(ifMatch, u"cart");
        if (!expected)
            return CommandAnswer::problem(expected.error());
        if (expected.value() != current)
            return CommandSupport::versionMismatch(u"cart", expected.value(), current);
        cart.version = current + 1;
        // Handed to the till already: the till loads the cart as it is now, by the same code.
        cart.handoffCode = existing.value()->handoffCode;
    } else {
        cart.version = 1;
    }
    cart.updatedAt = context.now;
    if (const Status written = carts.write(cart); !written)
        return CommandAnswer::problem(written.error());
    const Result<std::optional<std::string>> row = CommandSupport::feedRow(
        context.db, u"carts"_s, OrderFeeds::cartColumns(), &OrderFeeds::cartJson, cart.id);
    if (!row || !row.value())
        return CommandAnswer::problem(row ? makeError(u"internal_error", u"cart vanished"_s, 500)
                                          : row.error());
    return CommandSupport::rowAnswer(existing.value() ? 200 : 201, std::move(*row.value()), cart.version);
}
