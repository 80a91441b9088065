#include "DemoActivityGenerator.h"

#include "BulkInserter.h"
#include "ChangeLog.h"
#include "DemoIds.h"
#include "DemoPickupBuilder.h"
#include "DemoTime.h"
#include "JsonText.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "Transaction.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <future>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kActivityStream = 0x4163746976697479ULL; // "Activity"
constexpr int kCustomersPerChunk = 20000;
constexpr quint64 kCartIdEpochMs = 1'714'521'600'000;    // 2024-05-01
constexpr quint64 kContactIdEpochMs = 1'717'200'000'000; // 2024-06-01
constexpr quint64 kHandoffSpace = 2'821'109'907'456ULL;  // 36^8
using Rows = std::vector<std::vector<QVariant>>;
const QStringList kCartColumns{u"id"_s,           u"customer_id"_s, u"store_id"_s,   u"origin"_s, u"lines"_s,
                               u"handoff_code"_s, u"version"_s,     u"updated_at"_s, u"seq"_s};
const QStringList kContactColumns{u"id"_s, u"customer_id"_s, u"channel"_s,    u"subject"_s,
                                  u"at"_s, u"version"_s,     u"updated_at"_s, u"seq"_s};

struct Chunk {
    Rows orders;
    Rows returns;
    Rows carts;
    Rows contacts;
};

QString handoffCode(quint64 n) {
    static constexpr char kChars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    // A bijection on 36^8 (the factor is odd and not a multiple of 3), so codes never repeat.
    quint64 value = (n * 2'654'435'761ULL + 1'234'567'891ULL) % kHandoffSpace;
    QString code(8, Qt::Uninitialized);
    for (int i = 7; i >= 0; --i) {
        code[i] = QLatin1Char(kChars[value % 36]);
        value /= 36;
    }
    return code;
}

Status insertAll(QSqlDatabase& db, const QString& table, const QStringList& columns, Rows& rows,
                 qint64& seq) {
    BulkInserter inserter(db, table, columns);
    for (std::vector<QVariant>& row : rows) {
        row.back() = seq++;
        if (Status added = inserter.add(std::move(row)); !added)
            return added;
    }
    return inserter.flush();
}

// Makes the rows of one chunk of customers. Runs on a worker thread while the previous chunk is
// written; it is the only user of its random stream and counters, so the result does not depend on timing.
class ChunkMaker {
public:
    ChunkMaker(quint64 seed, qint64 nowMs, const std::vector<DemoCatalogGenerator::Product>& products,
               qint64 customerCount)
        : m_random(seed ^ kActivityStream)
        , m_orders(m_random, products, nowMs)
        , m_pickupBuilder(m_orders, m_random, nowMs)
        , m_products(products)
        , m_nowMs(nowMs)
        , m_pickupTarget(std::clamp<qint64>(customerCount / 20, 35, 500))
        , m_pickupStride(std::max<qint64>(1, customerCount / m_pickupTarget)) {}

    Chunk make(const std::vector<DemoOrderBuilder::Customer>& customers) {
        Chunk chunk;
        for (const DemoOrderBuilder::Customer& customer : customers) {
            const size_t before = chunk.orders.size();
            m_orders.addHistory(customer, chunk.orders, chunk.returns);
            if (m_index++ % m_pickupStride == 0 && qint64(m_pickups.size()) < m_pickupTarget)
                m_pickups.push_back(m_pickupBuilder.make(int(m_pickups.size()), customer, chunk.orders));
            if (m_orders.below(100) < 5)
                addCart(customer, chunk.carts);
            if (m_orders.below(100) < 8) {
                const QString lastOrder =
                    chunk.orders.size() > before ? chunk.orders.back()[1].toString() : QString();
                addContacts(customer, lastOrder, chunk.contacts);
            }
        }
        return chunk;
    }

    std::vector<DemoPickupBuilder::Pickup>& pickups() { return m_pickups; }

private:
    void addCart(const DemoOrderBuilder::Customer& customer, Rows& carts) {
        std::string lines = "[";
        const int count = 1 + int(m_orders.below(3));
        for (int i = 0; i < count; ++i) {
            const auto& product = m_products[size_t(m_orders.below(m_products.size()))];
            lines += i == 0 ? R"({"name":)" : R"(,{"name":)";
            lines += product.lineNameJson;
            lines += R"(,"quantity":)";
            JsonText::appendInteger(lines, qint64(1 + m_orders.below(2)));
            lines += R"(,"sku":)";
            JsonText::appendString(lines, product.sku);
            lines += R"(,"unit_price":{"amount":)";
            JsonText::appendInteger(lines, product.priceCents);
            lines += R"(,"currency":"EUR"}})";
        }
        lines += ']';
        const qint64 updated = m_nowMs - 1 - qint64(m_orders.below(quint64(30 * DemoTime::kDay)));
        const bool handedOff = m_orders.below(100) < 25;
        const QVariant null(QMetaType::fromType<QString>());
        carts.push_back({DemoIds::uuid7(kCartIdEpochMs + m_cartNo, m_random), customer.id, null, u"online"_s,
                         QByteArray::fromStdString(lines), handedOff ? QVariant(handoffCode(m_cartNo)) : null,
                         qint64(1 + m_orders.below(3)), QByteArray::fromStdString(DemoTime::iso(updated)),
                         QVariant()});
        ++m_cartNo;
    }

    void addContacts(const DemoOrderBuilder::Customer& customer, const QString& lastOrder, Rows& contacts) {
        static constexpr const char* kChannels[] = {"phone", "phone", "email",  "email",
                                                    "chat",  "store", "letter", "social"};
        static const QString kSubjects[] = {u"Adressänderung"_s,
                                            u"Frage zu Bonuspunkten"_s,
                                            u"Terminvereinbarung Stilberatung"_s,
                                            u"Abmeldung vom Newsletter"_s,
                                            u"Rückfrage zur Lieferung "_s,
                                            u"Frage zur Rücksendung "_s,
                                            u"Reklamation zu Bestellung "_s};
        const int count = 1 + int(m_orders.below(2));
        for (int i = 0; i < count; ++i) {
            // The last three subjects name the customer's latest order.
            const size_t pick = size_t(m_orders.below(lastOrder.isEmpty() ? 4 : 7));
            const QString subject = pick >= 4 ? kSubjects[pick] + lastOrder : kSubjects[pick];
            const qint64 at = std::max(customer.sinceMs, m_nowMs - 365 * DemoTime::kDay) +
                              qint64(m_orders.below(quint64(180 * DemoTime::kDay)));
            const QByteArray atText = QByteArray::fromStdString(DemoTime::iso(std::min(at, m_nowMs - 1)));
            contacts.push_back({DemoIds::uuid7(kContactIdEpochMs + m_contactNo++, m_random), customer.id,
                                QString::fromLatin1(kChannels[m_orders.below(8)]), subject, atText, qint64(1),
                                atText, QVariant()});
        }
    }

    std::mt19937_64 m_random;
    DemoOrderBuilder m_orders;
    DemoPickupBuilder m_pickupBuilder;
    const std::vector<DemoCatalogGenerator::Product>& m_products;
    qint64 m_nowMs;
    qint64 m_pickupTarget;
    qint64 m_pickupStride;
    std::vector<DemoPickupBuilder::Pickup> m_pickups;
    qint64 m_index = 0;
    quint64 m_cartNo = 0;
    quint64 m_contactNo = 0;
};

// The next chunk of customers in seq order after afterSeq (which moves on).
Result<std::vector<DemoOrderBuilder::Customer>> readCustomers(QSqlDatabase& db, qint64& afterSeq) {
    std::vector<DemoOrderBuilder::Customer> customers;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, first_name, last_name, preferred_store_id, customer_since, seq "
                  "FROM customers WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(afterSeq);
    query.addBindValue(kCustomersPerChunk);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read customers for demo orders");
    customers.reserve(kCustomersPerChunk);
    while (query.next()) {
        const QDate since = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        customers.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(),
                             since.isValid() ? since.startOfDay(Qt::UTC).toMSecsSinceEpoch() : 0});
        afterSeq = query.value(5).toLongLong();
    }
    return customers;
}

// One write transaction for the chunk, its change sequence numbers reserved in one block.
Status writeChunk(QSqlDatabase& db, Chunk& chunk, DemoActivityGenerator::Counts& counts) {
    Transaction tx(db, Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun;
    const qint64 rows =
        qint64(chunk.orders.size() + chunk.returns.size() + chunk.carts.size() + chunk.contacts.size());
    const Result<qint64> firstSeq = ChangeLog(db).reserve(std::max<qint64>(rows, 1));
    if (!firstSeq)
        return firstSeq.error();
    qint64 seq = firstSeq.value();
    counts.orders += qint64(chunk.orders.size());
    counts.returns += qint64(chunk.returns.size());
    counts.carts += qint64(chunk.carts.size());
    counts.contacts += qint64(chunk.contacts.size());
    if (Status s = insertAll(db, u"orders"_s, DemoOrderBuilder::kOrderColumns, chunk.orders, seq); !s)
        return s;
    if (Status s = insertAll(db, u"returns"_s, DemoOrderBuilder::kReturnColumns, chunk.returns, seq); !s)
        return s;
    if (Status s = insertAll(db, u"carts"_s, kCartColumns, chunk.carts, seq); !s)
        return s;
    if (Status s = insertAll(db, u"service_contacts"_s, kContactColumns, chunk.contacts, seq); !s)
        return s;
    return tx.commit();
}

} // namespace

DemoActivityGenerator::DemoActivityGenerator(ServerDatabase& database)
    : m_database(database) {}

Result<DemoActivityGenerator::Counts>
DemoActivityGenerator::generate(quint64 seed, qint64 nowMs,
                                const std::vector<DemoCatalogGenerator::Product>& products) {
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    QSqlDatabase& db = connection.value();
    qint64 customerCount = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT 1 FROM orders LIMIT 1"_s))
            return ServerDatabase::queryError(query.lastError(), u"check for orders");
        if (query.next() || products.empty())
            return Counts{};
        if (!query.exec(u"SELECT COUNT(*) FROM customers"_s) || !query.next())
            return ServerDatabase::queryError(query.lastError(), u"count customers");
        customerCount = query.value(0).toLongLong();
        if (customerCount == 0)
            return Counts{};
    }
    QElapsedTimer timer;
    timer.start();
    ChunkMaker maker(seed, nowMs, products, customerCount);
    Counts counts;

    // Two stages on two cores: the worker makes chunk n + 1 while this thread (the connection's) writes n.
    qint64 afterSeq = 0;
    std::future<Chunk> making;
    for (;;) {
        Result<std::vector<DemoOrderBuilder::Customer>> customers = readCustomers(db, afterSeq);
        if (!customers)
            return customers.error(); // the future's destructor waits for a running worker
        std::optional<Chunk> made;
        if (making.valid())
            made = making.get();
        if (!customers->empty()) {
            making = std::async(std::launch::async,
                                [&maker, batch = std::move(customers).value()] { return maker.make(batch); });
        }
        if (made) {
            if (Status written = writeChunk(db, *made, counts); !written)
                return written.error();
        }
        if (!making.valid())
            break;
    }

    std::vector<DemoPickupBuilder::Pickup>& pickups = maker.pickups();
    if (!DemoPickupBuilder::hashCodes(pickups))
        return makeError(u"internal_error", u"cannot hash the demo pickup codes"_s, 500);
    Transaction tx(db, Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const Result<qint64> firstSeq = ChangeLog(db).reserve(std::max<qint64>(qint64(pickups.size()), 1));
    if (!firstSeq)
        return firstSeq.error();
    qint64 seq = firstSeq.value();
    Rows pickupRows;
    Rows codeRows;
    for (DemoPickupBuilder::Pickup& pickup : pickups) {
        pickupRows.push_back(std::move(pickup.row));
        codeRows.push_back({pickup.id, pickup.code});
    }
    if (Status s = insertAll(db, u"pickups"_s, DemoPickupBuilder::kColumns, pickupRows, seq); !s)
        return s.error();
    BulkInserter codes(db, u"demo_pickup_codes"_s, {u"pickup_id"_s, u"code"_s});
    for (std::vector<QVariant>& row : codeRows) {
        if (Status added = codes.add(std::move(row)); !added)
            return added.error();
    }
    if (Status flushed = codes.flush(); !flushed)
        return flushed.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    counts.pickups = qint64(pickups.size());
    qCInfo(lcServer) << "generated" << counts.orders << "demo orders," << counts.returns << "returns,"
                     << counts.pickups << "pickups," << counts.carts << "carts," << counts.contacts
                     << "service contacts in" << timer.elapsed() << "ms";
    return counts;
}
