#pragma once

#include "Customer.h"

#include <QList>
#include <QString>

// Made-up German customers for the benches (bench_search, bench_coldstart, bench_outboxwrite): names
// with umlauts and a long tail of compound surnames, e-mail, E.164 phone, loyalty cards. Fixed seeds,
// so every run and every bench sees the same rows.
namespace CustomerGenerator {

// The server id of customer number index (0-based).
QString customerId(int index);

// Rows [first, first + count). Seeded per page, so two inserts of the same rows need not keep the
// whole cache in memory (a million customers as QStrings would take about a gigabyte).
QList<Customer> page(int first, int count);

} // namespace CustomerGenerator
