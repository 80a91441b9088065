#pragma once

#include "PickList.h"
#include "Pickup.h"

#include <QSqlDatabase>

// Builds a pickup's pick list from the cache: the order's article names, the barcodes of each
// line's product (by SKU) and what this desk kept of the list so far (pick_progress).
class PickListSource {
public:
    static PickList load(QSqlDatabase db, const Pickup& pickup);
};
