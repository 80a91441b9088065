#pragma once

#include "DemoCatalogGenerator.h"
#include "Result.h"

#include <random>

class ServerDatabase;

// Gives the demo customers a history: orders in every channel with their returns, Click & Collect
// pickups in every store and state, online carts (~5 % of customers) and service contacts (~8 %).
// Streams the customers in seq order in chunks, one write transaction per chunk with its change
// sequence numbers reserved in one block. Deterministic by seed, with a random stream of its own.
// Runs only while the orders table is empty.
class DemoActivityGenerator {
public:
    struct Counts {
        qint64 orders = 0;
        qint64 returns = 0;
        qint64 pickups = 0;
        qint64 carts = 0;
        qint64 contacts = 0;
    };

    explicit DemoActivityGenerator(ServerDatabase& database);

    Result<Counts> generate(quint64 seed, qint64 nowMs,
                            const std::vector<DemoCatalogGenerator::Product>& products);

private:
    ServerDatabase& m_database;
};
