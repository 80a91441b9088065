#include "DemoCatalogGenerator.h"

#include "BulkInserter.h"
#include "ChangeLog.h"
#include "DemoTime.h"
#include "Ean13.h"
#include "JsonText.h"
#include "ServerDatabase.h"
#include "StoreDirectory.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <span>

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kCatalogStream = 0x436174616c6f67ULL;     // "Catalog"
constexpr quint64 kPromotionStream = 0x50726f6d6f74696fULL; // "Promotio"
constexpr quint64 kPromotionPerMille = 40;

struct PromotionKind {
    int percent;
    const char16_t* label;
};

const std::vector<PromotionKind> kPromotions{
    {10, u"Wochenangebot −10 %"},
    {20, u"Winterschlussverkauf −20 %"},
    {30, u"Sale −30 %"},
};

// The promotion price of a regular price, ending in ,95 like the regular prices.
qint64 promotionCents(qint64 priceCents, int percent) {
    const qint64 reduced = priceCents * (100 - percent) / 100;
    return std::max<qint64>(95, (reduced / 100) * 100 - 5);
}

QString promotionLabel(int percent) {
    for (const PromotionKind& kind : kPromotions) {
        if (kind.percent == percent)
            return QString::fromUtf16(kind.label);
    }
    return {};
}

struct Category {
    const char16_t* code;
    const char16_t* noun;
    int sizeSet; // index into kSizeSets, -1: no sizes
    bool coloured;
    int minEuro;
    int maxEuro;
    int vatHundredths;
    const char16_t* reason; // non-returnable reason or nullptr
    int weight;
};

const std::vector<std::vector<const char16_t*>> kSizeSets{
    {u"XS", u"S", u"M", u"L", u"XL", u"XXL"},
    {u"36", u"38", u"40", u"42", u"44"},
    {u"30/32", u"32/32", u"33/34", u"34/32", u"36/34"},
    {u"38", u"39", u"40", u"41", u"42", u"43", u"44", u"45", u"46"},
    {u"135x200", u"155x220"},
    {u"50x100", u"70x140"},
    {u"250 g", u"500 g", u"1 kg"},
    {u"85", u"90", u"95", u"100"},
    {u"39–42", u"43–46"},
};

const std::vector<Category> kCategories{
    {u"JKT", u"Steppjacke", 0, true, 69, 199, 1900, nullptr, 10},
    {u"PUL", u"Strickpullover", 0, true, 39, 89, 1900, nullptr, 10},
    {u"TSH", u"T-Shirt", 0, true, 12, 29, 1900, nullptr, 12},
    {u"HEM", u"Hemd", 0, true, 29, 59, 1900, nullptr, 8},
    {u"JNS", u"Jeans", 2, true, 49, 99, 1900, nullptr, 8},
    {u"KLD", u"Kleid", 1, true, 39, 89, 1900, nullptr, 8},
    {u"SCF", u"Schal", -1, true, 19, 39, 1900, nullptr, 5},
    {u"MTZ", u"Mütze", -1, true, 14, 29, 1900, nullptr, 5},
    {u"SNK", u"Sneaker", 3, true, 59, 129, 1900, nullptr, 8},
    {u"STF", u"Stiefel", 3, true, 89, 179, 1900, nullptr, 4},
    {u"GRT", u"Gürtel", 7, true, 24, 49, 1900, nullptr, 4},
    {u"SOC", u"Socken 3er-Pack", 8, true, 9, 14, 1900, nullptr, 4},
    {u"RUC", u"Rucksack", -1, true, 39, 99, 1900, nullptr, 4},
    {u"BWS", u"Bettwäsche", 4, true, 39, 89, 1900, nullptr, 4},
    {u"HDT", u"Handtuch", 5, true, 9, 24, 1900, nullptr, 4},
    {u"KBU", u"Kochbuch", -1, false, 19, 39, 700, nullptr, 3},
    {u"KAF", u"Kaffee", 6, false, 8, 19, 700, u"perishable", 1},
    {u"PRL", u"Pralinen", -1, false, 6, 24, 700, u"perishable", 1},
    {u"OHR", u"Ohrstecker", -1, true, 19, 59, 1900, u"hygiene", 1},
    {u"BAD", u"Badeanzug", 1, true, 29, 69, 1900, u"hygiene", 1},
    {u"TAS", u"Tasse mit Namensgravur", -1, true, 14, 24, 1900, u"personalised", 1},
    {u"BLU", u"Blu-ray", -1, false, 9, 24, 1900, u"sealed_media", 1},
};

const std::vector<const char16_t*> kModels{
    u"Elbe",     u"Föhr",        u"Sylt",     u"Alster",     u"Rügen",  u"Harz",      u"Spree",
    u"Isar",     u"Amrum",       u"Watzmann", u"Zugspitze",  u"Mosel",  u"Eifel",     u"Lahn",
    u"Weser",    u"Fehmarn",     u"Usedom",   u"Borkum",     u"Juist",  u"Norderney", u"Taunus",
    u"Rhön",     u"Allgäu",      u"Bodensee", u"Chiemsee",   u"Müritz", u"Hiddensee", u"Brocken",
    u"Spessart", u"Schwarzwald", u"Ostsee",   u"Wattenmeer",
};

const std::vector<const char16_t*> kBrands{
    u"Nordküste", u"Alpenglück", u"Hanseatic Living", u"Stadtkind",  u"Waldläufer", u"Elbsegler",
    u"Rheinfeld", u"Lindgrün",   u"Fjordhaus",        u"Sommerfeld", u"Bergwerk",   u"Küstenliebe",
    u"Mühlenhof", u"Weißdorn",   u"Großstadtpflanze", u"Heimatgut",
};

struct Colour {
    const char16_t* name;
    const char16_t* code;
};

const std::vector<Colour> kColours{
    {u"schwarz", u"BLK"},  {u"weiß", u"WHT"},       {u"navy", u"NAVY"}, {u"grau", u"GREY"},
    {u"rot", u"RED"},      {u"dunkelgrün", u"GRN"}, {u"beige", u"BEI"}, {u"blau", u"BLUE"},
    {u"bordeaux", u"BOR"}, {u"senf", u"MUS"},       {u"camel", u"CAM"}, {u"rosé", u"ROSE"},
};

QString skuPart(const QString& size) {
    QString out;
    for (const QChar c : size) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString ean(int brand, int flag, int item) {
    const QString first12 =
        u"40%1%2%3"_s.arg(brand + 10, 2, 10, QChar(u'0')).arg(flag).arg(item, 7, 10, QChar(u'0'));
    return first12 + QString::number(Ean13::checkDigit(first12));
}

} // namespace

DemoCatalogGenerator::DemoCatalogGenerator(quint64 seed, qint64 nowMs, int targetSkus)
    : m_targetSkus(targetSkus)
    , m_random(seed ^ kCatalogStream)
    , m_promotionRandom(seed ^ kPromotionStream)
    , m_nowMs(nowMs) {
    build();
}

void DemoCatalogGenerator::build() {
    int totalWeight = 0;
    for (const Category& category : kCategories)
        totalWeight += category.weight;
    int family = 0;
    while (int(m_rows.size()) < m_targetSkus) {
        ++family;
        int roll = int(below(quint64(totalWeight)));
        size_t c = 0;
        while (roll >= kCategories[c].weight)
            roll -= kCategories[c++].weight;
        const Category& category = kCategories[c];
        const QString model = QString::fromUtf16(kModels[below(kModels.size())]);
        const size_t brandIndex = below(kBrands.size());
        const QString name = QString::fromUtf16(category.noun) + u" „"_s + model + u"“"_s;
        const qint64 euro =
            category.minEuro + qint64(below(quint64(category.maxEuro - category.minEuro + 1)));
        const qint64 priceCents = euro * 100 - 5; // x,95
        int promotionPercent = 0;
        qint64 promotionEndsMs = 0;
        if (m_promotionRandom() % 1000 < kPromotionPerMille) {
            promotionPercent = kPromotions[m_promotionRandom() % kPromotions.size()].percent;
            // Until 23:59:59 German winter time of a day within the next three weeks.
            const qint64 day =
                (m_nowMs / DemoTime::kDay + 1 + qint64(m_promotionRandom() % 21)) * DemoTime::kDay;
            promotionEndsMs = day + 22 * DemoTime::kHour + 59 * 60 * 1000 + 59 * 1000;
        }
        std::vector<const char16_t*> sizes{nullptr};
        if (category.sizeSet >= 0)
            sizes = kSizeSets[size_t(category.sizeSet)];
        std::vector<const Colour*> colours{nullptr};
        if (category.coloured) {
            colours.clear();
            const size_t count = 1 + below(3);
            const size_t first = below(kColours.size());
            for (size_t i = 0; i < count; ++i)
                colours.push_back(&kColours[(first + i * 5) % kColours.size()]);
        }
        for (const Colour* colour : colours) {
            for (const char16_t* sizeText : sizes) {
                Row row;
                const int item = int(m_rows.size()) + 1;
                const QString size = sizeText ? QString::fromUtf16(sizeText) : QString();
                QString sku = u"%1-%2"_s.arg(QString::fromUtf16(category.code)).arg(4000 + family);
                QString lineName = name;
                if (colour) {
                    row.colour = QString::fromUtf16(colour->name);
                    lineName += u' ' + row.colour;
                }
                if (!size.isEmpty()) {
                    row.size = size;
                    sku += u'-' + skuPart(size);
                    lineName += (colour ? u", "_s : u" "_s) + size;
                }
                if (colour)
                    sku += u'-' + QString::fromUtf16(colour->code);
                row.product.sku = sku;
                row.product.id = u"prd-"_s + sku.toLower();
                row.product.lineName = lineName;
                JsonText::appendString(row.product.lineNameJson, lineName);
                row.product.priceCents = priceCents;
                row.product.vatHundredths = category.vatHundredths;
                row.product.returnable = category.reason == nullptr;
                row.reason = category.reason ? QString::fromUtf16(category.reason) : QString();
                row.promotionPercent = promotionPercent;
                row.promotionEndsMs = promotionEndsMs;
                row.name = name;
                row.brand = QString::fromUtf16(kBrands[brandIndex]);
                QString eans = u"[\""_s + ean(int(brandIndex), 0, item) + u'"';
                if (below(10) == 0) // a second barcode from an older packaging
                    eans += u",\""_s + ean(int(brandIndex), 1, item) + u'"';
                row.eans = eans + u']';
                m_products.push_back(row.product);
                m_rows.push_back(std::move(row));
            }
        }
    }
}

Result<int> DemoCatalogGenerator::insert(QSqlDatabase& db) {
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT 1 FROM products LIMIT 1"_s))
            return ServerDatabase::queryError(query.lastError(), u"check for products");
        if (query.next())
            return 0;
    }
    QStringList locations;
    for (const StoreDirectory::DefaultStore& store : StoreDirectory::defaultStores())
        locations.append(store.info.id);
    locations.append(kOnlineLocation);

    Transaction tx(db, Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const qint64 count = qint64(m_rows.size()) * (1 + locations.size());
    const Result<qint64> firstSeq = ChangeLog(db).reserve(count);
    if (!firstSeq)
        return firstSeq.error();
    qint64 seq = firstSeq.value();
    BulkInserter products(db, u"products"_s,
                          {u"id"_s, u"sku"_s, u"eans"_s, u"name"_s, u"brand"_s, u"size"_s, u"colour"_s,
                           u"price_cents"_s, u"currency"_s, u"vat_rate"_s, u"returnable"_s,
                           u"non_returnable_reason"_s, u"promotion_label"_s, u"promotion_price_cents"_s,
                           u"promotion_ends_at"_s, u"version"_s, u"updated_at"_s, u"seq"_s});
    const QVariant nullNumber{QMetaType::fromType<qint64>()};
    const QVariant nullText{QMetaType::fromType<QString>()};
    auto orNull = [&nullText](const QString& text) {
        return text.isEmpty() ? nullText : QVariant(text);
    };
    for (const Row& row : m_rows) {
        const qint64 updated = m_nowMs - 30 * DemoTime::kDay - qint64(below(quint64(300 * DemoTime::kDay)));
        const Status added = products.add(
            {row.product.id, row.product.sku, row.eans, row.name, row.brand, orNull(row.size),
             orNull(row.colour), row.product.priceCents, u"EUR"_s, row.product.vatHundredths,
             row.product.returnable ? 1 : 0, orNull(row.reason), orNull(promotionLabel(row.promotionPercent)),
             row.promotionPercent ? QVariant(promotionCents(row.product.priceCents, row.promotionPercent))
                                  : nullNumber,
             row.promotionPercent ? QVariant(QString::fromStdString(DemoTime::iso(row.promotionEndsMs)))
                                  : nullText,
             qint64(1 + below(4)), QString::fromStdString(DemoTime::iso(updated)), seq++});
        if (!added)
            return added.error();
    }
    if (Status flushed = products.flush(); !flushed)
        return flushed.error();

    BulkInserter stock(
        db, u"stock"_s,
        {u"id"_s, u"sku"_s, u"location"_s, u"quantity"_s, u"version"_s, u"updated_at"_s, u"seq"_s});
    for (const Row& row : m_rows) {
        for (const QString& location : std::as_const(locations)) {
            const bool online = location == kOnlineLocation;
            // Some articles are sold out here and there; the warehouse holds far more than a store.
            const qint64 quantity = below(100) < 15 ? 0 : qint64(online ? 1 + below(250) : 1 + below(12));
            const qint64 updated = m_nowMs - qint64(below(quint64(14 * DemoTime::kDay)));
            const Status added =
                stock.add({row.product.sku + u'@' + location, row.product.sku, location, quantity,
                           qint64(1 + below(60)), QString::fromStdString(DemoTime::iso(updated)), seq++});
            if (!added)
                return added.error();
        }
    }
    if (Status flushed = stock.flush(); !flushed)
        return flushed.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return int(m_rows.size());
}
