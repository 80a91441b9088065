#include "CartTotals.h"

#include <map>

CartTotals CartTotals::of(const QList<CartLine>& cartLines, const RateOf& rateOf) {
    CartTotals totals;
    if (!cartLines.isEmpty())
        totals.currency = cartLines.first().unitPrice.currency;
    totals.total = Money::zero(totals.currency);
    std::map<int, Money> grossByRate;
    for (const CartLine& cartLine : cartLines) {
        Line line;
        line.sku = cartLine.sku;
        line.total = cartLine.unitPrice * cartLine.quantity;
        line.vat = Money::zero(line.total.currency);
        line.counted = line.total.currency == totals.currency;
        if (line.counted) {
            line.vatRate = rateOf ? rateOf(cartLine.sku) : std::nullopt;
            totals.total += line.total;
            totals.pieces += cartLine.quantity;
        } else {
            totals.uncountedSkus.append(cartLine.sku);
        }
        if (line.vatRate) {
            line.vat = line.total.vatShareOfGross(*line.vatRate);
            auto [at, inserted] = grossByRate.try_emplace(*line.vatRate, line.total);
            if (!inserted)
                at->second += line.total;
        } else {
            totals.vatComplete = false;
            if (line.counted)
                totals.skusWithoutRate.append(cartLine.sku);
        }
        totals.lines.append(line);
    }
    totals.vat = Money::zero(totals.currency);
    for (const auto& [rate, gross] : grossByRate) {
        const Money vat = gross.vatShareOfGross(rate);
        totals.vat += vat;
        totals.byRate.append(Rate{rate, gross, vat, gross - vat});
    }
    totals.net = totals.total - totals.vat;
    return totals;
}
