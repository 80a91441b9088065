#include "CustomerErasure.h"

#include "CacheSql.h"

using namespace Qt::StringLiterals;

CustomerErasure::CustomerErasure(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status CustomerErasure::removeLinkedRows(const QString& customerId) {
    // Order matters: returns and pickups are found through the orders' customer link, which the
    // last statement cuts.
    static const QString kStatements[] = {
        u"DELETE FROM returns WHERE order_no IN (SELECT order_no FROM orders WHERE customer_id = ?)"_s,
        u"DELETE FROM pickups WHERE customer_id = ? "
        u"OR order_no IN (SELECT order_no FROM orders WHERE customer_id = ?)"_s,
        u"DELETE FROM carts WHERE customer_id = ?"_s,
        u"DELETE FROM service_contacts WHERE customer_id = ?"_s,
        u"DELETE FROM consent_events WHERE customer_id = ?"_s,
        u"UPDATE orders SET customer_id = NULL WHERE customer_id = ?"_s,
    };
    for (const QString& sql : kStatements) {
        QSqlQuery query(m_db);
        if (Status s = CacheSql::prepare(query, sql); !s)
            return s;
        for (int i = 0; i < int(sql.count(u'?')); ++i)
            query.bindValue(i, customerId);
        if (Status s = CacheSql::exec(query, u"erasing what the cache holds about a customer"_s); !s)
            return s;
    }
    return {};
}
