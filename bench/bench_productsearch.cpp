// bench_productsearch: what the counter's product panels cost on the GUI thread, over a generated
// catalogue shaped like the demo one (families of sizes × colours, stock in five stores and online).
//
//   bench_productsearch [skus=2000] [rounds=5]
//
// search: ProductSearchModel::setQuery (FTS search plus the stock-here lookups of up to 100 rows), as
// one as-you-type step; availability: ProductAvailability::forSku plus ProductVariants::of, as one
// scan that opens the product dialog. Prints one JSON object on stdout.

#include "Database.h"
#include "ProductAvailability.h"
#include "ProductRepository.h"
#include "ProductSearchModel.h"
#include "ProductVariants.h"
#include "StockRepository.h"
#include "StoreRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList kStores{u"hh-moenckebergstrasse"_s, u"b-tauentzienstrasse"_s, u"m-kaufingerstrasse"_s,
                          u"k-schildergasse"_s, u"f-zeil"_s};
const QStringList kNouns{u"Steppjacke"_s, u"Strickpullover"_s, u"T-Shirt"_s, u"Jeans"_s,
                         u"Kleid"_s,      u"Sneaker"_s,        u"Mütze"_s,   u"Schal"_s};
const QStringList kModels{u"Elbe"_s,  u"Föhr"_s, u"Sylt"_s,  u"Alster"_s,   u"Rügen"_s,     u"Harz"_s,
                          u"Spree"_s, u"Isar"_s, u"Amrum"_s, u"Watzmann"_s, u"Zugspitze"_s, u"Mosel"_s};
const QStringList kBrands{u"Nordküste"_s, u"Alpenglück"_s, u"Stadtkind"_s, u"Waldläufer"_s, u"Heimatgut"_s};
const QStringList kSizes{u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s};
const QStringList kColours{u"schwarz"_s, u"navy"_s, u"grau"_s};

bool fill(Database& db, int skus) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<StoreRecord> stores;
    for (const QString& id : kStores)
        stores.append(
            StoreRecord{id, u"Theke "_s + id, u"Europe/Berlin"_s, {}, {}, {}, u"DE"_s, {}, 1, now, {}});
    QList<Product> products;
    QList<StockLevel> stock;
    for (int family = 0; products.size() < skus; ++family) {
        const QString name = kNouns[family % kNouns.size()] + u" „"_s +
                             kModels[(family / kNouns.size()) % kModels.size()] + u"“ "_s +
                             QString::number(family / (kNouns.size() * kModels.size()));
        for (const QString& colour : kColours) {
            for (const QString& size : kSizes) {
                Product p;
                p.sku = u"ART-%1-%2-%3"_s.arg(4000 + family).arg(size, colour.left(3).toUpper());
                p.id = u"prd-"_s + p.sku.toLower();
                p.eans = {u"40%1"_s.arg(products.size(), 11, 10, QChar(u'0'))};
                p.name = name;
                p.brand = kBrands[family % kBrands.size()];
                p.size = size;
                p.colour = colour;
                p.price = Money::eur(4995);
                p.vatRateHundredths = 1900;
                p.version = 1;
                products.append(p);
                for (const QString& location : kStores + QStringList{u"ONLINE"_s})
                    stock.append(StockLevel{p.sku + u'@' + location, p.sku, location,
                                            int(products.size() % 7), 1,
                                            now.addSecs(-int(products.size() % 86400))});
            }
        }
    }
    const Status stored = db.transaction([&]() -> Status {
        if (Status s = StoreRepository(db.sql()).upsert(stores); !s)
            return s;
        if (Status s = ProductRepository(db.sql()).upsert(products); !s)
            return s;
        return StockRepository(db.sql()).upsert(stock);
    });
    return bool(stored);
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"theke.*.debug=false\ntheke.*.info=false"_s);
    const int skus = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int rounds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!opened || !fill(*opened.value(), skus)) {
        std::fprintf(stderr, "could not build the catalogue\n");
        return 1;
    }
    Database& db = *opened.value();

    // What an associate types, letter by letter: broad prefixes first.
    const QStringList typed{u"s"_s,
                            u"st"_s,
                            u"ste"_s,
                            u"stepp"_s,
                            u"steppjacke e"_s,
                            u"steppjacke elbe"_s,
                            u"nord"_s,
                            u"art-40"_s,
                            u"ART-4001-M-NAV"_s,
                            u"4000000000123"_s};
    ProductSearchModel model(db.sql(), kStores.first());
    QList<double> search;
    QString slowest;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (const QString& query : typed) {
            timer.start();
            model.setQuery(query);
            search.append(timer.nsecsElapsed() / 1e6);
            if (search.last() >= *std::max_element(search.begin(), search.end()))
                slowest = u"%1 (round %2)"_s.arg(query).arg(round + 1);
        }
    }

    const ProductAvailability availability(db.sql(), kStores.first());
    const ProductVariants variants(db.sql());
    const ProductRepository products(db.sql());
    QList<double> open;
    for (int i = 0; i < 20 * rounds; ++i) {
        const std::optional<Product> product = products.findBySku(u"ART-%1-M-NAV"_s.arg(4000 + i % 50));
        timer.start();
        if (!product || !availability.forSku(product->sku) || !variants.of(*product)) {
            std::fprintf(stderr, "availability failed\n");
            return 1;
        }
        open.append(timer.nsecsElapsed() / 1e6);
    }

    const QJsonObject result{{u"skus"_s, skus},
                             {u"search_step_p50_ms"_s, percentile(search, 0.5)},
                             {u"search_step_p95_ms"_s, percentile(search, 0.95)},
                             {u"search_step_max_ms"_s, percentile(search, 1.0)},
                             {u"search_step_slowest"_s, slowest},
                             {u"availability_p50_ms"_s, percentile(open, 0.5)},
                             {u"availability_p95_ms"_s, percentile(open, 0.95)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
