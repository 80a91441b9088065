#include "PickListSource.h"

#include "OrderRepository.h"
#include "PickProgressRepository.h"
#include "ProductRepository.h"

using namespace Qt::StringLiterals;

PickList PickListSource::load(QSqlDatabase db, const Pickup& pickup) {
    const std::optional<Order> order = OrderRepository(db).findByOrderNo(pickup.orderNo);
    const ProductRepository products(db);
    QList<PickListLine> lines;
    for (const PickupLine& line : pickup.lines) {
        PickListLine pick;
        pick.lineId = line.lineId;
        pick.quantity = line.quantity;
        for (const OrderLine& orderLine : order ? order->lines : QList<OrderLine>{}) {
            if (orderLine.lineId != line.lineId)
                continue;
            pick.name = orderLine.name;
            if (const std::optional<Product> product = products.findBySku(orderLine.sku))
                pick.eans = product->eans;
        }
        lines.append(pick);
    }
    PickList list(lines);
    list.restore(PickProgressRepository(db).load(pickup.id));
    return list;
}
