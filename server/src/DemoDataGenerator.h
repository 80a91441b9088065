#pragma once

#include "Customer.h"
#include "DemoConsentGenerator.h"
#include "DemoConsentHistory.h"
#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <random>

class ServerDatabase;

// Fills an empty database with realistic German demo customers. Deterministic: the same seed and count
// give the same rows, ids, sequence numbers and timestamps, so two servers serve byte-identical feeds.
class DemoDataGenerator {
public:
    explicit DemoDataGenerator(ServerDatabase& database);

    // Generates count customers unless the database already has customers; returns how many it created.
    // Needs the default stores (StoreDirectory::ensureDefaultStores) for the preferred store.
    Result<int> generateCustomers(int count, quint64 seed);

private:
    Customer makeCustomer(int index, int count);
    quint64 below(quint64 bound) { return m_random() % bound; }
    // Index into a list of size n, skewed towards the front (the commoner entries).
    size_t pickSkewed(size_t n) { return size_t(std::min(below(n), below(n))); }
    QString digits(int count);
    QString email(const QString& first, const QString& last);
    QString phone(const QString& areaCode);
    Status insertChunk(QSqlDatabase& db, int firstIndex, int count, int total);
    // The chunk's consent changes, after its customers (their own change sequence numbers).
    Status insertHistory(QSqlDatabase& db, const QList<ConsentEvent>& history);

    ServerDatabase& m_database;
    std::mt19937_64 m_random; // fully specified by the standard: same numbers on every platform
    DemoConsentGenerator m_consents;
    DemoConsentHistory m_history;
    quint64 m_cardOffset = 0;
    QHash<QString, QString> m_storeByCity;
    QStringList m_storeIds;
};
