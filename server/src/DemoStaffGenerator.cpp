#include "DemoStaffGenerator.h"

#include "ChangeLog.h"
#include "GermanNameData.h"
#include "PinHash.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "StoreDirectory.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/evp.h>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Mixed into the seed so this stream differs from the customers' one for the same --seed.
constexpr quint64 kStaffStream = 0x5374616666ULL; // "Staff"
const QString kCreatedAt = u"2024-01-01T00:00:00.000Z"_s;

struct Person {
    QString id;
    QString storeId;
    QString displayName;
    QString role;
    QString badgeCode;
    QString pin;
    QByteArray salt;
    QString pinHash;
};

// "hh-moenckebergstrasse" → "hh": the short store code in staff ids and badges.
QString storeCode(const QString& storeId) {
    return storeId.section(u'-', 0, 0);
}

// The hashes take most of the time; each thread takes every n-th person.
void hashAll(std::vector<Person>& people) {
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1U, 8U);
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&people, t, threads] {
            for (size_t i = t; i < people.size(); i += threads)
                people[i].pinHash = DemoStaffGenerator::pinDescriptor(people[i].pin, people[i].salt,
                                                                      PinHash::kDefaultIterations);
        });
    }
    for (std::thread& worker : workers)
        worker.join();
}

} // namespace

DemoStaffGenerator::DemoStaffGenerator(ServerDatabase& database)
    : m_database(database) {}

QString DemoStaffGenerator::pinDescriptor(const QString& pin, const QByteArray& salt, int iterations) {
    // OpenSSL rather than PinHash::pbkdf2Sha256: the same function, about eight times faster, which
    // matters for a Debug server that hashes 25 PINs at its first start.
    const QByteArray password = pin.toUtf8();
    QByteArray hash(PinHash::kHashBytes, Qt::Uninitialized);
    const int done = PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                                       reinterpret_cast<const unsigned char*>(salt.constData()),
                                       int(salt.size()), iterations, EVP_sha256(), int(hash.size()),
                                       reinterpret_cast<unsigned char*>(hash.data()));
    if (done != 1)
        return {};
    const QJsonObject object{{u"algorithm"_s, u"pbkdf2-sha256"_s},
                             {u"iterations"_s, iterations},
                             {u"salt"_s, QString::fromLatin1(salt.toBase64())},
                             {u"hash"_s, QString::fromLatin1(hash.toBase64())}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<int> DemoStaffGenerator::generate(quint64 seed) {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    {
        QSqlQuery query(db.value());
        if (!query.exec(u"SELECT 1 FROM staff LIMIT 1"_s))
            return ServerDatabase::queryError(query.lastError(), u"check for staff");
        if (query.next())
            return 0;
    }

    QElapsedTimer timer;
    timer.start();
    m_random.seed(seed ^ kStaffStream);
    const auto firstNames = GermanNameData::firstNames();
    const auto lastNames = GermanNameData::lastNames();
    std::vector<Person> people;
    for (const StoreDirectory::DefaultStore& store : StoreDirectory::defaultStores()) {
        const QString code = storeCode(store.info.id);
        const int managers = 1 + int(below(2));
        const int associates = 3 + int(below(2));
        QSet<QString> names; // two people of one store with the same name would be hard to pick
        for (int n = 1; n <= managers + associates; ++n) {
            Person person;
            person.id = u"st-%1-%2"_s.arg(code).arg(n, 4, 10, QChar(u'0'));
            person.storeId = store.info.id;
            do {
                person.displayName = QString::fromUtf16(firstNames[below(firstNames.size())]) + u' ' +
                                     QString::fromUtf16(lastNames[below(lastNames.size())]);
            } while (names.contains(person.displayName));
            names.insert(person.displayName);
            const bool manager = n <= managers;
            person.role = manager ? u"manager"_s : u"associate"_s;
            person.pin = manager ? kManagerPin : kAssociatePin;
            person.badgeCode = u"B-%1-%2"_s.arg(code.toUpper()).arg(n);
            person.salt.resize(PinHash::kSaltBytes);
            for (int b = 0; b < PinHash::kSaltBytes; b += 8) {
                const quint64 word = m_random();
                for (int i = 0; i < 8; ++i)
                    person.salt[b + i] = char((word >> (8 * i)) & 0xff);
            }
            people.push_back(std::move(person));
        }
    }
    hashAll(people);
    for (const Person& person : people) {
        if (person.pinHash.isEmpty())
            return makeError(u"internal_error", u"cannot hash the demo staff PINs"_s, 500);
    }

    Transaction tx(db.value(), Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const Result<qint64> firstSeq = ChangeLog(db.value()).reserve(qint64(people.size()));
    if (!firstSeq)
        return firstSeq.error();
    QSqlQuery insert(db.value());
    insert.prepare(u"INSERT INTO staff (id, store_id, display_name, role, badge_code, pin_hash, active, "
                   "version, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?)"_s);
    qint64 seq = firstSeq.value();
    for (const Person& person : people) {
        insert.addBindValue(person.id);
        insert.addBindValue(person.storeId);
        insert.addBindValue(person.displayName);
        insert.addBindValue(person.role);
        insert.addBindValue(person.badgeCode);
        insert.addBindValue(person.pinHash);
        insert.addBindValue(kCreatedAt);
        insert.addBindValue(seq++);
        if (!insert.exec())
            return ServerDatabase::queryError(insert.lastError(), u"insert demo staff");
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcServer) << "generated" << people.size() << "demo staff in" << timer.elapsed() << "ms";
    return int(people.size());
}
