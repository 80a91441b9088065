#pragma once

#include "Customer.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

// The SQL of the customers table in one place: column order, row mapping, single-row reads and writes.
class CustomerTable {
public:
    static constexpr int kColumnCount = 19; // including seq

    // "id, customer_no, …, seq" in the order fromRow() and bindRow() use.
    static QString columns();
    // "(?, ?, …)" for one row.
    static QString placeholders();

    // Reads a row selected with columns() starting at column 0.
    static Customer fromRow(const QSqlQuery& query);
    // Binds one row's values at positions first … first + kColumnCount - 1.
    static void bindRow(QSqlQuery& query, int first, const Customer& customer, qint64 seq);

    explicit CustomerTable(QSqlDatabase db);

    Result<std::optional<Customer>> find(const QString& id) const;
    Status insert(const Customer& customer, qint64 seq);
    Status update(const Customer& customer, qint64 seq);
    // False when there was no such customer.
    Result<bool> remove(const QString& id);
    // True when another customer than exceptId has value in column (customer_no or loyalty_card).
    Result<bool> isTaken(const QString& column, const QString& value, const QString& exceptId) const;

private:
    // Binds every column but id, the one after id at position first + 1 (first may be -1).
    static void bindFieldsAfterId(QSqlQuery& query, int first, const Customer& customer, qint64 seq);

    QSqlDatabase m_db;
};
