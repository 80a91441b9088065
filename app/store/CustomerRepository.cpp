#include "CustomerRepository.h"

#include "CacheSql.h"
#include "CustomerErasure.h"
#include "CustomerRow.h"
#include "Database.h"
#include "SearchText.h"
#include "SqliteStatement.h"

#include <QCollator>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCustomers, "theke.store")

namespace {

// Order matters: bindCustomer() and readCustomer() follow it.
const auto kSelectColumns =
    u"c.id, c.customer_no, c.first_name, c.last_name, c.email, c.phone, c.street, c.postcode, c.city, "
    u"c.country, c.loyalty_card, c.loyalty_tier, c.loyalty_points, c.preferred_store_id, "
    u"c.customer_since, c.version, c.updated_at"_s;
constexpr int kBoundFields = 16; // every column above except id

// Set by remove(), cleared by purgeErasedText(): erased text may still sit in old index segments.
const auto kPurgePendingKey = u"customers_fts_purge_pending"_s;

QVariant textOrNull(const QString& text) {
    return text.isNull() ? QVariant() : QVariant(text);
}

// Binds the fields after id, in kSelectColumns order, starting at position first.
void bindCustomer(SqliteStatement& statement, int first, const CustomerRow& row) {
    int position = first;
    for (const QByteArray& text : row.texts)
        statement.bindUtf8KeepingNull(position++, text);
    statement.bindInteger(position++, row.loyaltyPoints);
    statement.bindUtf8KeepingNull(position++, row.preferredStoreId);
    statement.bindUtf8KeepingNull(position++, row.customerSince);
    statement.bindInteger(position++, row.version);
    statement.bindUtf8OrNull(position++, row.updatedAt);
}

Customer readCustomer(const QSqlQuery& query) {
    Customer c;
    c.id = query.value(0).toString();
    c.customerNo = query.value(1).toString();
    c.firstName = query.value(2).toString();
    c.lastName = query.value(3).toString();
    c.email = query.value(4).toString();
    c.phone = query.value(5).toString();
    c.street = query.value(6).toString();
    c.postcode = query.value(7).toString();
    c.city = query.value(8).toString();
    c.country = query.value(9).toString();
    c.loyaltyCard = query.value(10).toString();
    c.loyaltyTier = query.value(11).toString();
    c.loyaltyPoints = query.value(12).toInt();
    c.preferredStoreId = query.value(13).toString();
    c.customerSince = QDate::fromString(query.value(14).toString(), Qt::ISODate);
    c.version = query.value(15).toLongLong();
    if (!query.isNull(16))
        c.updatedAt = QDateTime::fromString(query.value(16).toString(), Qt::ISODateWithMs).toUTC();
    return c;
}

const auto kConsentInsert =
    u"INSERT OR REPLACE INTO customer_consents (customer_id, purpose, granted, changed_utc, source) "
    u"VALUES (?, ?, ?, ?, ?)"_s;

Status bindAndInsertConsent(QSqlQuery& insert, const QString& customerId, const Consent& consent) {
    insert.bindValue(0, customerId);
    insert.bindValue(1, consent.purpose);
    insert.bindValue(2, consent.granted ? 1 : 0);
    insert.bindValue(3, consent.changedAt.isValid()
                            ? QVariant(consent.changedAt.toUTC().toString(Qt::ISODateWithMs))
                            : QVariant());
    insert.bindValue(4, textOrNull(consent.source));
    if (!insert.exec())
        return sqlError(insert.lastError(), u"storing a consent"_s);
    return {};
}

bool prepare(QSqlQuery& query, const QString& sql, Error* error) {
    if (query.prepare(sql))
        return true;
    *error = sqlError(query.lastError(), u"preparing a customer statement"_s);
    return false;
}

} // namespace

CustomerRepository::CustomerRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status CustomerRepository::upsert(const QList<Customer>& customers) {
    QList<CustomerRow> rows;
    rows.reserve(customers.size());
    for (const Customer& customer : customers)
        rows.append(CustomerRow::of(customer));
    return upsert(rows);
}

Status CustomerRepository::upsert(const QList<CustomerRow>& rows) {
    if (rows.isEmpty())
        return {};
    // Straight on the sqlite3 handle: with QSqlQuery the binding cost more than the writes (bench).
    SqliteStatement existing(m_db, u"SELECT rowid, first_name, last_name, email, phone, customer_no, "
                                   u"loyalty_card FROM customers WHERE id = ?"_s);
    SqliteStatement insert(
        m_db,
        u"INSERT INTO customers (id, customer_no, first_name, last_name, email, phone, street, "
        u"postcode, city, country, loyalty_card, loyalty_tier, loyalty_points, preferred_store_id, "
        u"customer_since, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqliteStatement update(
        m_db, u"UPDATE customers SET customer_no = ?, first_name = ?, last_name = ?, email = ?, phone = ?, "
              u"street = ?, postcode = ?, city = ?, country = ?, loyalty_card = ?, loyalty_tier = ?, "
              u"loyalty_points = ?, preferred_store_id = ?, customer_since = ?, version = ?, updated_at = ? "
              u"WHERE rowid = ?"_s);
    SqliteStatement ftsDelete(m_db, u"DELETE FROM customers_fts WHERE rowid = ?"_s);
    SqliteStatement ftsInsert(
        m_db, u"INSERT INTO customers_fts (rowid, name, email, phone_key, customer_no, loyalty_card) "
              u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    SqliteStatement consentsDelete(m_db, u"DELETE FROM customer_consents WHERE customer_id = ?"_s);
    SqliteStatement consentInsert(m_db, kConsentInsert);
    for (const SqliteStatement* statement :
         {&existing, &insert, &update, &ftsDelete, &ftsInsert, &consentsDelete, &consentInsert}) {
        if (Status s = statement->prepared(); !s)
            return s;
    }

    using T = CustomerRow::Text;
    for (const CustomerRow& row : rows) {
        if (row.idUtf8.isEmpty())
            return makeError(ErrorCode::kStoreQuery, u"a customer without id cannot be stored"_s);

        existing.bindUtf8(0, row.idUtf8);
        qint64 rowid = -1;
        bool indexed = false;
        const Status looked =
            existing.runReading(u"looking up a customer", {}, [&](const SqliteStatement& found) {
                rowid = found.columnInteger(0);
                // Most updates (loyalty points, address) leave the searchable fields alone; skipping the
                // index rewrite then keeps a sync of changed customers close to a plain update.
                indexed = found.columnEquals(1, row.texts[T::kFirstName]) &&
                          found.columnEquals(2, row.texts[T::kLastName]) &&
                          found.columnEquals(3, row.texts[T::kEmail]) &&
                          found.columnEquals(4, row.texts[T::kPhone]) &&
                          found.columnEquals(5, row.texts[T::kCustomerNo]) &&
                          found.columnEquals(6, row.texts[T::kLoyaltyCard]);
            });
        if (!looked)
            return looked;

        consentsDelete.bindUtf8(0, row.idUtf8);
        if (Status s = consentsDelete.run(u"replacing the consents of a customer"); !s)
            return s;
        for (const CustomerRow::ConsentRow& consent : row.consents) {
            consentInsert.bindUtf8(0, row.idUtf8);
            consentInsert.bindUtf8KeepingNull(1, consent.purpose);
            consentInsert.bindInteger(2, consent.granted ? 1 : 0);
            consentInsert.bindUtf8OrNull(3, consent.changedUtc);
            consentInsert.bindUtf8KeepingNull(4, consent.source);
            if (Status s = consentInsert.run(u"storing a consent"); !s)
                return s;
        }

        if (rowid < 0) {
            insert.bindUtf8(0, row.idUtf8);
            bindCustomer(insert, 1, row);
            if (Status s = insert.run(u"inserting a customer"); !s)
                return s;
            rowid = insert.lastInsertRowid();
        } else {
            bindCustomer(update, 0, row);
            update.bindInteger(kBoundFields, rowid);
            if (Status s = update.run(u"updating customer row", QString::number(rowid)); !s)
                return s;
            if (indexed)
                continue;
            ftsDelete.bindInteger(0, rowid);
            if (Status s = ftsDelete.run(u"unindexing customer row", QString::number(rowid)); !s)
                return s;
        }

        ftsInsert.bindInteger(0, rowid);
        for (int column = 0; column < CustomerRow::kIndexColumns; ++column)
            ftsInsert.bindUtf8KeepingNull(column + 1, row.index[size_t(column)]);
        if (Status s = ftsInsert.run(u"indexing customer row", QString::number(rowid)); !s)
            return s;
    }
    return {};
}

Status CustomerRepository::remove(const QStringList& ids) {
    if (ids.isEmpty())
        return {};
    Error error;
    QSqlQuery find(m_db);
    QSqlQuery ftsDelete(m_db);
    QSqlQuery rowDelete(m_db);
    QSqlQuery consentsDelete(m_db);
    QSqlQuery notesDelete(m_db);
    if (!prepare(consentsDelete, u"DELETE FROM customer_consents WHERE customer_id = ?"_s, &error) ||
        !prepare(notesDelete, u"DELETE FROM notes WHERE customer_id = ?"_s, &error) ||
        !prepare(find, u"SELECT rowid FROM customers WHERE id = ?"_s, &error) ||
        !prepare(ftsDelete, u"DELETE FROM customers_fts WHERE rowid = ?"_s, &error) ||
        !prepare(rowDelete, u"DELETE FROM customers WHERE rowid = ?"_s, &error))
        return error;

    int removed = 0;
    CustomerErasure linked(m_db);
    for (const QString& id : ids) {
        // Consents, notes and the rows of other feeds go even when the customer row is already gone
        // (erasure must be complete).
        consentsDelete.bindValue(0, id);
        notesDelete.bindValue(0, id);
        if (!consentsDelete.exec() || !notesDelete.exec())
            return sqlError(consentsDelete.lastError().isValid() ? consentsDelete.lastError()
                                                                 : notesDelete.lastError(),
                            u"removing the consents and notes of a customer"_s);
        if (Status s = linked.removeLinkedRows(id); !s)
            return s;
        find.bindValue(0, id);
        if (!find.exec())
            return sqlError(find.lastError(), u"looking up a customer to remove"_s);
        if (!find.next())
            continue; // already gone: tombstones may repeat
        const qint64 rowid = find.value(0).toLongLong();
        find.finish();
        ftsDelete.bindValue(0, rowid);
        if (!ftsDelete.exec())
            return sqlError(ftsDelete.lastError(), u"unindexing customer row %1"_s.arg(rowid));
        rowDelete.bindValue(0, rowid);
        if (!rowDelete.exec())
            return sqlError(rowDelete.lastError(), u"removing customer row %1"_s.arg(rowid));
        ++removed;
    }
    qCDebug(lcCustomers) << "removed customers:" << removed << "of" << ids.size();
    if (removed == 0)
        return {};
    // Remembered in the same transaction as the removal, so a crash before the purge cannot lose it.
    QSqlQuery mark(m_db);
    if (!prepare(mark,
                 u"INSERT INTO settings (key, value) VALUES (?, '1') "
                 u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                 &error))
        return error;
    mark.bindValue(0, kPurgePendingKey);
    if (!mark.exec())
        return sqlError(mark.lastError(), u"noting the pending index purge"_s);
    return {};
}

Status CustomerRepository::purgeErasedText() {
    QSqlQuery pending(m_db);
    pending.prepare(u"SELECT 1 FROM settings WHERE key = ? AND value = '1'"_s);
    pending.bindValue(0, kPurgePendingKey);
    if (!pending.exec())
        return sqlError(pending.lastError(), u"checking for a pending index purge"_s);
    if (!pending.next())
        return {};
    pending.finish();

    QSqlQuery query(m_db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(query.lastError(), u"beginning the index purge"_s);
    QSqlQuery clear(m_db);
    clear.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    clear.bindValue(0, kPurgePendingKey);
    if (!query.exec(u"INSERT INTO customers_fts (customers_fts) VALUES ('optimize')"_s) || !clear.exec()) {
        const QSqlError failed = query.lastError().isValid() ? query.lastError() : clear.lastError();
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return sqlError(failed, u"merging the customer index"_s);
    }
    if (!query.exec(u"COMMIT"_s)) {
        const QSqlError failed = query.lastError();
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return sqlError(failed, u"committing the index purge"_s);
    }
    // The WAL still holds the old pages until a checkpoint copies the new ones over them. A reader
    // may keep this one from finishing; the next checkpoint then completes it.
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
        return sqlError(query.lastError(), u"checkpointing the cache"_s);
    qCInfo(lcCustomers) << "purged erased customers from the search index";
    return {};
}

Result<qint64> CustomerRepository::count() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM customers"_s) || !query.next())
        return sqlError(query.lastError(), u"counting customers"_s);
    return query.value(0).toLongLong();
}

std::optional<Customer> CustomerRepository::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kSelectColumns + u" FROM customers AS c WHERE c.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Customer customer = readCustomer(query);
    Result<QList<Consent>> loaded = consents(id);
    if (!loaded)
        return std::nullopt;
    customer.consents = std::move(loaded).value();
    return customer;
}

Result<QList<Consent>> CustomerRepository::consents(const QString& customerId) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT purpose, granted, changed_utc, source FROM customer_consents "
                  u"WHERE customer_id = ? ORDER BY purpose"_s);
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query.lastError(), u"reading consents"_s);
    QList<Consent> result;
    while (query.next()) {
        Consent consent;
        consent.purpose = query.value(0).toString();
        consent.granted = query.value(1).toBool();
        if (!query.isNull(2))
            consent.changedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
        consent.source = query.value(3).toString();
        result.append(std::move(consent));
    }
    return result;
}

Status CustomerRepository::setConsent(const QString& customerId, const Consent& consent) {
    Error error;
    QSqlQuery insert(m_db);
    if (!prepare(insert, kConsentInsert, &error))
        return error;
    return bindAndInsertConsent(insert, customerId, consent);
}

Result<CustomerSearchResult> CustomerRepository::search(const QString& query, int limit) const {
    CustomerSearchResult result;
    const QString expression = SearchText::ftsQuery(query);
    if (expression.isEmpty() || limit <= 0)
        return result;

    QList<Customer> rows;
    // Digits may be (the start of) a loyalty card. Card numbers are not in the full-text index
    // (see 001_initial.sql); a range over their B-tree index finds a prefix in O(log n). These
    // come first so that a scanned card is never cut off by a broad phone-number prefix.
    if (SearchText::looksLikePhone(query)) {
        QString digits;
        for (const QChar c : query) {
            if (c.isDigit())
                digits += c;
        }
        QSqlQuery cards(m_db);
        cards.setForwardOnly(true);
        cards.prepare(u"SELECT "_s + kSelectColumns +
                      u" FROM customers AS c WHERE c.loyalty_card >= ? AND c.loyalty_card < ? LIMIT ?"_s);
        cards.bindValue(0, digits);
        cards.bindValue(1, digits.chopped(1) + QChar(digits.back().unicode() + 1));
        cards.bindValue(2, limit + 1);
        if (!cards.exec())
            return sqlError(cards.lastError(), u"searching loyalty cards"_s);
        while (cards.next())
            rows.append(readCustomer(cards));
    }

    // No ORDER BY rank: a short prefix matches most of the cache and ranking it all costs ~100×
    // (DESIGN §7). One row more than asked tells whether the match set was cut off.
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT "_s + kSelectColumns +
                   u" FROM (SELECT rowid AS r FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?) AS m "
                   u"JOIN customers AS c ON c.rowid = m.r"_s);
    select.bindValue(0, expression);
    select.bindValue(1, limit + 1);
    if (!select.exec())
        return sqlError(select.lastError(), u"searching customers"_s);
    const qsizetype fromCards = rows.size();
    while (select.next()) {
        Customer customer = readCustomer(select);
        const bool alreadyFound = std::any_of(rows.cbegin(), rows.cbegin() + fromCards,
                                              [&](const Customer& c) { return c.id == customer.id; });
        if (!alreadyFound)
            rows.append(std::move(customer));
    }
    if (select.lastError().isValid())
        return sqlError(select.lastError(), u"searching customers"_s);

    if (rows.size() > limit) {
        rows.resize(limit);
        result.truncated = true;
    }
    QCollator collator(QLocale(QLocale::German, QLocale::Germany));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [&collator](const Customer& a, const Customer& b) {
        if (const int byLast = collator.compare(a.lastName, b.lastName); byLast != 0)
            return byLast < 0;
        if (const int byFirst = collator.compare(a.firstName, b.firstName); byFirst != 0)
            return byFirst < 0;
        return a.customerNo < b.customerNo;
    });
    result.rows = std::move(rows);
    return result;
}
