#include "CustomerOpenItems.h"

#include "CartRepository.h"
#include "PickupRepository.h"
#include "ReturnRepository.h"

#include <algorithm>

namespace {

// Enough to count what a counter sees for one customer; the view lists only the first few.
constexpr int kLimit = 200;

} // namespace

bool CustomerOpenItems::isWaiting(const Pickup& pickup) {
    return pickup.state == PickupState::AwaitingStock || pickup.state == PickupState::Ready ||
           pickup.state == PickupState::PartlyHandedOver;
}

bool CustomerOpenItems::isInProgress(const ReturnRecord& record) {
    return record.state == u"recorded" || record.state == u"refund_pending";
}

bool CustomerOpenItems::isSaved(const Cart& cart) {
    return !cart.lines.isEmpty() && cart.handoffCode.isEmpty();
}

Result<CustomerOpenItems> CustomerOpenItems::load(QSqlDatabase db, const QString& customerId) {
    CustomerOpenItems items;
    const Result<QList<Pickup>> pickups = PickupRepository(db).forCustomer(customerId, kLimit);
    if (!pickups)
        return pickups.error();
    std::copy_if(pickups->cbegin(), pickups->cend(), std::back_inserter(items.pickups), &isWaiting);
    std::stable_sort(items.pickups.begin(), items.pickups.end(), [](const Pickup& a, const Pickup& b) {
        if (a.deadline.isValid() != b.deadline.isValid())
            return a.deadline.isValid();
        return a.deadline < b.deadline;
    });
    const Result<QList<ReturnRecord>> returns = ReturnRepository(db).forCustomer(customerId, kLimit);
    if (!returns)
        return returns.error();
    std::copy_if(returns->cbegin(), returns->cend(), std::back_inserter(items.returns), &isInProgress);
    const Result<QList<Cart>> carts = CartRepository(db).forCustomer(customerId, kLimit);
    if (!carts)
        return carts.error();
    std::copy_if(carts->cbegin(), carts->cend(), std::back_inserter(items.carts), &isSaved);
    return items;
}
