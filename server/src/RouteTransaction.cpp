#include "RouteTransaction.h"

#include "Problem.h"
#include "ServerDatabase.h"

RouteTransaction::RouteTransaction(ServerDatabase& database, Transaction::Mode mode)
    : m_database(database)
    , m_mode(mode) {}

bool RouteTransaction::begin(httplib::Response& response) {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        Problem::send(response, db.error());
        return false;
    }
    m_db = db.value();
    m_transaction.emplace(m_db, m_mode);
    if (Status begun = m_transaction->begin(); !begun) {
        Problem::send(response, begun.error());
        return false;
    }
    return true;
}

Status RouteTransaction::commit() {
    return m_transaction->commit();
}
