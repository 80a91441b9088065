#pragma once

#include "Result.h"
#include "Transaction.h"

#include <QSqlDatabase>

#include <optional>

class ServerDatabase;

namespace httplib {
struct Response;
}

// A route handler's transaction on the calling thread's connection. begin() answers the request itself
// with the problem when the connection cannot be opened or BEGIN fails, so the handler only returns.
// Like Transaction, it rolls back unless committed.
class RouteTransaction {
public:
    RouteTransaction(ServerDatabase& database, Transaction::Mode mode);

    // False after the error answer was sent.
    bool begin(httplib::Response& response);
    // The connection; only after begin() returned true.
    const QSqlDatabase& db() const { return m_db; }
    Status commit();

private:
    ServerDatabase& m_database;
    Transaction::Mode m_mode;
    QSqlDatabase m_db;
    std::optional<Transaction> m_transaction;
};
