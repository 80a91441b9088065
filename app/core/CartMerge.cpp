#include "CartMerge.h"

#include <QHash>

namespace {

// Quantities per SKU; a SKU twice in one version (never written by Theke) adds up.
QHash<QString, qint64> quantities(const QList<CartLine>& lines) {
    QHash<QString, qint64> bySku;
    for (const CartLine& line : lines)
        bySku[line.sku] += line.quantity;
    return bySku;
}

} // namespace

QList<CartLine> CartMerge::unionByLargerQuantity(const QList<CartLine>& theirs, const QList<CartLine>& mine) {
    const QHash<QString, qint64> mineBySku = quantities(mine);
    const QHash<QString, qint64> theirsBySku = quantities(theirs);
    QList<CartLine> merged;
    QSet<QString> seen;
    for (const CartLine& line : theirs) {
        if (seen.contains(line.sku))
            continue;
        seen.insert(line.sku);
        CartLine kept = line;
        kept.quantity = int(std::max(theirsBySku.value(line.sku), mineBySku.value(line.sku)));
        merged.append(kept);
    }
    for (const CartLine& line : mine) {
        if (seen.contains(line.sku))
            continue;
        seen.insert(line.sku);
        CartLine kept = line;
        kept.quantity = int(mineBySku.value(line.sku));
        merged.append(kept);
    }
    return merged;
}

bool CartMerge::sameContent(const QList<CartLine>& a, const QList<CartLine>& b) {
    return quantities(a) == quantities(b);
}
