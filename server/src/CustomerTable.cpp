#include "CustomerTable.h"

#include "ConsentText.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Empty optional fields are stored as NULL so the UNIQUE index on loyalty_card allows many customers
// without a card, and the foreign key on preferred_store_id allows none.
QVariant nullIfEmpty(const QString& value) {
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// Qt Sql binds a null QString as SQL NULL; the NOT NULL text columns want '' for "not given".
QString notNull(const QString& value) {
    return value.isNull() ? u""_s : value;
}

} // namespace

QString CustomerTable::columns() {
    return u"id, customer_no, first_name, last_name, email, phone, street, postcode, city, country, "
           "loyalty_card, loyalty_tier, loyalty_points, preferred_store_id, customer_since, consents, "
           "version, updated_at, seq"_s;
}

QString CustomerTable::placeholders() {
    QString row = u"("_s;
    for (int i = 0; i < kColumnCount; ++i)
        row += i == 0 ? u"?"_s : u", ?"_s;
    return row + u")"_s;
}

Customer CustomerTable::fromRow(const QSqlQuery& q) {
    Customer c;
    c.id = q.value(0).toString();
    c.customerNo = q.value(1).toString();
    c.firstName = q.value(2).toString();
    c.lastName = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.street = q.value(6).toString();
    c.postcode = q.value(7).toString();
    c.city = q.value(8).toString();
    c.country = q.value(9).toString();
    c.loyaltyCard = q.value(10).toString();
    c.loyaltyTier = q.value(11).toString();
    c.loyaltyPoints = q.value(12).toInt();
    c.preferredStoreId = q.value(13).toString();
    c.customerSince = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    c.consents = ConsentText::fromJson(q.value(15).toString());
    c.version = q.value(16).toLongLong();
    c.updatedAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    return c;
}

void CustomerTable::bindRow(QSqlQuery& q, int first, const Customer& c, qint64 seq) {
    q.bindValue(first, c.id);
    bindFieldsAfterId(q, first, c, seq);
}

void CustomerTable::bindFieldsAfterId(QSqlQuery& q, int first, const Customer& c, qint64 seq) {
    q.bindValue(first + 1, notNull(c.customerNo));
    q.bindValue(first + 2, notNull(c.firstName));
    q.bindValue(first + 3, notNull(c.lastName));
    q.bindValue(first + 4, notNull(c.email));
    q.bindValue(first + 5, notNull(c.phone));
    q.bindValue(first + 6, notNull(c.street));
    q.bindValue(first + 7, notNull(c.postcode));
    q.bindValue(first + 8, notNull(c.city));
    q.bindValue(first + 9, notNull(c.country));
    q.bindValue(first + 10, nullIfEmpty(c.loyaltyCard));
    q.bindValue(first + 11, notNull(c.loyaltyTier));
    q.bindValue(first + 12, c.loyaltyPoints);
    q.bindValue(first + 13, nullIfEmpty(c.preferredStoreId));
    q.bindValue(first + 14, c.customerSince.isValid() ? QVariant(c.customerSince.toString(Qt::ISODate))
                                                      : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(first + 15, QString::fromStdString(ConsentText::toJson(c.consents)));
    q.bindValue(first + 16, c.version);
    q.bindValue(first + 17, c.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(first + 18, seq);
}

CustomerTable::CustomerTable(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<Customer>> CustomerTable::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + columns() + u" FROM customers WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read customer");
    if (!query.next())
        return std::optional<Customer>();
    return std::optional<Customer>(fromRow(query));
}

Status CustomerTable::insert(const Customer& customer, qint64 seq) {
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO customers ("_s + columns() + u") VALUES "_s + placeholders());
    bindRow(query, 0, customer, seq);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"insert customer");
    return {};
}

Status CustomerTable::update(const Customer& customer, qint64 seq) {
    // Same column order as columns(), with id moved to the WHERE clause.
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE customers SET customer_no = ?, first_name = ?, last_name = ?, email = ?, phone = ?, "
        "street = ?, postcode = ?, city = ?, country = ?, loyalty_card = ?, loyalty_tier = ?, "
        "loyalty_points = ?, preferred_store_id = ?, customer_since = ?, consents = ?, version = ?, "
        "updated_at = ?, seq = ? WHERE id = ?"_s);
    bindFieldsAfterId(query, -1, customer, seq);
    query.bindValue(kColumnCount - 1, customer.id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"update customer");
    return {};
}

Result<bool> CustomerTable::remove(const QString& id) {
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM customers WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"delete customer");
    return query.numRowsAffected() > 0;
}

Result<bool> CustomerTable::isTaken(const QString& column, const QString& value,
                                    const QString& exceptId) const {
    // column is one of our own names, never input; values are bound.
    if (column != u"customer_no" && column != u"loyalty_card")
        return makeError(u"internal_error", u"isTaken on an unexpected column"_s, 500);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT 1 FROM customers WHERE "_s + column + u" = ? AND id <> ?"_s);
    query.addBindValue(value);
    query.addBindValue(exceptId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"check uniqueness");
    return query.next();
}
