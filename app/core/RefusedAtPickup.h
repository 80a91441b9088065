#pragma once

#include "Pickup.h"
#include "ReturnRecord.h"

#include <QHash>

// Per order line, the pieces the customer refused at pickup handovers that no return has taken
// back yet: what reason refused_at_pickup may still return (ReturnOrderLine::refusedAtPickup).
// The device (from its cache) and theke-server (from its tables) count alike.
namespace RefusedAtPickup {
// handovers: of every pickup of the order; returnedLines: the lines of its returns that were not
// rejected.
QHash<QString, int> notTakenBack(const QList<Handover>& handovers, const QList<ReturnLine>& returnedLines);
} // namespace RefusedAtPickup
