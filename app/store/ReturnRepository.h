#pragma once

#include "Result.h"
#include "ReturnRecord.h"
#include "SaleFacts.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Returns as the returns feed delivers them; lines and approvals are kept as JSON text and come
// back decoded. Writers open no transaction: the feed applier groups a page and its cursor in one.
// A row is replaced only by one of the same or a newer version.
class ReturnRepository {
public:
    explicit ReturnRepository(QSqlDatabase db);

    Status upsert(const QList<ReturnRecord>& returns);
    Status remove(const QStringList& ids);

    std::optional<ReturnRecord> find(const QString& id) const;
    // Every return of the order, oldest first (what is left to return is counted over all of them).
    Result<QList<ReturnRecord>> forOrderNo(const QString& orderNo) const;
    // The returns of the customer's cached orders, newest first. Returns name no customer; the
    // link is the order.
    Result<QList<ReturnRecord>> forCustomer(const QString& customerId, int limit = 200) const;
    // Every cached return, newest first (theke-ctl return list).
    Result<QList<ReturnRecord>> recent(int limit = 500) const;
    // The same returns without their lines (pieces summed by SQLite), for figures and timeline.
    Result<QList<ReturnFacts>> factsForCustomer(const QString& customerId, int limit = 200) const;
    // The same for the given orders (the customer's, already read): spares reading the orders again.
    Result<QList<ReturnFacts>> factsForOrderNos(const QStringList& orderNos, int limit = 200) const;

private:
    QSqlDatabase m_db;
};
