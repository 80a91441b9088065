#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <string>
#include <vector>

// The online customer search (GET /v1/customers?q=): exact customer number, loyalty card, e-mail and
// phone (any usual way of writing it) first, then name prefixes — "müller", "Mueller" and
// "Müller Hamburg" find Müllers (in Hamburg). Uses indexes only, so it stays fast with a million
// customers; every further word must start a first name, last name, street, city or postcode.
class CustomerSearch {
public:
    struct Answer {
        std::vector<std::string> items; // Customer JSON, as the customers feed writes it
        bool truncated = false;
    };

    static constexpr int kMaxLimit = 100;
    static constexpr int kDefaultLimit = 20;

    explicit CustomerSearch(QSqlDatabase db);

    Result<Answer> search(const QString& query, int limit) const;

private:
    QSqlDatabase m_db;
};
