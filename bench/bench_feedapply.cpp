// bench_feedapply: how fast the orders, customers and products feeds apply (decode + upsert + cursor, one
// transaction per page, through the FeedPageWriter SyncEngine uses), the orders rate next to a bare
// SQLite insert of the same rows in the same run (DESIGN §7: >= 0.5x), and as-you-type product
// search latency over the result.
//
// A sync reads each page's body on its fetching thread (simdjson for orders and customers,
// QJsonDocument for the other feeds), decodes it on a thread of its own (FeedApplier::decode) and only
// writes it on the writing thread; here all three run one after the other on one thread and are timed
// apart: *_per_second is read + decode + write (all the client's work per row but the network), the
// *_write_* figures are the writing thread's part alone, *_decode_* reading and decoding.
//
// Customers come from CustomerGenerator with four consents each, as the demo server sends them;
// their write is the search index, the consents and the row (#5).
//
//   bench_feedapply [orders=100000] [products=50000] [customers=50000]
//
// Prints one JSON object on stdout.

#include "BareOrderInsert.h"
#include "CustomerFeedApplier.h"
#include "CustomerGenerator.h"
#include "CustomerJson.h"
#include "Database.h"
#include "FeedDocument.h"
#include "FeedPage.h"
#include "FeedPageWriter.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "OrderRow.h"
#include "OrderRowPageDecoder.h"
#include "ProductJson.h"
#include "ProductRepository.h"
#include "RecordFeedApplier.h"
#include "Stopwatch.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const int kPageSize = PullOptions{}.pageLimit; // what a sync asks for

QJsonObject money(qint64 cents) {
    return Money::eur(cents).toJson();
}

QJsonObject orderJson(int i) {
    QJsonArray lines;
    for (int l = 1; l <= 3; ++l) {
        lines.append(QJsonObject{{u"line_id"_s, QString::number(l)},
                                 {u"sku"_s, u"SKU-%1-%2"_s.arg(i % 5000).arg(l)},
                                 {u"name"_s, u"Artikel %1"_s.arg(l)},
                                 {u"quantity"_s, 1},
                                 {u"unit_price"_s, money(2995)},
                                 {u"total"_s, money(2995)},
                                 {u"returned_quantity"_s, 0}});
    }
    return QJsonObject{
        {u"id"_s, u"ord-%1"_s.arg(i)},
        {u"order_no"_s, u"W-2025-%1"_s.arg(i, 7, 10, QLatin1Char('0'))},
        {u"channel"_s, u"webshop"_s},
        {u"customer_id"_s, u"cust-%1"_s.arg(i % 30000)},
        {u"store_id"_s, QJsonValue()},
        {u"placed_at"_s, u"2025-03-02T19:12:44.000Z"_s},
        {u"lines"_s, lines},
        {u"payment"_s, QJsonObject{{u"method"_s, u"paypal"_s}, {u"provider_reference"_s, u"PSP-1"_s}}},
        {u"totals"_s, QJsonObject{{u"net"_s, money(7551)},
                                  {u"vat"_s, money(1434)},
                                  {u"gross"_s, money(8985)},
                                  {u"shipping"_s, money(0)}}},
        {u"fulfilment"_s, u"delivery"_s},
        {u"delivered_at"_s, u"2025-03-05T10:31:00.000Z"_s},
        {u"state"_s, u"delivered"_s},
        {u"version"_s, 1},
        {u"updated_at"_s, u"2025-03-05T10:31:00.000Z"_s},
    };
}

QJsonObject productJson(int i) {
    static const QStringList kNames{u"Steppjacke"_s, u"Schal"_s,     u"Stiefel"_s, u"Strümpfe"_s,
                                    u"Mütze"_s,      u"Pullover"_s,  u"Hemd"_s,    u"Jeans"_s,
                                    u"Gürtel"_s,     u"Handschuhe"_s};
    static const QStringList kBrands{u"Nordküste"_s, u"Lederwerk"_s, u"Elbwerk"_s, u"Förde"_s,
                                     u"Alster & Co"_s};
    return QJsonObject{
        {u"id"_s, u"prd-%1"_s.arg(i)},
        {u"sku"_s, u"SKU-%1"_s.arg(i, 6, 10, QLatin1Char('0'))},
        {u"eans"_s, QJsonArray{u"40%1"_s.arg(qint64(1000000000) + i, 11, 10, QLatin1Char('0'))}},
        {u"name"_s, u"%1 Modell %2"_s.arg(kNames.at(i % kNames.size())).arg(i / kNames.size())},
        {u"brand"_s, kBrands.at(i % kBrands.size())},
        {u"variant"_s, QJsonObject{{u"size"_s, u"M"_s}, {u"colour"_s, u"navy"_s}}},
        {u"price"_s, money(1995 + i % 10000)},
        {u"vat_rate"_s, 19},
        {u"returnable"_s, true},
        {u"non_returnable_reason"_s, QJsonValue()},
        {u"version"_s, 1},
        {u"updated_at"_s, u"2025-03-01T05:00:00.000Z"_s},
    };
}

// Customer i as the feed sends it, with four consents. Generated a page at a time.
QJsonObject customerJson(int i) {
    static QList<Customer> page;
    static int first = -1;
    constexpr int kGenerated = 1000;
    if (first < 0 || i < first || i >= first + kGenerated) {
        first = i - i % kGenerated;
        page = CustomerGenerator::page(first, kGenerated);
    }
    Customer customer = page.at(i - first);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'600'000'000'000LL + i * 977LL, Qt::UTC);
    customer.consents = {{u"email"_s, i % 3 == 0, at, u"store"_s},
                         {u"personalised_offers"_s, i % 2 == 0, at, u"webshop"_s},
                         {u"phone"_s, false, at, u"app"_s},
                         {u"sms"_s, true, at, u"store"_s}};
    return CustomerJson::toJson(customer);
}

struct ApplyRates {
    Stopwatch::Rate decodeAndWrite; // the same rows through both stopwatches
    Stopwatch::Rate write;
    Stopwatch::Rate decode;
};

// The page's body read as ApiClient::fetchFeed reads it for this applier.
FeedPage readPage(const QByteArray& body, const FeedApplier& applier) {
    if (applier.decodesDocuments()) {
        if (std::optional<Result<FeedPage>> page = FeedDocument::parsePage(body); page && *page)
            return std::move(*page).value();
    } else if (Result<FeedPage> page = FeedPage::fromJson(QJsonDocument::fromJson(body).object())) {
        return std::move(page).value();
    }
    std::fprintf(stderr, "a generated page was not read\n");
    std::exit(1);
}

// Applies count generated rows in pages as a pull does: the body read as the fetching thread reads it,
// decode() as the decoding thread does it, then write() as the writing thread does it.
ApplyRates applyAll(Database& db, FeedApplier& applier, int count, QJsonObject (*make)(int)) {
    FeedPageWriter writer(db);
    Stopwatch both;
    Stopwatch decode;
    Stopwatch write;
    for (int start = 0; start < count; start += kPageSize) {
        QJsonArray items;
        for (int i = start; i < std::min(count, start + kPageSize); ++i)
            items.append(make(i));
        const QByteArray body = QJsonDocument(QJsonObject{{u"items"_s, items},
                                                          {u"deleted"_s, QJsonArray()},
                                                          {u"next_cursor"_s, QString::number(start)},
                                                          {u"has_more"_s, start + kPageSize < count}})
                                    .toJson(QJsonDocument::Compact);
        // Building the body stands in for the network; reading, decoding and writing are timed.
        both.start();
        decode.start();
        FeedPage page = readPage(body, applier);
        applier.decode(page);
        decode.stop();
        write.start();
        const Status applied = writer.write(applier, page);
        write.stop();
        both.stop();
        if (!applied) {
            std::fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error().detail));
            std::exit(1);
        }
    }
    return {both.rate(count), write.rate(count), decode.rate(count)};
}

// The same orders as the feed delivered them, for the bare insert.
QList<Order> decodedOrders(int count) {
    QList<Order> orders;
    orders.reserve(count);
    for (int i = 0; i < count; ++i)
        orders.append(OrderJson::fromJson(orderJson(i)).value());
    return orders;
}

QStringList ordersSchema(Database& db) {
    QSqlQuery query(db.sql());
    query.exec(u"SELECT sql FROM sqlite_master WHERE tbl_name = 'orders' AND sql IS NOT NULL "
               u"ORDER BY type DESC"_s); // the table before its indexes
    QStringList statements;
    while (query.next())
        statements.append(query.value(0).toString());
    return statements;
}

double ratio(double a, double b) {
    return qRound(a / b * 100) / 100.0;
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"theke.*.debug=false\ntheke.*.info=false"_s);
    const int orders = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int products = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50000;
    const int customers = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 50000;

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    Database& db = *opened.value();
    // The appliers SyncEngine uses.
    RecordFeedApplier<OrderRow, OrderRepository> orderApplier(u"orders"_s, db.sql(), &OrderRow::fromJson,
                                                              &OrderRowPageDecoder::decode);
    RecordFeedApplier<Product, ProductRepository> productApplier(u"products"_s, db.sql(),
                                                                 &ProductJson::fromJson);
    const ApplyRates orderRates = applyAll(db, orderApplier, orders, &orderJson);
    const ApplyRates productRates = applyAll(db, productApplier, products, &productJson);
    CustomerFeedApplier customerApplier(db.sql());
    const ApplyRates customerRates = applyAll(db, customerApplier, customers, &customerJson);
    const std::optional<Stopwatch::Rate> bareOrderRate =
        BareOrderInsert(dir.filePath(u"bare.sqlite"_s), ordersSchema(db), kPageSize,
                        FeedPageWriter::kSynchronous.toString())
            .run(decodedOrders(orders));
    if (!bareOrderRate)
        return 1;
    const Stopwatch::Rate& orderRate = orderRates.decodeAndWrite;
    const Stopwatch::Rate& orderWriteRate = orderRates.write;
    const Stopwatch::Rate& productRate = productRates.decodeAndWrite;

    ProductRepository repository(db.sql());
    const QStringList queries{
        u"s"_s,      u"st"_s,         u"stepp"_s,      u"nordk"_s,         u"schal modell 1"_s,
        u"SKU-00"_s, u"SKU-004711"_s, u"4010000047"_s, u"4010000047110"_s, u"muetze"_s};
    QList<double> latencies;
    QElapsedTimer timer;
    for (int round = 0; round < 5; ++round) {
        for (const QString& query : queries) {
            timer.start();
            if (!repository.search(query, 100)) {
                std::fprintf(stderr, "search failed\n");
                return 1;
            }
            latencies.append(timer.nsecsElapsed() / 1e6);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.at(qMin(latencies.size() - 1, qsizetype(p * latencies.size())));
    };

    OrderRepository orderRepository(db.sql());
    timer.start();
    for (int i = 0; i < 1000; ++i)
        orderRepository.forCustomer(u"cust-%1"_s.arg(i * 7 % 30000));
    const double perCustomerMs = timer.nsecsElapsed() / 1e6 / 1000;

    const QJsonObject result{
        {u"orders"_s, orders},
        {u"orders_per_second"_s, qRound(orderRate.perWallSecond)},
        {u"orders_bare_insert_per_second"_s, qRound(bareOrderRate->perWallSecond)},
        {u"orders_apply_vs_bare"_s, ratio(orderRate.perWallSecond, bareOrderRate->perWallSecond)},
        {u"orders_per_cpu_second"_s, qRound(orderRate.perCpuSecond)},
        {u"orders_bare_insert_per_cpu_second"_s, qRound(bareOrderRate->perCpuSecond)},
        {u"orders_apply_vs_bare_cpu"_s, ratio(orderRate.perCpuSecond, bareOrderRate->perCpuSecond)},
        {u"orders_write_per_second"_s, qRound(orderWriteRate.perWallSecond)},
        {u"orders_write_per_cpu_second"_s, qRound(orderWriteRate.perCpuSecond)},
        {u"orders_write_vs_bare"_s, ratio(orderWriteRate.perWallSecond, bareOrderRate->perWallSecond)},
        {u"orders_write_vs_bare_cpu"_s, ratio(orderWriteRate.perCpuSecond, bareOrderRate->perCpuSecond)},
        {u"orders_decode_per_cpu_second"_s, qRound(orderRates.decode.perCpuSecond)},
        {u"customers"_s, customers},
        {u"customers_write_per_cpu_second"_s, qRound(customerRates.write.perCpuSecond)},
        {u"customers_decode_per_cpu_second"_s, qRound(customerRates.decode.perCpuSecond)},
        {u"page_size"_s, kPageSize},
        {u"products"_s, products},
        {u"products_per_second"_s, qRound(productRate.perWallSecond)},
        {u"products_per_cpu_second"_s, qRound(productRate.perCpuSecond)},
        {u"products_write_per_cpu_second"_s, qRound(productRates.write.perCpuSecond)},
        {u"product_search_p50_ms"_s, percentile(0.5)},
        {u"product_search_p95_ms"_s, percentile(0.95)},
        {u"orders_for_customer_ms"_s, perCustomerMs},
        {u"peak_rss_mb"_s, qRound(peakRssMb())}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
