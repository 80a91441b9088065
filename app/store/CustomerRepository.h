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
    // Deletes the customers and their index entries; they are no longer found at once. An empty
    // list costs nothing. See purgeErasedText() for the bytes left behind.
    Status remove(const QStringList& ids);
    // FTS5 in SQLite 3.40 only marks removed entries as deleted; their tokens stay in older index
    // segments until those are merged. When remove() has deleted anything since the last purge,
    // this merges the whole index (about a second per 200k customers) and checkpoints the WAL,
    // so erased names, e-mails and phones leave the files; otherwise it returns at once.
    // Call it outside a transaction: after `theke-ctl erase`, and once after a sync run.
    Status purgeErasedText();
    Result<qint64> count() const;
    std::optional<Customer> find(const QString& id) const;

    // Prefix search as you type over name, e-mail, phone, customer no. and loyalty card;
    // German transliteration and phone formats as in SearchText. Small match sets come sorted by
    // last name, first name; at most limit rows.
    Result<CustomerSearchResult> search(const QString& query, int limit = 100) const;

private:
    QSqlDatabase m_db;
};
