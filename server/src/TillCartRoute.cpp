#include "TillCartRoute.h"

#include "AuthService.h"
#include "BearerAuth.h"
#include "CartTable.h"
#include "Clock.h"
#include "CommandSupport.h"
#include "HttpJson.h"
#include "PickupCode.h"
#include "Problem.h"
#include "ProductPricing.h"
#include "ProductTable.h"
#include "RouteTable.h"
#include "RouteTransaction.h"
#include "ServerDatabase.h"

#include <QJsonArray>

#include <httplib.h>

#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxCodeLength = 40;

QJsonValue vatRate(int hundredths) {
    return hundredths % 100 == 0 ? QJsonValue(hundredths / 100) : QJsonValue(hundredths / 100.0);
}

} // namespace

TillCartRoute::TillCartRoute(AuthService& auth, ServerDatabase& database, const Clock& clock)
    : m_auth(auth)
    , m_database(database)
    , m_clock(clock) {}

void TillCartRoute::install(RouteTable& routes) {
    routes.get(R"(/v1/handoffs/([^/]+))",
               [this](const httplib::Request& req, httplib::Response& res) { get(req, res); });
}

Result<QJsonObject> TillCartRoute::tillCart(const QSqlDatabase& db, const Cart& cart, const QDateTime& at) {
    const ProductTable products(db);
    QJsonArray lines;
    QString currency = u"EUR"_s;
    std::map<int, Money> grossByRate;
    for (const CartLine& line : cart.lines) {
        const Result<std::optional<Product>> product = products.findBySku(line.sku);
        if (!product)
            return product.error();
        if (!product.value())
            return makeError(u"conflict", u"The article %1 of this cart is no longer sold."_s.arg(line.sku),
                             409);
        const Product& p = *product.value();
        const Money unit = ProductPricing::effectiveUnitPrice(p, at);
        const Money total = unit * line.quantity;
        currency = unit.currency;
        auto [slot, inserted] = grossByRate.try_emplace(p.vatRateHundredths, total);
        if (!inserted)
            slot->second += total;
        const bool promoted = ProductPricing::promotionRuns(p, at);
        lines.append(
            QJsonObject{{u"sku"_s, line.sku},
                        {u"name"_s, line.name.isEmpty() ? ProductTable::lineName(p) : line.name},
                        {u"quantity"_s, line.quantity},
                        {u"unit_price"_s, unit.toJson()},
                        {u"regular_price"_s, p.price.toJson()},
                        {u"promotion_label"_s, promoted ? QJsonValue(p.promotion->label) : QJsonValue()},
                        {u"vat_rate"_s, vatRate(p.vatRateHundredths)},
                        {u"total"_s, total.toJson()}});
    }
    Money gross = Money::zero(currency);
    Money vat = Money::zero(currency);
    for (const auto& [rate, rateGross] : grossByRate) {
        gross += rateGross;
        vat += rateGross.vatShareOfGross(rate);
    }
    return QJsonObject{
        {u"cart_id"_s, cart.id},
        {u"handoff_code"_s, cart.handoffCode},
        {u"customer_id"_s, cart.customerId.isEmpty() ? QJsonValue() : QJsonValue(cart.customerId)},
        {u"store_id"_s, cart.storeId.isEmpty() ? QJsonValue() : QJsonValue(cart.storeId)},
        {u"version"_s, cart.version},
        {u"lines"_s, lines},
        {u"totals"_s, QJsonObject{{u"net"_s, (gross - vat).toJson()},
                                  {u"vat"_s, vat.toJson()},
                                  {u"gross"_s, gross.toJson()}}},
        {u"priced_at"_s, CommandSupport::timestamp(at)},
    };
}

void TillCartRoute::get(const httplib::Request& request, httplib::Response& response) {
    if (!BearerAuth::device(m_auth, request, response))
        return;
    // As typed at the till: "wk4f 7q2z" is WK4F7Q2Z.
    const QString code = PickupCode::normalise(QString::fromStdString(request.matches[1].str()));
    const auto notFound = [&response] {
        Problem::send(response, 404, u"handoff_not_found", u"No open cart has this handoff code."_s);
    };
    if (code.isEmpty() || code.size() > kMaxCodeLength) {
        notFound();
        return;
    }
    RouteTransaction snapshot(m_database, Transaction::Mode::Read);
    if (!snapshot.begin(response))
        return;
    const Result<std::optional<Cart>> cart = CartTable(snapshot.db()).findByHandoffCode(code);
    if (!cart) {
        Problem::send(response, cart.error());
        return;
    }
    if (!cart.value()) {
        notFound();
        return;
    }
    const Result<QJsonObject> till = tillCart(snapshot.db(), *cart.value(), m_clock.nowUtc());
    if (!till) {
        Problem::send(response, till.error());
        return;
    }
    if (Status ended = snapshot.commit(); !ended) {
        Problem::send(response, ended.error());
        return;
    }
    response.set_header("ETag", "\"" + std::to_string(cart.value()->version) + "\"");
    HttpJson::send(request, response, 200, till.value());
}
