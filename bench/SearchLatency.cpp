#include "SearchLatency.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Typed one character at a time; every prefix of 1–6 characters (and the whole) is searched.
const QStringList kTyped = {
    u"Müller"_s,    u"mueller"_s,  u"Schmidt"_s,   u"Schäfer"_s,      u"Weiß"_s,     u"weiss"_s,
    u"Krüger"_s,    u"Köhler"_s,   u"Strauß"_s,    u"Hinterberger"_s, u"Mühlbach"_s, u"Zimmermann"_s,
    u"Anna M"_s,    u"Jürgen S"_s, u"Lena Koch"_s, u"Öztürk"_s,       u"Pfeiffer"_s, u"Xaver"_s,
    u"0151 2"_s,    u"0176 55"_s,  u"+49 170 1"_s, u"030 12"_s,       u"01511234"_s, u"anna.mue"_s,
    u"thomas.we"_s, u"j.schm"_s,   u"K-10042"_s,   u"K100423"_s,      u"1004231"_s,  u"29000012"_s,
    u"gmx"_s,       u"sabine.k"_s,
};

QStringList typedPrefixes() {
    QStringList queries;
    for (const QString& typed : kTyped) {
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            if (length <= 6 || length == typed.size())
                queries.append(typed.left(length));
        }
    }
    queries.removeDuplicates();
    return queries;
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

double round3(double value) {
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

Result<SearchLatency> SearchLatency::measure(const CustomerRepository& repository, int rounds) {
    const QStringList queries = typedPrefixes();
    rounds = std::max(1, rounds);
    SearchLatency result;
    result.queriesPerRound = queries.size();
    result.rounds = rounds;
    std::vector<double> latencies;
    for (int round = 0; round <= rounds; ++round) { // round 0 warms the page cache
        for (const QString& query : queries) {
            QElapsedTimer timer;
            timer.start();
            const Result<CustomerSearchResult> found = repository.search(query, 100);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!found)
                return found.error();
            if (round == 0)
                continue;
            latencies.push_back(ms);
            result.rowsReturned += found->rows.size();
            if (round == 1)
                result.slowest.emplace_back(
                    ms,
                    query + u" → %1%2"_s.arg(found->rows.size()).arg(found->truncated ? u"+"_s : QString()));
        }
    }
    std::sort(result.slowest.begin(), result.slowest.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    result.p50Ms = percentile(latencies, 0.50);
    result.p95Ms = percentile(latencies, 0.95);
    result.p99Ms = percentile(latencies, 0.99);
    return result;
}

QJsonObject SearchLatency::toJson() const {
    return QJsonObject{{u"p50_ms"_s, round3(p50Ms)}, {u"p95_ms"_s, round3(p95Ms)},
                       {u"p99_ms"_s, round3(p99Ms)}, {u"queries_per_round"_s, queriesPerRound},
                       {u"rounds"_s, rounds},        {u"rows_returned"_s, rowsReturned}};
}

void SearchLatency::printSlowest(int count) const {
    for (size_t i = 0; i < std::min(size_t(count), slowest.size()); ++i)
        std::fprintf(stderr, "slow: %7.2f ms  %s\n", slowest.at(i).first, qPrintable(slowest.at(i).second));
    std::fprintf(stderr, "queries: %lld per round, %d rounds, %lld rows returned\n", qint64(queriesPerRound),
                 rounds, rowsReturned);
}
