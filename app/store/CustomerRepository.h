#pragma once

#include "Customer.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

struct CustomerSearchResult {
    QList<Customer> rows;
    bool truncated = false; // more matches exist than were returned
};

// Reads and writes customers in the cache and keeps the FTS5 index in step with them.
// Writers do not open transactions themselves: the caller groups a feed page and its cursor in one.
class CustomerRepository {
public:
    explicit CustomerRepository(QSqlDatabase db);

    Status upsert(const QList<Customer>& customers);
    Status remove(const QStringList& ids);
    Result<qint64> count() const;
    std::optional<Customer> find(const QString& id) const;

    // Prefix search as you type over name, e-mail, phone, customer no. and loyalty card;
    // German transliteration and phone formats as in SearchText. Small match sets come sorted by
    // last name, first name; at most limit rows.
    Result<CustomerSearchResult> search(const QString& query, int limit = 100) const;

private:
    QSqlDatabase m_db;
};
