#include "RefusedAtPickup.h"

#include "ReturnRequest.h"

QHash<QString, int> RefusedAtPickup::notTakenBack(const QList<Handover>& handovers,
                                                  const QList<ReturnLine>& returnedLines) {
    QHash<QString, int> open;
    for (const Handover& handover : handovers) {
        for (const PickupLine& line : handover.refusedLines)
            open[line.lineId] += line.quantity;
    }
    const QString refused = returnReasonWireName(ReturnReason::RefusedAtPickup);
    for (const ReturnLine& line : returnedLines) {
        if (line.reason == refused && open.contains(line.lineId))
            open[line.lineId] = std::max(0, open.value(line.lineId) - line.quantity);
    }
    return open;
}
