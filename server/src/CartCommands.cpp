#include "CartCommands.h"

#include "Cart.h"
#include "CartJson.h"
#include "ChangeLog.h"
#include "HttpJson.h"
#include "JsonFieldReader.h"
#include "OrderFeeds.h"
#include "RouteTable.h"
#include "ServerDatabase.h"
#include "StoreDirectory.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <httplib.h>

#include <regex>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxIdLength = 100;
constexpr int kHandoffLength = 8;
const std::string kPattern = R"(/v1/carts/([^/]+))";
// As for pickup codes: no I, O, 0 or 1, which people misread at the till.
constexpr QStringView kAlphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

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

Result<QString> CartCommands::newHandoffCode(const QSqlDatabase& db) {
    for (int attempt = 0; attempt < 10; ++attempt) {
        QString code;
        for (int i = 0; i < kHandoffLength; ++i)
            code.append(kAlphabet.at(QRandomGenerator::system()->bounded(int(kAlphabet.size()))));
        const Result<bool> taken = exists(db, u"SELECT 1 FROM carts WHERE handoff_code = ?"_s, code);
        if (!taken)
            return taken.error();
        if (!taken.value())
            return code;
    }
    return makeError(u"internal_error", u"no free handoff code"_s, 500);
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

    for (const CartLine& line : std::as_const(cart.lines)) {
        const Result<bool> known = exists(context.db, u"SELECT 1 FROM products WHERE sku = ?"_s, line.sku);
        if (!known)
            return CommandAnswer::problem(known.error());
        if (!known.value())
            return CommandAnswer::problem(422, u"invalid_value",
                                          u"There is no article with SKU %1."_s.arg(line.sku));
    }
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

    QSqlQuery query(context.db);
    query.prepare(u"SELECT version, handoff_code FROM carts WHERE id = ?"_s);
    query.addBindValue(cart.id);
    if (!query.exec())
        return CommandAnswer::problem(ServerDatabase::queryError(query.lastError(), u"read cart"));
    const bool existing = query.next();
    if (existing) {
        const qint64 current = query.value(0).toLongLong();
        cart.handoffCode = query.value(1).toString();
        const Result<qint64> expected = CommandSupport::requireVersion(ifMatch, u"cart");
        if (!expected)
            return CommandAnswer::problem(expected.error());
        if (expected.value() != current)
            return CommandSupport::versionMismatch(u"cart", expected.value(), current);
        cart.version = current + 1;
    } else {
        cart.version = 1;
    }
    query.finish();
    if (cart.handoffCode.isEmpty()) {
        const Result<QString> code = newHandoffCode(context.db);
        if (!code)
            return CommandAnswer::problem(code.error());
        cart.handoffCode = code.value();
    }

    ChangeLog changes(context.db);
    const Result<qint64> seq = changes.next();
    if (!seq)
        return CommandAnswer::problem(seq.error());
    query.prepare(u"INSERT INTO carts (id, customer_id, store_id, origin, lines, handoff_code, version, "
                  u"updated_at, seq) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET customer_id = "
                  "excluded.customer_id, "
                  "store_id = excluded.store_id, origin = excluded.origin, lines = excluded.lines, "
                  "handoff_code = excluded.handoff_code, version = excluded.version, "
                  "updated_at = excluded.updated_at, seq = excluded.seq"_s);
    query.addBindValue(cart.id);
    query.addBindValue(CommandSupport::textOrNull(cart.customerId));
    query.addBindValue(CommandSupport::textOrNull(cart.storeId));
    query.addBindValue(cart.origin);
    query.addBindValue(CommandSupport::compact(CartJson::linesToJson(cart.lines)));
    query.addBindValue(cart.handoffCode);
    query.addBindValue(cart.version);
    query.addBindValue(CommandSupport::timestamp(context.now));
    query.addBindValue(seq.value());
    if (!query.exec())
        return CommandAnswer::problem(ServerDatabase::queryError(query.lastError(), u"write cart"));
    if (const Status cleared = changes.removeTombstone(u"carts"_s, cart.id); !cleared)
        return CommandAnswer::problem(cleared.error());
    const Result<std::optional<std::string>> row = CommandSupport::feedRow(
        context.db, u"carts"_s, OrderFeeds::cartColumns(), &OrderFeeds::cartJson, cart.id);
    if (!row || !row.value())
        return CommandAnswer::problem(row ? makeError(u"internal_error", u"cart vanished"_s, 500)
                                          : row.error());
    return CommandSupport::rowAnswer(existing ? 200 : 201, std::move(*row.value()), cart.version);
}
