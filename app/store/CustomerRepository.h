#pragma once

#include "Customer.h"
#include "CustomerRow.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

struct CustomerSearchResult {
    QList<Customer> rows;
    bool truncated = false; // more matches exist than were returned
};

// Reads and writes customers in the cache and keeps the FTS5 index and their consents in step with them.
// Writers do not open transactions themselves: the caller groups a feed page and its cursor in one.
class CustomerRepository {
public:
    explicit CustomerRepository(QSqlDatabase db);

    // Writes the customers; each one's consents replace the cached ones (a purpose the server no
    // longer lists is gone).
    Status upsert(const QList<Customer>& customers);
    // The same for rows worked out ahead (the customers feed's decoding thread).
    Status upsert(const QList<CustomerRow>& rows);
    // Deletes the customers, their consents, notes and index entries, and what other feeds cached
    // about them (CustomerErasure); they are no longer found at once. An empty list costs nothing. See
    // purgeErasedText() for the bytes left behind.
    Status remove(const QStringList& ids);
    // FTS5 in SQLite 3.40 only marks removed entries as deleted; their tokens stay in older index
    // segments until those are merged. When remove() has deleted anything since the last purge,
    // this merges the whole index (about a second per 200k customers) and checkpoints the WAL,
    // so erased names, e-mails and phones leave the files; otherwise it returns at once.
    // Call it outside a transaction: after `theke-ctl erase`, and once after a sync run.
    Status purgeErasedText();
    Result<qint64> count() const;
    // The customer with its consents (ordered by purpose).
    std::optional<Customer> find(const QString& id) const;
    Result<QList<Consent>> consents(const QString& customerId) const;
    // Sets one consent of a cached customer, leaving its version alone (a local change waiting in
    // the outbox; the server's answer brings the new version).
    Status setConsent(const QString& customerId, const Consent& consent);

    // Prefix search as you type over name, e-mail, phone, customer no. and loyalty card;
    // German transliteration and phone formats as in SearchText. Small match sets come sorted by
    // last name, first name; at most limit rows. Rows come without consents (use find()).
    Result<CustomerSearchResult> search(const QString& query, int limit = 100) const;

private:
    QSqlDatabase m_db;
};
