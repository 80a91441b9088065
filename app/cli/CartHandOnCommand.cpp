#include "CtlContext.h"
#include "DeskCommands.h"

#include "CartHandOn.h"
#include "CartJson.h"
#include "ErrorMessages.h"
#include "OrderJson.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

// cart handoff / cart order: the counter hands a cart on (to the till, into the customer's online
// account) or orders for delivery or pickup (endless aisle). These need the server at once and are
// never queued: offline they fail and nothing changes (CartHandOn).

namespace {

QString money(const Money& amount) {
    return u"%1.%2 %3"_s.arg(amount.cents / 100)
        .arg(qAbs(amount.cents % 100), 2, 10, QLatin1Char('0'))
        .arg(amount.currency);
}

// The server or the device said no (exit 3, nothing changed), or it could not be asked (exit 1).
int failed(CtlContext& context, const QString& what, const Error& error) {
    if (error.code == u"local.needs_network" || error.code.startsWith(u"api.") ||
        error.code.startsWith(u"net.") || error.code.startsWith(u"profile.") ||
        error.code.startsWith(u"store."))
        return context.fail(what + u" failed"_s, error);
    return context.refuse(u"%1 refused: %2 [%3]"_s.arg(what, ErrorMessages::describe(error), error.code));
}

int handoff(CtlContext& context, const QString& cartId, const QCommandLineParser& parser) {
    const QString target = parser.value(u"target"_s);
    if (target != u"till" && target != u"online")
        return context.usage(u"cart handoff needs --target till or --target online"_s);
    const QString staff = parser.value(u"staff"_s);
    const CartHandOn::Outcome outcome =
        target == u"till" ? CartHandOn::handToTillNow(context.profile(), cartId, staff)
                          : CartHandOn::handToOnlineAccountNow(context.profile(), cartId, staff);
    if (!outcome.ok())
        return failed(context, u"cart handoff"_s, outcome.error);
    if (parser.isSet(u"json"_s)) {
        context.printJson(QJsonDocument(CartJson::toJson(outcome.cart)));
        return CtlContext::kOk;
    }
    if (target == u"till")
        context.printLine(u"cart %1 handed to the till: code %2 (QR %3)"_s.arg(
            cartId, outcome.cart.handoffCode, outcome.tillQrPayload()));
    else
        context.printLine(u"cart %1 is now in the customer's online cart %2 (version %3, %4 line(s)); "
                          u"the store cart is closed"_s.arg(cartId, outcome.cart.id)
                              .arg(outcome.cart.version)
                              .arg(outcome.cart.lines.size()));
    return CtlContext::kOk;
}

// "Musterweg 1|20095|Hamburg[|DE]"
std::optional<OrderDraft::Address> address(const QString& text) {
    const QStringList parts = text.split(u'|');
    if (parts.size() < 3 || parts.size() > 4)
        return std::nullopt;
    OrderDraft::Address a{parts.at(0).trimmed(), parts.at(1).trimmed(), parts.at(2).trimmed()};
    if (parts.size() == 4)
        a.country = parts.at(3).trimmed().toUpper();
    return a;
}

int order(CtlContext& context, const QString& customerId, const QCommandLineParser& parser) {
    OrderDraft draft;
    draft.customerId = customerId;
    draft.cartId = parser.value(u"cart"_s);
    for (const QString& spec : parser.values(u"line"_s)) {
        const qsizetype colon = spec.lastIndexOf(u':');
        bool ok = false;
        const int quantity = colon > 0 ? spec.mid(colon + 1).toInt(&ok) : 0;
        if (!ok)
            return context.usage(u"--line takes SKU:QTY, e.g. JKT-4711-M-NAVY:1"_s);
        draft.lines.append({spec.left(colon), quantity});
    }
    const int destinations = int(parser.isSet(u"deliver-to-profile-address"_s)) +
                             int(parser.isSet(u"deliver-to"_s)) + int(parser.isSet(u"pickup-store"_s));
    if (destinations != 1)
        return context.usage(
            u"cart order needs one of --deliver-to-profile-address, --deliver-to ADDRESS, --pickup-store ID"_s);
    if (parser.isSet(u"pickup-store"_s)) {
        draft.fulfilment = OrderDraft::Fulfilment::Pickup;
        draft.pickupStoreId = parser.value(u"pickup-store"_s);
        draft.reserve = !parser.isSet(u"from-warehouse"_s);
    } else if (parser.isSet(u"from-warehouse"_s)) {
        return context.usage(
            u"--from-warehouse goes with --pickup-store (deliveries always come from there)"_s);
    }
    if (parser.isSet(u"deliver-to"_s)) {
        draft.deliveryAddress = address(parser.value(u"deliver-to"_s));
        if (!draft.deliveryAddress)
            return context.usage(u"--deliver-to takes \"STREET|POSTCODE|CITY[|COUNTRY]\""_s);
    }
    const QString payment = parser.value(u"payment"_s);
    if (payment != u"online" && payment != u"till")
        return context.usage(u"--payment takes online or till"_s);
    draft.payment = payment == u"online" ? OrderDraft::Payment::Online : OrderDraft::Payment::Till;

    const CartHandOn::Outcome outcome =
        CartHandOn::placeOrderNow(context.profile(), draft, parser.value(u"staff"_s));
    if (!outcome.ok())
        return failed(context, u"cart order"_s, outcome.error);
    const Order& placed = outcome.order;
    if (parser.isSet(u"json"_s)) {
        context.printJson(QJsonDocument(OrderJson::toJson(placed)));
        return CtlContext::kOk;
    }
    const QString where = draft.fulfilment == OrderDraft::Fulfilment::Pickup
                              ? u"pickup at %1"_s.arg(draft.pickupStoreId)
                              : u"delivery"_s;
    context.printLine(
        u"order %1 placed: %2 line(s), total %3 (VAT %4, shipping %5), %6, payment %7"_s.arg(placed.orderNo)
            .arg(placed.lines.size())
            .arg(money(placed.totals.gross), money(placed.totals.vat), money(placed.totals.shipping), where,
                 placed.payment.method));
    return CtlContext::kOk;
}

} // namespace

int DeskCommands::cartHandOn(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"json"_s, u"JSON output"_s});
    parser.addOption({u"staff"_s, u"Staff id of who hands on or orders"_s, u"ID"_s});
    parser.addOption({u"target"_s, u"handoff: till or online"_s, u"TARGET"_s});
    parser.addOption({u"line"_s, u"order: SKU:QTY (repeat for more lines)"_s, u"SKU:QTY"_s});
    parser.addOption(
        {u"deliver-to-profile-address"_s, u"order: deliver to the customer's address on file"_s});
    parser.addOption({u"deliver-to"_s, u"order: deliver to STREET|POSTCODE|CITY[|COUNTRY]"_s, u"ADDRESS"_s});
    parser.addOption({u"pickup-store"_s, u"order: collect in this store"_s, u"STORE_ID"_s});
    parser.addOption({u"from-warehouse"_s, u"order: pickup goods come from the online warehouse"_s});
    parser.addOption({u"payment"_s, u"order: online or till"_s, u"WHERE"_s, u"till"_s});
    parser.addOption(
        {u"cart"_s, u"order: the cart the lines came from (closed with the order)"_s, u"CART_ID"_s});
    parser.addPositionalArgument(u"action"_s, u"handoff CART_ID | order CUSTOMER_ID"_s);
    if (!parser.parse(QStringList{u"cart"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.size() == 2 && args.at(0) == u"handoff")
        return handoff(context, args.at(1), parser);
    if (args.size() == 2 && args.at(0) == u"order")
        return order(context, args.at(1), parser);
    return context.usage(
        u"cart needs: handoff CART_ID --target till|online, or order CUSTOMER_ID --line SKU:QTY "
        u"(--deliver-to-profile-address | --deliver-to ADDRESS | --pickup-store ID)"_s);
}
