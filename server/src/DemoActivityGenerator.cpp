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

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kActivityStream = 0x4163746976697479ULL; // "Activity"
constexpr int kCustomersPerChunk = 20000;
constexpr quint64 kCartIdEpochMs = 1'714'521'600'000;    // 2024-05-01
constexpr quint64 kContactIdEpochMs = 1'717'200'000'000; // 2024-06-01
constexpr quint64 kHandoffSpace = 2'821'109'907'456ULL;  // 36^8
using Rows = std::vector<std::vector<QVariant>>;

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
    std::mt19937_64 random(seed ^ kActivityStream);
    DemoOrderBuilder orders(random, products, nowMs);
    DemoPickupBuilder pickupBuilder(orders, random, nowMs);
    const qint64 pickupTarget = std::clamp<qint64>(customerCount / 20, 35, 500);
    const qint64 pickupStride = std::max<qint64>(1, customerCount / pickupTarget);
    std::vector<DemoPickupBuilder::Pickup> pickups;
    Counts counts;
    quint64 cartNo = 0;

    static constexpr const char* kContactChannels[] = {"phone", "phone", "email",  "email",
                                                       "chat",  "store", "letter", "social"};
    qint64 afterSeq = 0;
    qint64 index = 0;
    for (;;) {
        std::vector<DemoOrderBuilder::Customer> customers;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(u"SELECT id, first_name, last_name, preferred_store_id, customer_since, seq "
                          "FROM customers WHERE seq > ? ORDER BY seq LIMIT ?"_s);
            query.addBindValue(afterSeq);
            query.addBindValue(kCustomersPerChunk);
            if (!query.exec())
                return ServerDatabase::queryError(query.lastError(), u"read customers for demo orders");
            while (query.next()) {
                const QDate since = QDate::fromString(query.value(4).toString(), Qt::ISODate);
                customers.push_back({query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toString(), query.value(3).toString(),
                                     since.isValid() ? since.startOfDay(Qt::UTC).toMSecsSinceEpoch() : 0});
                afterSeq = query.value(5).toLongLong();
            }
        }
        if (customers.empty())
            break;

        Chunk chunk;
        for (const DemoOrderBuilder::Customer& customer : customers) {
            const size_t before = chunk.orders.size();
            orders.addHistory(customer, chunk.orders, chunk.returns);
            if (index++ % pickupStride == 0 && qint64(pickups.size()) < pickupTarget)
                pickups.push_back(pickupBuilder.make(int(pickups.size()), customer, chunk.orders));
            if (orders.below(100) < 5) {
                std::string lines = "[";
                const int count = 1 + int(orders.below(3));
                for (int i = 0; i < count; ++i) {
                    const auto& product = products[size_t(orders.below(products.size()))];
                    lines += i == 0 ? R"({"name":)" : R"(,{"name":)";
                    lines += product.lineNameJson;
                    lines += R"(,"quantity":)";
                    JsonText::appendInteger(lines, qint64(1 + orders.below(2)));
                    lines += R"(,"sku":)";
                    JsonText::appendString(lines, product.sku);
                    lines += R"(,"unit_price":{"amount":)";
                    JsonText::appendInteger(lines, product.priceCents);
                    lines += R"(,"currency":"EUR"}})";
                }
                lines += ']';
                const qint64 updated = nowMs - 1 - qint64(orders.below(quint64(30 * DemoTime::kDay)));
                const bool handedOff = orders.below(100) < 25;
                chunk.carts.push_back(
                    {DemoIds::uuid7(kCartIdEpochMs + cartNo, random), customer.id,
                     QVariant(QMetaType::fromType<QString>()), u"online"_s, QByteArray::fromStdString(lines),
                     handedOff ? QVariant(handoffCode(cartNo)) : QVariant(QMetaType::fromType<QString>()),
                     qint64(1 + orders.below(3)), QByteArray::fromStdString(DemoTime::iso(updated)),
                     QVariant()});
                ++cartNo;
            }
            if (orders.below(100) < 8) {
                const int count = 1 + int(orders.below(2));
                for (int i = 0; i < count; ++i) {
                    const QString lastOrder =
                        chunk.orders.size() > before ? chunk.orders.back()[1].toString() : QString();
                    QString subject;
                    switch (orders.below(lastOrder.isEmpty() ? 4 : 7)) {
                    case 0:
                        subject = u"Adressänderung"_s;
                        break;
                    case 1:
                        subject = u"Frage zu Bonuspunkten"_s;
                        break;
                    case 2:
                        subject = u"Terminvereinbarung Stilberatung"_s;
                        break;
                    case 3:
                        subject = u"Abmeldung vom Newsletter"_s;
                        break;
                    case 4:
                        subject = u"Rückfrage zur Lieferung "_s + lastOrder;
                        break;
                    case 5:
                        subject = u"Frage zur Rücksendung "_s + lastOrder;
                        break;
                    default:
                        subject = u"Reklamation zu Bestellung "_s + lastOrder;
                        break;
                    }
                    const qint64 at = std::max(customer.sinceMs, nowMs - 365 * DemoTime::kDay) +
                                      qint64(orders.below(quint64(180 * DemoTime::kDay)));
                    const QByteArray atText =
                        QByteArray::fromStdString(DemoTime::iso(std::min(at, nowMs - 1)));
                    chunk.contacts.push_back(
                        {DemoIds::uuid7(kContactIdEpochMs +
                                            quint64(counts.contacts + qint64(chunk.contacts.size())),
                                        random),
                         customer.id, QString::fromLatin1(kContactChannels[orders.below(8)]), subject, atText,
                         qint64(1), atText, QVariant()});
                }
            }
        }

        Transaction tx(db, Transaction::Mode::Write);
        if (Status begun = tx.begin(); !begun)
            return begun.error();
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
            return s.error();
        if (Status s = insertAll(db, u"returns"_s, DemoOrderBuilder::kReturnColumns, chunk.returns, seq); !s)
            return s.error();
        if (Status s = insertAll(db, u"carts"_s,
                                 {u"id"_s, u"customer_id"_s, u"store_id"_s, u"origin"_s, u"lines"_s,
                                  u"handoff_code"_s, u"version"_s, u"updated_at"_s, u"seq"_s},
                                 chunk.carts, seq);
            !s)
            return s.error();
        if (Status s = insertAll(db, u"service_contacts"_s,
                                 {u"id"_s, u"customer_id"_s, u"channel"_s, u"subject"_s, u"at"_s,
                                  u"version"_s, u"updated_at"_s, u"seq"_s},
                                 chunk.contacts, seq);
            !s)
            return s.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
    }

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
