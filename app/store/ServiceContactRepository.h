#pragma once

#include "Result.h"
#include "ServiceContact.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Customer service contacts as the contacts feed delivers them, for the cross-channel history.
// Writers open no transaction: the feed applier groups a page and its cursor in one. A row is
// replaced only by one of the same or a newer version.
class ServiceContactRepository {
public:
    explicit ServiceContactRepository(QSqlDatabase db);

    Status upsert(const QList<ServiceContact>& contacts);
    Status remove(const QStringList& ids);

    // Newest first.
    Result<QList<ServiceContact>> forCustomer(const QString& customerId, int limit = 200) const;

private:
    QSqlDatabase m_db;
};
