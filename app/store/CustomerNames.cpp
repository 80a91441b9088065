#include "CustomerNames.h"

#include "CacheSql.h"
#include "Customer.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<QHash<QString, QString>> CustomerNames::of(QSqlDatabase db, const QStringList& customerIds) {
    QHash<QString, QString> names;
    if (customerIds.isEmpty())
        return names;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One bound JSON array instead of a placeholder per id.
    if (Status s = CacheSql::prepare(query, u"SELECT id, first_name, last_name FROM customers "
                                            u"WHERE id IN (SELECT value FROM json_each(?))"_s);
        !s)
        return s.error();
    query.addBindValue(CacheSql::json(QJsonArray::fromStringList(customerIds)));
    if (Status s = CacheSql::exec(query, u"reading customer names"_s); !s)
        return s.error();
    while (query.next()) {
        Customer customer;
        customer.firstName = query.value(1).toString();
        customer.lastName = query.value(2).toString();
        names.insert(query.value(0).toString(), customer.displayName());
    }
    return names;
}
