#pragma once

#include "CustomerRepository.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

// As-you-type latency of the local customer search (CustomerRepository::search, 100 rows) over whatever
// cache it is given: every 1-6 character prefix (and the whole) of 32 typed texts - German names with
// and without umlauts, phone numbers, e-mail starts, customer and card numbers. One warm-up round, then
// `rounds` timed ones. bench_search runs it over a generated cache, bench_initialsync over the cache
// its sync just filled.
class SearchLatency {
public:
    static Result<SearchLatency> measure(const CustomerRepository& repository, int rounds);

    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    qsizetype queriesPerRound = 0;
    int rounds = 0;
    qint64 rowsReturned = 0;
    std::vector<std::pair<double, QString>> slowest; // of the first timed round, slowest first

    QJsonObject toJson() const;
    void printSlowest(int count) const; // on stderr
};
