#include "ProductPricing.h"

bool ProductPricing::promotionRuns(const Product& product, const QDateTime& at) {
    if (!product.promotion)
        return false;
    const ProductPromotion& promotion = *product.promotion;
    return promotion.endsAt.isValid() && at.isValid() && at < promotion.endsAt &&
           promotion.price.sameCurrency(product.price) && promotion.price.cents >= 0;
}

Money ProductPricing::effectiveUnitPrice(const Product& product, const QDateTime& at) {
    return promotionRuns(product, at) ? product.promotion->price : product.price;
}
