#include "CartHandoff.h"

#include "CartTable.h"
#include "HttpJson.h"
#include "OrderFeeds.h"
#include "ProductTable.h"
#include "RouteTable.h"

#include <QRandomGenerator>
#include <QUuid>

#include <httplib.h>

#include <regex>

using namespace Qt::StringLiterals;

namespace {

const std::string kPattern = R"(/v1/carts/([^/]+)/handoff)";
constexpr int kMaxLineQuantity = 1000000;

CommandAnswer cartAnswer(const CommandRunner::Context& context, const QString& cartId, qint64 version) {
    const Result<std::optional<std::string>> row = CommandSupport::feedRow(
        context.db, u"carts"_s, OrderFeeds::cartColumns(), &OrderFeeds::cartJson, cartId);
    if (!row || !row.value())
        return CommandAnswer::problem(row ? makeError(u"internal_error", u"cart vanished"_s, 500)
                                          : row.error());
    return CommandSupport::rowAnswer(200, std::move(*row.value()), version);
}

} // namespace

bool CartHandoff::isCommand(const std::string& method, const std::string& path) {
    static const std::regex kHandoff(kPattern);
    return method == "POST" && std::regex_match(path, kHandoff);
}

void CartHandoff::install(RouteTable& routes, CommandRunner& runner) {
    routes.post(kPattern, [&runner](const httplib::Request& request, httplib::Response& response) {
        const QString cartId = QString::fromStdString(request.matches[1].str());
        const CommandSupport::IfMatch ifMatch{request.has_header("If-Match"),
                                              QString::fromStdString(request.get_header_value("If-Match"))};
        runner.run(request, response, [&](const CommandRunner::Context& context) {
            return handOff(context, cartId, ifMatch, request.body);
        });
    });
}

Result<QString> CartHandoff::newCode(const QSqlDatabase& db) {
    const CartTable carts(db);
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString code;
        for (int i = 0; i < kCodeLength; ++i)
            code.append(kCodeAlphabet.at(QRandomGenerator::system()->bounded(int(kCodeAlphabet.size()))));
        const Result<bool> taken = carts.handoffCodeTaken(code);
        if (!taken)
            return taken.error();
        if (!taken.value())
            return code;
    }
    return makeError(u"internal_error", u"no free handoff code"_s, 500);
}

CommandAnswer CartHandoff::handOff(const CommandRunner::Context& context, const QString& cartId,
                                   const CommandSupport::IfMatch& ifMatch, const std::string& body) {
    const Result<QJsonObject> object = HttpJson::parseObject(body);
    if (!object)
        return CommandAnswer::problem(object.error());
    const QJsonValue target = object->value(u"target");
    if (!target.isString())
        return CommandAnswer::problem(400, u"invalid_request",
                                      u"The field 'target' is required and must be a string."_s);
    if (target.toString() != u"till" && target.toString() != u"online")
        return CommandAnswer::problem(422, u"invalid_value", u"target must be till or online."_s);

    const Result<std::optional<Cart>> found = CartTable(context.db).find(cartId);
    if (!found)
        return CommandAnswer::problem(found.error());
    if (!found.value())
        return CommandAnswer::problem(404, u"cart_not_found", u"There is no cart with this id."_s);
    const Cart& cart = *found.value();
    const Result<qint64> expected = CommandSupport::requireVersion(ifMatch, u"cart");
    if (!expected)
        return CommandAnswer::problem(expected.error());
    if (expected.value() != cart.version)
        return CommandSupport::versionMismatch(u"cart", expected.value(), cart.version);
    if (cart.lines.isEmpty())
        return CommandAnswer::problem(422, u"cart_empty", u"The cart has no lines to hand on."_s);
    if (target.toString() == u"till")
        return toTill(context, cart);
    return toOnlineAccount(context, cart);
}

CommandAnswer CartHandoff::toTill(const CommandRunner::Context& context, Cart cart) {
    if (!cart.handoffCode.isEmpty()) // handed on before: the same code, nothing changes
        return cartAnswer(context, cart.id, cart.version);
    const Result<QString> code = newCode(context.db);
    if (!code)
        return CommandAnswer::problem(code.error());
    cart.handoffCode = code.value();
    cart.version += 1;
    cart.updatedAt = context.now;
    if (const Status written = CartTable(context.db).write(cart); !written)
        return CommandAnswer::problem(written.error());
    return cartAnswer(context, cart.id, cart.version);
}

CommandAnswer CartHandoff::toOnlineAccount(const CommandRunner::Context& context, const Cart& cart) {
    if (cart.customerId.isEmpty())
        return CommandAnswer::problem(422, u"customer_required",
                                      u"An anonymous cart cannot go to an online account."_s);
    if (cart.origin == u"online")
        return CommandAnswer::problem(422, u"invalid_value",
                                      u"This is the customer's online cart already."_s);
    CartTable carts(context.db);
    const Result<std::optional<Cart>> latest = carts.latestOnlineCart(cart.customerId);
    if (!latest)
        return CommandAnswer::problem(latest.error());
    Cart online = latest.value().value_or(Cart{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                               cart.customerId,
                                               QString(),
                                               u"online"_s,
                                               {},
                                               {},
                                               0,
                                               {}});
    for (const CartLine& line : cart.lines) {
        auto same = std::find_if(online.lines.begin(), online.lines.end(),
                                 [&line](const CartLine& l) { return l.sku == line.sku; });
        if (same != online.lines.end())
            same->quantity = std::min(kMaxLineQuantity, same->quantity + line.quantity);
        else
            online.lines.append(line);
    }
    if (const Status priced = ProductTable(context.db).priceCartLines(online.lines, context.now); !priced)
        return CommandAnswer::problem(priced.error());
    online.storeId = cart.storeId; // the store that last worked on it
    online.version += 1;
    online.updatedAt = context.now;
    if (const Status written = carts.write(online); !written)
        return CommandAnswer::problem(written.error());
    if (const Status removed = carts.remove(cart.id, context.now); !removed)
        return CommandAnswer::problem(removed.error());
    return cartAnswer(context, online.id, online.version);
}
