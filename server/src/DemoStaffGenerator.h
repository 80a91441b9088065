#pragma once

#include "Result.h"

#include <QString>

#include <random>

class ServerDatabase;

// Gives every default store its demo staff: one or two managers and three or four associates with
// German names, badge codes B-<store>-<n> and the documented demo PINs (server/README.md): associates
// kAssociatePin, managers kManagerPin. Deterministic by seed with a random stream of its own, so adding
// staff changed no other demo data. PIN hashes are slow on purpose (PBKDF2, 210,000 iterations), so they
// are made only when the staff table is empty and on every core at once.
class DemoStaffGenerator {
public:
    static inline const QString kAssociatePin = QStringLiteral("1234");
    static inline const QString kManagerPin = QStringLiteral("9999");

    explicit DemoStaffGenerator(ServerDatabase& database);

    // Needs the default stores (StoreDirectory::ensureDefaultStores); returns how many people it created.
    Result<int> generate(quint64 seed);

    // The PinHash descriptor (canonical JSON) of pin with salt; the same text PinHash::createWithSalt makes.
    // Empty when OpenSSL fails.
    static QString pinDescriptor(const QString& pin, const QByteArray& salt, int iterations);

private:
    quint64 below(quint64 bound) { return m_random() % bound; }

    ServerDatabase& m_database;
    std::mt19937_64 m_random;
};
