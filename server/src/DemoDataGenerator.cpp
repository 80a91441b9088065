#include "DemoDataGenerator.h"

#include "SearchText.h"

#include "BulkInserter.h"
#include "ChangeLog.h"
#include "ConsentEventLog.h"
#include "CustomerTable.h"
#include "Ean13.h"
#include "GermanNameData.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "StoreDirectory.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Rows per INSERT statement: 100 × 19 parameters stays far below SQLite's 32766 limit and cuts the
// per-statement overhead of Qt Sql by two orders of magnitude.
constexpr int kRowsPerStatement = 100;
// Rows per transaction: keeps the WAL file small while a million rows go in.
constexpr int kRowsPerTransaction = 20000;
constexpr quint64 kCardModulus = 10'000'000'000ULL; // the 10 digits between prefix "29" and check digit
constexpr quint64 kCardStep = 97;                   // unique for up to 10^10 / 97 customers
constexpr qint64 kIdEpochMs = 1'704'067'200'000;    // 2024-01-01T00:00:00Z, start of the demo ids

// The search indexes of migration 004: built once after a bulk load instead of row by row (in random
// order of e-mail, phone and name), which took longer than writing the customers themselves.
const char16_t* const kSearchIndexes[][2] = {
    {u"customers_email", u"customers (email)"},
    {u"customers_phone", u"customers (phone)"},
    {u"customers_last_name", u"customers (last_name)"},
};

// Fixed reference dates so the data does not depend on when it is generated.
const QDate kFirstCustomerSince(2005, 1, 1);
const QDate kLastCustomerSince(2024, 12, 31);
const QDate kDataAsOf(2025, 6, 1);

// The local part of a demo e-mail address: German transliteration (as customers write their names
// in addresses), then plain ASCII letters and digits; spaces become hyphens.
QString emailLocalPart(const QString& name) {
    const QString folded = SearchText::transliterate(name).normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c == u' ')
            out += u'-';
        else if (c == u'ı')
            out += u'i';
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            out += c; // combining accents left by the decomposition fall away here
    }
    return out;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(ServerDatabase& database)
    : m_database(database) {}

QString DemoDataGenerator::digits(int count) {
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + int(below(10)));
    return s;
}

QString DemoDataGenerator::email(const QString& first, const QString& last) {
    const auto domains = GermanNameData::emailDomains();
    const QString domain = QString::fromUtf16(domains[below(domains.size())]);
    const QString f = emailLocalPart(first);
    const QString l = emailLocalPart(last);
    switch (below(5)) {
    case 0:
        return f + u'.' + l + u'@' + domain;
    case 1:
        return f.left(1) + u'.' + l + u'@' + domain;
    case 2:
        return f + l + QString::number(below(90) + 10) + u'@' + domain;
    case 3:
        return l + u'.' + f + u'@' + domain;
    default:
        return f + u'.' + l + QString::number(below(9) + 1) + u'@' + domain;
    }
}

QString DemoDataGenerator::phone(const QString& areaCode) {
    if (below(100) < 80) {
        const auto prefixes = GermanNameData::mobilePrefixes();
        const QString prefix = QString::fromUtf16(prefixes[below(prefixes.size())]);
        // 015x numbers have eight digits after the prefix, the older 016x/017x mostly seven or eight.
        return u"+49"_s + prefix + digits(prefix.startsWith(u"15") ? 8 : int(7 + below(2)));
    }
    // Landline: area code plus subscriber number, at most 11 national digits in total.
    const int subscriberDigits = int(std::min<qsizetype>(8, 11 - areaCode.size())) - int(below(2));
    return u"+49"_s + areaCode + QChar(u'1' + int(below(9))) + digits(subscriberDigits - 1);
}

Customer DemoDataGenerator::makeCustomer(int index, int count) {
    const auto firstNames = GermanNameData::firstNames();
    const auto lastNames = GermanNameData::lastNames();
    const auto streets = GermanNameData::streets();
    const auto places = GermanNameData::places();

    Customer c;
    // UUIDv7 layout: a 48-bit millisecond timestamp first, then random bits. The timestamps rise with
    // index, so the primary key index grows at its end instead of being rewritten all over on every
    // commit (random v4 ids made generating 1M customers I/O-bound).
    const quint64 millis = quint64(kIdEpochMs) + quint64(index);
    const quint64 low = m_random();
    const quint64 high = m_random();
    QByteArray uuid(16, Qt::Uninitialized);
    for (int b = 0; b < 6; ++b)
        uuid[b] = char((millis >> (8 * (5 - b))) & 0xff);
    for (int b = 6; b < 8; ++b)
        uuid[b] = char((high >> (8 * b)) & 0xff);
    for (int b = 8; b < 16; ++b)
        uuid[b] = char((low >> (8 * (b - 8))) & 0xff);
    uuid[6] = char((uuid[6] & 0x0f) | 0x70); // version 7
    uuid[8] = char((uuid[8] & 0x3f) | 0x80); // RFC 4122 variant
    c.id = QUuid::fromRfc4122(uuid).toString(QUuid::WithoutBraces);

    // Increasing and unique: one slot of `step` numbers per customer, a random number inside it.
    const qint64 step = std::max<qint64>(1, 8'999'999 / std::max(count, 1));
    c.customerNo =
        u"K%1"_s.arg(1'000'000 + qint64(index) * step + qint64(below(quint64(step))), 7, 10, QChar(u'0'));

    c.firstName = QString::fromUtf16(firstNames[pickSkewed(firstNames.size())]);
    c.lastName = QString::fromUtf16(lastNames[pickSkewed(lastNames.size())]);

    const GermanNameData::Place& place = places[pickSkewed(places.size())];
    c.street = QString::fromUtf16(streets[below(streets.size())]) + u' ' + QString::number(below(180) + 1);
    if (below(10) == 0)
        c.street += QChar(u'a' + int(below(4)));
    c.postcode = QString::fromUtf16(place.postcode);
    c.city = QString::fromUtf16(place.city);
    c.country = u"DE"_s;

    c.email = below(100) < 92 ? email(c.firstName, c.lastName) : QString();
    c.phone = below(100) < 95 ? phone(QString::fromUtf16(place.areaCode)) : QString();

    // Cards are issued in sequence, as in a real store; rising numbers also keep their index append-only.
    const quint64 cardBody = (m_cardOffset + quint64(index) * kCardStep + below(kCardStep)) % kCardModulus;
    const QString first12 = u"29%1"_s.arg(cardBody, 10, 10, QChar(u'0'));
    c.loyaltyCard = first12 + QString::number(Ean13::checkDigit(first12));
    const quint64 tierRoll = below(100);
    if (tierRoll < 70) {
        c.loyaltyTier = u"basic"_s;
        c.loyaltyPoints = int(below(2000));
    } else if (tierRoll < 92) {
        c.loyaltyTier = u"silver"_s;
        c.loyaltyPoints = int(2000 + below(8000));
    } else {
        c.loyaltyTier = u"gold"_s;
        c.loyaltyPoints = int(10000 + below(40000));
    }

    const QString nearStore = m_storeByCity.value(c.city);
    if (!nearStore.isEmpty() && below(10) < 9)
        c.preferredStoreId = nearStore;
    else if (below(10) < 6 && !m_storeIds.isEmpty())
        c.preferredStoreId = m_storeIds.at(qsizetype(below(quint64(m_storeIds.size()))));

    const qint64 sinceSpan = kFirstCustomerSince.daysTo(kLastCustomerSince);
    c.customerSince = kFirstCustomerSince.addDays(qint64(below(quint64(sinceSpan) + 1)));
    const qint64 updateSpan = c.customerSince.daysTo(kDataAsOf);
    const QDate updatedOn = c.customerSince.addDays(qint64(below(quint64(updateSpan))));
    c.updatedAt = QDateTime(updatedOn, QTime(0, 0), Qt::UTC).addMSecs(qint64(below(86'400'000)));
    c.version = 1;
    c.consents = m_consents.consentsFor(c);
    return c;
}

Status DemoDataGenerator::insertChunk(QSqlDatabase& db, int firstIndex, int count, int total) {
    Transaction tx(db, Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun;
    const Result<qint64> firstSeq = ChangeLog(db).reserve(count);
    if (!firstSeq)
        return firstSeq.error();
    QList<ConsentEvent> history;

    const QString insertHead = u"INSERT INTO customers ("_s + CustomerTable::columns() + u") VALUES "_s;
    auto prepareFor = [&](QSqlQuery& query, int rows) {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values.append(CustomerTable::placeholders());
        return query.prepare(insertHead + values.join(u", "_s));
    };
    QSqlQuery full(db);
    if (!prepareFor(full, kRowsPerStatement))
        return ServerDatabase::queryError(full.lastError(), u"prepare demo insert");

    for (int done = 0; done < count;) {
        const int rows = std::min(kRowsPerStatement, count - done);
        QSqlQuery partial(db);
        QSqlQuery* query = &full;
        if (rows < kRowsPerStatement) {
            if (!prepareFor(partial, rows))
                return ServerDatabase::queryError(partial.lastError(), u"prepare demo insert");
            query = &partial;
        }
        for (int r = 0; r < rows; ++r) {
            const int index = firstIndex + done + r;
            const Customer customer = makeCustomer(index, total);
            CustomerTable::bindRow(*query, r * CustomerTable::kColumnCount, customer,
                                   firstSeq.value() + done + r);
            history.append(m_history.historyFor(customer));
        }
        if (!query->exec())
            return ServerDatabase::queryError(query->lastError(), u"insert demo customers");
        done += rows;
    }
    if (Status written = insertHistory(db, history); !written)
        return written;
    return tx.commit();
}

Status DemoDataGenerator::insertHistory(QSqlDatabase& db, const QList<ConsentEvent>& history) {
    if (history.isEmpty())
        return {};
    const Result<qint64> firstSeq = ChangeLog(db).reserve(history.size());
    if (!firstSeq)
        return firstSeq.error();
    qint64 seq = firstSeq.value();
    BulkInserter inserter(db, u"consent_events"_s, ConsentEventLog::columns());
    for (const ConsentEvent& e : history) {
        // Demo history was not recorded by any device or person.
        const QVariant none(QMetaType::fromType<QString>());
        std::vector<QVariant> row{e.id,
                                  e.customerId,
                                  e.purpose,
                                  e.granted ? 1 : 0,
                                  e.channel,
                                  e.storeId.isEmpty() ? none : QVariant(e.storeId),
                                  none,
                                  none,
                                  e.at.toString(Qt::ISODateWithMs),
                                  seq++};
        if (Status added = inserter.add(std::move(row)); !added)
            return added;
    }
    return inserter.flush();
}

Result<int> DemoDataGenerator::generateCustomers(int count, quint64 seed) {
    if (count <= 0)
        return 0;
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    {
        QSqlQuery query(db.value());
        if (!query.exec(u"SELECT 1 FROM customers LIMIT 1"_s))
            return ServerDatabase::queryError(query.lastError(), u"check for customers");
        if (query.next()) {
            qCInfo(lcServer) << "database already has customers, no demo data generated";
            return 0;
        }
    }

    m_random.seed(seed);
    m_consents.seed(seed);
    m_history.seed(seed);
    // Start low enough that the numbers never wrap (they would collide with the first ones).
    m_cardOffset = m_random() % (kCardModulus - quint64(count + 1) * kCardStep);
    m_storeByCity.clear();
    m_storeIds.clear();
    for (const StoreDirectory::DefaultStore& store : StoreDirectory::defaultStores()) {
        m_storeByCity.insert(store.city, store.info.id);
        m_storeIds.append(store.info.id);
    }

    QElapsedTimer timer;
    timer.start();
    QSqlQuery indexes(db.value());
    for (const auto& index : kSearchIndexes) {
        if (!indexes.exec(u"DROP INDEX IF EXISTS "_s + QString::fromUtf16(index[0])))
            return ServerDatabase::queryError(indexes.lastError(), u"drop search index");
    }
    for (int first = 0; first < count; first += kRowsPerTransaction) {
        const int rows = std::min(kRowsPerTransaction, count - first);
        if (Status inserted = insertChunk(db.value(), first, rows, count); !inserted)
            return inserted.error();
    }
    for (const auto& index : kSearchIndexes) {
        if (!indexes.exec(u"CREATE INDEX "_s + QString::fromUtf16(index[0]) + u" ON "_s +
                          QString::fromUtf16(index[1])))
            return ServerDatabase::queryError(indexes.lastError(), u"create search index");
    }
    qCInfo(lcServer) << "generated" << count << "demo customers in" << timer.elapsed() << "ms";
    return count;
}
