#pragma once

#include "ConsentEvent.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The cached consent history (consents feed) and the consent changes made on this device that the
// server has not confirmed yet. Writers open no transaction: the feed applier groups a page and its
// cursor in one.
class ConsentEventRepository {
public:
    explicit ConsentEventRepository(QSqlDatabase db);

    Status upsert(const QList<ConsentEvent>& events);
    Status remove(const QStringList& ids);

    // Oldest first: the server's changes, then the ones waiting in the outbox (pending, at this device's
    // store), each with the cached store's name where there is one. At most limit server changes (the
    // newest).
    Result<QList<ConsentEvent>> forCustomer(const QString& customerId, int limit = 1000) const;

private:
    Result<QList<ConsentEvent>> waiting(const QString& customerId) const;
    QString storeName(const QString& storeId) const;

    QSqlDatabase m_db;
};
