#include "CtlContext.h"
#include "DeskCommands.h"

#include "CartChanges.h"
#include "CartJson.h"
#include "CartRepository.h"
#include "CartTotals.h"
#include "CustomerRepository.h"
#include "ErrorMessages.h"
#include "ProductRepository.h"
#include "SettingsRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// cart show / cart add: the counter's cart on the cache; an added article goes to the outbox as the
// whole cart (cart.put) and out with `push`.

namespace {

QString money(const Money& amount) {
    return u"%1.%2 %3"_s.arg(amount.cents / 100)
        .arg(qAbs(amount.cents % 100), 2, 10, QLatin1Char('0'))
        .arg(amount.currency);
}

// The cart with each line's total and VAT rate, and the totals (CartTotals: VAT per rate from the
// gross sum of that rate, as a receipt shows it; a line whose article is not cached has no rate, then
// vat_complete is false and its VAT is missing from the totals).
QJsonObject cartWithTotals(const Cart& cart, const ProductRepository& products) {
    const CartTotals totals =
        CartTotals::of(cart.lines, [&products](const QString& sku) -> std::optional<int> {
            const std::optional<Product> product = products.findBySku(sku);
            return product ? std::optional<int>(product->vatRateHundredths) : std::nullopt;
        });
    QJsonArray lines;
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        const CartLine& line = cart.lines.at(i);
        const CartTotals::Line& sums = totals.lines.at(i);
        QJsonObject json{{u"sku"_s, line.sku},
                         {u"name"_s, line.name},
                         {u"quantity"_s, line.quantity},
                         {u"unit_price"_s, line.unitPrice.toJson()},
                         {u"total"_s, sums.total.toJson()}};
        if (sums.vatRate) {
            json.insert(u"vat_rate"_s, *sums.vatRate / 100.0);
            json.insert(u"vat"_s, sums.vat.toJson());
        } else {
            json.insert(u"vat_rate"_s, QJsonValue());
        }
        lines.append(json);
    }
    QJsonArray byRate;
    for (const CartTotals::Rate& rate : totals.byRate) {
        byRate.append(QJsonObject{{u"vat_rate"_s, rate.vatRate / 100.0},
                                  {u"gross"_s, rate.gross.toJson()},
                                  {u"vat"_s, rate.vat.toJson()},
                                  {u"net"_s, rate.net.toJson()}});
    }
    QJsonObject json = CartJson::toJson(cart);
    json.insert(u"lines"_s, lines);
    json.insert(u"totals"_s, QJsonObject{{u"gross"_s, totals.total.toJson()},
                                         {u"vat"_s, totals.vat.toJson()},
                                         {u"net"_s, totals.net.toJson()},
                                         {u"by_vat_rate"_s, byRate},
                                         {u"vat_complete"_s, totals.vatComplete}});
    return json;
}

int show(CtlContext& context, const QString& customerId, bool asJson) {
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    if (!CustomerRepository(database->sql()).find(customerId))
        return context.refuse(
            u"cart show failed: customer %1 is not in this device's cache"_s.arg(customerId),
            CtlContext::kFailed);
    const Result<QList<Cart>> carts = CartRepository(database->sql()).forCustomer(customerId);
    if (!carts)
        return context.fail(u"cart show failed"_s, carts.error());
    const ProductRepository products(database->sql());
    QJsonArray array;
    for (const Cart& cart : carts.value())
        array.append(cartWithTotals(cart, products));
    if (asJson) {
        context.printJson(QJsonDocument(array));
        return CtlContext::kOk;
    }
    if (array.isEmpty())
        context.printLine(u"no cart for customer %1"_s.arg(customerId));
    for (const QJsonValue& value : array) {
        const QJsonObject cart = value.toObject();
        context.printLine(
            u"cart %1 (%2, version %3)"_s.arg(cart.value(u"id").toString(), cart.value(u"origin").toString())
                .arg(cart.value(u"version").toInteger()));
        for (const QJsonValue& line : cart.value(u"lines").toArray())
            context.printLine(u"  %1 x %2  %3  %4"_s.arg(line[u"quantity"].toInt())
                                  .arg(line[u"sku"].toString(), line[u"name"].toString(),
                                       money(*Money::fromJson(line[u"total"]))));
        const QJsonObject totals = cart.value(u"totals").toObject();
        context.printLine(u"  total %1, of which VAT %2"_s.arg(money(*Money::fromJson(totals[u"gross"])),
                                                               money(*Money::fromJson(totals[u"vat"]))));
    }
    return CtlContext::kOk;
}

int add(CtlContext& context, const QString& customerId, const QString& ean,
        const QCommandLineParser& parser) {
    bool ok = false;
    const int quantity = parser.value(u"qty"_s).toInt(&ok);
    if (!ok || quantity < 1 || quantity > 999)
        return context.usage(u"--qty takes a number from 1 to 999"_s);
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    const QString storeId = SettingsRepository(database->sql()).value(SettingKey::kStoreId.toString());
    const Result<CartChanges::Changed> changed =
        CartChanges(*database).addToStoreCart(customerId, ean, quantity, parser.value(u"staff"_s), storeId);
    if (!changed) {
        const QString& code = changed.error().code;
        if (code == OutboxError::kProductUnknown)
            return context.refuse(
                u"cart add failed: no cached article has EAN %1 (run sync first) [%2]"_s.arg(ean, code),
                CtlContext::kFailed);
        return context.fail(u"cart add failed"_s, changed.error());
    }
    context.printLine(u"%1 cart %2: %3 x %4 added; queued as outbox row %5 (sent with push)"_s
                          .arg(changed->created ? u"new"_s : u"updated"_s, changed->cart.id)
                          .arg(quantity)
                          .arg(ean)
                          .arg(changed->entry.id));
    return CtlContext::kOk;
}

} // namespace

int DeskCommands::cart(CtlContext& context) {
    const QString action = context.arguments().value(0);
    if (action == u"handoff" || action == u"order")
        return cartHandOn(context);
    QCommandLineParser parser;
    parser.addOption({u"json"_s, u"JSON output"_s});
    parser.addOption({u"qty"_s, u"How many pieces"_s, u"N"_s, u"1"_s});
    parser.addOption({u"staff"_s, u"Staff id of who changes the cart"_s, u"ID"_s});
    parser.addPositionalArgument(u"action"_s, u"show CUSTOMER_ID | add CUSTOMER_ID EAN"_s);
    if (!parser.parse(QStringList{u"cart"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.size() == 2 && args.at(0) == u"show")
        return show(context, args.at(1), parser.isSet(u"json"_s));
    if (args.size() == 3 && args.at(0) == u"add")
        return add(context, args.at(1), args.at(2), parser);
    return context.usage(u"cart needs: show CUSTOMER_ID [--json] or add CUSTOMER_ID EAN [--qty N]"_s);
}
