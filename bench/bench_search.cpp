// bench_search: as-you-type customer search latency over a generated cache, and what keeping the
// FTS5 index costs at insert time compared with a bare SQLite insert of the same rows.
//
//   bench_search [customers=200000] [--keep]
//
// --keep leaves the generated cache in place (path on stderr) for poking at with the sqlite3 shell.
// Prints one JSON object on stdout; details of the slowest queries go to stderr.

#include "CustomerGenerator.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "SearchLatency.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = 1000; // rows per transaction, like a sync feed page
constexpr int kRounds = 5;

std::unique_ptr<Database> openOrDie(const QString& path) {
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().toString()));
        std::exit(1);
    }
    return std::move(opened).value();
}

// Only the writing is timed, not making up the rows.
template <typename Work> double timedPages(Database& db, int count, Work work) {
    qint64 nanoseconds = 0;
    for (int first = 0; first < count; first += kPageSize) {
        const QList<Customer> page = CustomerGenerator::page(first, std::min(kPageSize, count - first));
        QElapsedTimer timer;
        timer.start();
        if (Status done = db.transaction([&] { return work(page); }); !done) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(done.error().toString()));
            std::exit(1);
        }
        nanoseconds += timer.nsecsElapsed();
    }
    return nanoseconds / 1e9;
}

// The same rows and columns as CustomerRepository writes, with no existence check and no index text.
Status bareInsert(QSqlDatabase db, const QList<Customer>& page) {
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO customers (id, customer_no, first_name, last_name, email, phone, street, postcode, "
        u"city, country, loyalty_card, loyalty_tier, loyalty_points, preferred_store_id, customer_since, "
        u"version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Customer& c : page) {
        const QVariant values[] = {c.id,
                                   c.customerNo,
                                   c.firstName,
                                   c.lastName,
                                   c.email,
                                   c.phone,
                                   c.street,
                                   c.postcode,
                                   c.city,
                                   c.country,
                                   c.loyaltyCard.isEmpty() ? QVariant() : QVariant(c.loyaltyCard),
                                   c.loyaltyTier,
                                   c.loyaltyPoints,
                                   c.preferredStoreId.isEmpty() ? QVariant() : QVariant(c.preferredStoreId),
                                   c.customerSince.toString(Qt::ISODate),
                                   c.version,
                                   c.updatedAt.toString(Qt::ISODateWithMs)};
        for (int i = 0; i < int(std::size(values)); ++i)
            insert.bindValue(i, values[i]);
        if (!insert.exec())
            return sqlError(insert.lastError(), u"bare insert"_s);
    }
    return {};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"theke.*.debug=false\ntheke.*.info=false"_s);
    QStringList args = app.arguments().mid(1);
    const bool keep = args.removeAll(u"--keep"_s) > 0;
    const int count = args.isEmpty() ? 200000 : args.first().toInt();
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_search [customers] [--keep]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    dir.setAutoRemove(!keep);
    if (keep)
        std::fprintf(stderr, "cache kept in %s\n", qPrintable(dir.path()));

    double bareSeconds = 0;
    {
        std::unique_ptr<Database> bare = openOrDie(dir.filePath(u"bare.sqlite"_s));
        QSqlDatabase sql = bare->sql();
        bareSeconds =
            timedPages(*bare, count, [&](const QList<Customer>& page) { return bareInsert(sql, page); });
    }

    std::unique_ptr<Database> db = openOrDie(dir.filePath(u"cache.sqlite"_s));
    CustomerRepository repository(db->sql());
    const double insertSeconds =
        timedPages(*db, count, [&](const QList<Customer>& page) { return repository.upsert(page); });

    const Result<SearchLatency> latency = SearchLatency::measure(repository, kRounds);
    if (!latency) {
        std::fprintf(stderr, "search failed: %s\n", qPrintable(latency.error().toString()));
        return 1;
    }
    latency->printSlowest(8);

    // What an erasure costs: remove a few customers, then merge the index so no text remains.
    QStringList erased;
    for (int i = 0; i < std::min(count, 10); ++i)
        erased.append(CustomerGenerator::customerId(i * (count / std::min(count, 10))));
    QElapsedTimer purgeTimer;
    purgeTimer.start();
    if (!db->transaction([&] { return repository.remove(erased); }) || !repository.purgeErasedText()) {
        std::fprintf(stderr, "erasure failed\n");
        return 1;
    }
    std::fprintf(stderr, "erase %lld + purge: %.2f s\n", qint64(erased.size()),
                 purgeTimer.nsecsElapsed() / 1e9);

    const QJsonObject result{
        {u"customers"_s, count},
        {u"insert_s"_s, insertSeconds},
        {u"search_p50_ms"_s, latency->p50Ms},
        {u"search_p95_ms"_s, latency->p95Ms},
        {u"search_p99_ms"_s, latency->p99Ms},
        {u"bare_insert_s"_s, bareSeconds},
        {u"insert_ratio"_s, bareSeconds / insertSeconds},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
