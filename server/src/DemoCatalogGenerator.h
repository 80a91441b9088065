#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <random>
#include <string>
#include <vector>

// The demo assortment (about 2,000 SKUs of German-named clothing, shoes, home goods, books and food, with
// valid EAN-13s, 19 % or 7 % VAT and a few articles that cannot be returned) and its stock in every store
// and the ONLINE warehouse. Built in memory from the seed (the order generator sells from it), written
// to the database only when the products table is empty. About 4 % of the article families (all their
// sizes and colours) run a price promotion that ends within three weeks, drawn from a random stream of
// their own, so the rest of the demo data is the same with or without them.
class DemoCatalogGenerator {
public:
    struct Product {
        QString id;
        QString sku;
        QString lineName;         // as on an order line: "Steppjacke „Elbe“ navy, M"
        std::string lineNameJson; // lineName as a JSON string, quoted and escaped
        qint64 priceCents = 0;
        int vatHundredths = 1900;
        bool returnable = true;
    };

    static inline const QString kOnlineLocation = QStringLiteral("ONLINE");

    DemoCatalogGenerator(quint64 seed, qint64 nowMs, int targetSkus = 2000);

    const std::vector<Product>& products() const { return m_products; }

    // Products and stock, unless there are products already; returns how many products it wrote.
    Result<int> insert(QSqlDatabase& db);

private:
    int m_targetSkus;

    struct Row {
        Product product;
        QString eans; // JSON array text
        QString name;
        QString brand;
        QString size;             // null when the article has no sizes
        QString colour;           // null when colour does not apply
        QString reason;           // non_returnable_reason, null when returnable
        int promotionPercent = 0; // 0: no promotion
        qint64 promotionEndsMs = 0;
    };

    void build();
    quint64 below(quint64 bound) { return m_random() % bound; }

    std::mt19937_64 m_random;
    std::mt19937_64 m_promotionRandom;
    qint64 m_nowMs;
    std::vector<Row> m_rows;
    std::vector<Product> m_products;
};
