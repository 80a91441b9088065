// bench_search: as-you-type customer search latency over a generated cache, and what keeping the
// FTS5 index costs at insert time compared with a bare SQLite insert of the same rows.
//
//   bench_search [customers=200000] [--keep]
//
// --keep leaves the generated cache in place (path on stderr) for poking at with the sqlite3 shell.
// Prints one JSON object on stdout; details of the slowest queries go to stderr.

#include "CustomerRepository.h"
#include "Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = 1000; // rows per transaction, like a sync feed page
constexpr int kRounds = 5;

const QStringList kFirstNames = {
    u"Anna"_s,    u"Jürgen"_s,     u"Björn"_s,   u"Sören"_s,   u"Käthe"_s,  u"Jörg"_s,    u"Günter"_s,
    u"Lena"_s,    u"Thomas"_s,     u"Michael"_s, u"Andreas"_s, u"Stefan"_s, u"Sabine"_s,  u"Petra"_s,
    u"Monika"_s,  u"Ursula"_s,     u"Lukas"_s,   u"Leon"_s,    u"Finn"_s,   u"Jonas"_s,   u"Mia"_s,
    u"Emma"_s,    u"Hannah"_s,     u"Sophie"_s,  u"Marie"_s,   u"Laura"_s,  u"Julia"_s,   u"Katrin"_s,
    u"Susanne"_s, u"Christina"_s,  u"Ömer"_s,    u"Ayşe"_s,    u"Mehmet"_s, u"Dominik"_s, u"Tobias"_s,
    u"Felix"_s,   u"Maximilian"_s, u"Paul"_s,    u"Karl"_s,    u"Elke"_s,
};
const QStringList kLastNames = {
    u"Müller"_s,   u"Schmidt"_s, u"Schneider"_s, u"Fischer"_s, u"Weber"_s,   u"Meyer"_s,      u"Wagner"_s,
    u"Becker"_s,   u"Schulz"_s,  u"Hoffmann"_s,  u"Schäfer"_s, u"Koch"_s,    u"Bauer"_s,      u"Richter"_s,
    u"Klein"_s,    u"Wolf"_s,    u"Schröder"_s,  u"Neumann"_s, u"Schwarz"_s, u"Zimmermann"_s, u"Braun"_s,
    u"Krüger"_s,   u"Hofmann"_s, u"Hartmann"_s,  u"Lange"_s,   u"Werner"_s,  u"Krause"_s,     u"Lehmann"_s,
    u"Köhler"_s,   u"König"_s,   u"Walter"_s,    u"Huber"_s,   u"Kaiser"_s,  u"Fuchs"_s,      u"Möller"_s,
    u"Weiß"_s,     u"Jung"_s,    u"Hahn"_s,      u"Vogel"_s,   u"Keller"_s,  u"Günther"_s,    u"Böhm"_s,
    u"Krämer"_s,   u"Jäger"_s,   u"Groß"_s,      u"Strauß"_s,  u"Mueller"_s, u"Öztürk"_s,     u"Kühn"_s,
    u"Pfeiffer"_s,
};
// Half the surnames are made up from parts, for the long tail of a real customer base.
const QStringList kNameStarts = {u"Hinter"_s, u"Ober"_s,  u"Stein"_s,  u"Wald"_s, u"Brück"_s, u"Mühl"_s,
                                 u"Rosen"_s,  u"Grün"_s,  u"Bär"_s,    u"Lind"_s, u"Eich"_s,  u"Feld"_s,
                                 u"Kirch"_s,  u"Berg"_s,  u"Sonnen"_s, u"Hoch"_s, u"Tann"_s,  u"Schön"_s,
                                 u"Holz"_s,   u"Fried"_s, u"Kalt"_s,   u"Roß"_s,  u"Weid"_s,  u"Hübsch"_s};
const QStringList kNameEnds = {u"mann"_s, u"berger"_s, u"huber"_s,  u"maier"_s, u"bach"_s, u"hofer"_s,
                               u"ner"_s,  u"ler"_s,    u"inger"_s,  u"städt"_s, u"wald"_s, u"müller"_s,
                               u"rich"_s, u"hart"_s,   u"kötter"_s, u"hagen"_s, u"dorf"_s, u"thaler"_s};
const QStringList kDomains = {u"web.de"_s,      u"gmx.de"_s,     u"gmail.com"_s,
                              u"t-online.de"_s, u"outlook.de"_s, u"posteo.de"_s};
const QStringList kMobilePrefixes = {u"151"_s, u"152"_s, u"157"_s, u"160"_s, u"170"_s, u"171"_s,
                                     u"175"_s, u"176"_s, u"177"_s, u"178"_s, u"179"_s};
const QStringList kAreaCodes = {u"30"_s, u"40"_s, u"89"_s, u"221"_s, u"69"_s, u"711"_s, u"511"_s};
const QStringList kCities = {u"Berlin"_s, u"Hamburg"_s,   u"München"_s,
                             u"Köln"_s,   u"Frankfurt"_s, u"Stuttgart"_s};

// Typed one character at a time; every prefix of 1–6 characters (and the whole) is searched.
const QStringList kTyped = {
    u"Müller"_s,    u"mueller"_s,  u"Schmidt"_s,   u"Schäfer"_s,      u"Weiß"_s,     u"weiss"_s,
    u"Krüger"_s,    u"Köhler"_s,   u"Strauß"_s,    u"Hinterberger"_s, u"Mühlbach"_s, u"Zimmermann"_s,
    u"Anna M"_s,    u"Jürgen S"_s, u"Lena Koch"_s, u"Öztürk"_s,       u"Pfeiffer"_s, u"Xaver"_s,
    u"0151 2"_s,    u"0176 55"_s,  u"+49 170 1"_s, u"030 12"_s,       u"01511234"_s, u"anna.mue"_s,
    u"thomas.we"_s, u"j.schm"_s,   u"K-10042"_s,   u"K100423"_s,      u"1004231"_s,  u"29000012"_s,
    u"gmx"_s,       u"sabine.k"_s,
};

QString transliterated(const QString& text) {
    QString out = text.toLower();
    out.replace(u"ä"_s, u"ae"_s).replace(u"ö"_s, u"oe"_s).replace(u"ü"_s, u"ue"_s).replace(u"ß"_s, u"ss"_s);
    out.replace(u"ş"_s, u"s"_s).replace(u' ', u'-');
    return out;
}

QString customerId(int index) {
    return u"00000000-0000-4000-8000-%1"_s.arg(index, 12, 10, QChar(u'0'));
}

// Rows [first, first + count). Seeded per page, so both inserts see the same rows without the
// whole cache in memory (a million customers as QStrings would take about a gigabyte).
QList<Customer> generatePage(int first, int count) {
    std::mt19937 random(4711 + first); // fixed: every run measures the same cache
    auto pick = [&random](const QStringList& list) {
        return list.at(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(random));
    };
    auto digits = [&random](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + std::uniform_int_distribution<int>(0, 9)(random));
        return s;
    };
    QList<Customer> customers;
    customers.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Customer c;
        c.id = customerId(i);
        c.customerNo = u"K-%1"_s.arg(1000000 + i);
        c.firstName = pick(kFirstNames);
        c.lastName = (random() % 2) ? pick(kLastNames) : pick(kNameStarts) + pick(kNameEnds);
        c.email = u"%1.%2%3@%4"_s.arg(transliterated(c.firstName), transliterated(c.lastName),
                                      (random() % 3) ? QString::number(random() % 1000) : QString(),
                                      pick(kDomains));
        c.phone = (random() % 3) ? u"+49"_s + pick(kMobilePrefixes) + digits(8)
                                 : u"+49"_s + pick(kAreaCodes) + digits(7);
        c.street = u"Hauptstraße %1"_s.arg(random() % 200 + 1);
        c.postcode = digits(5);
        c.city = pick(kCities);
        if (random() % 10 < 7)
            c.loyaltyCard = u"29"_s + QString::number(i).rightJustified(11, u'0');
        c.loyaltyTier = u"silver"_s;
        c.loyaltyPoints = int(random() % 5000);
        c.customerSince = QDate(2015, 1, 1).addDays(random() % 3000);
        c.version = 1;
        c.updatedAt = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
        customers.append(c);
    }
    return customers;
}

std::unique_ptr<Database> openOrDie(const QString& path) {
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().toString()));
        std::exit(1);
    }
    return std::move(opened).value();
}

// Only the writing is timed, not making up the rows.
template <typename Work> double timedPages(Database& db, int count, Work work) {
    qint64 nanoseconds = 0;
    for (int first = 0; first < count; first += kPageSize) {
        const QList<Customer> page = generatePage(first, std::min(kPageSize, count - first));
        QElapsedTimer timer;
        timer.start();
        if (Status done = db.transaction([&] { return work(page); }); !done) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(done.error().toString()));
            std::exit(1);
        }
        nanoseconds += timer.nsecsElapsed();
    }
    return nanoseconds / 1e9;
}

// The same rows and columns as CustomerRepository writes, with no existence check and no index text.
Status bareInsert(QSqlDatabase db, const QList<Customer>& page) {
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO customers (id, customer_no, first_name, last_name, email, phone, street, postcode, "
        u"city, country, loyalty_card, loyalty_tier, loyalty_points, preferred_store_id, customer_since, "
        u"version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Customer& c : page) {
        const QVariant values[] = {c.id,
                                   c.customerNo,
                                   c.firstName,
                                   c.lastName,
                                   c.email,
                                   c.phone,
                                   c.street,
                                   c.postcode,
                                   c.city,
                                   c.country,
                                   c.loyaltyCard.isEmpty() ? QVariant() : QVariant(c.loyaltyCard),
                                   c.loyaltyTier,
                                   c.loyaltyPoints,
                                   c.preferredStoreId.isEmpty() ? QVariant() : QVariant(c.preferredStoreId),
                                   c.customerSince.toString(Qt::ISODate),
                                   c.version,
                                   c.updatedAt.toString(Qt::ISODateWithMs)};
        for (int i = 0; i < int(std::size(values)); ++i)
            insert.bindValue(i, values[i]);
        if (!insert.exec())
            return sqlError(insert.lastError(), u"bare insert"_s);
    }
    return {};
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"theke.*.debug=false\ntheke.*.info=false"_s);
    QStringList args = app.arguments().mid(1);
    const bool keep = args.removeAll(u"--keep"_s) > 0;
    const int count = args.isEmpty() ? 200000 : args.first().toInt();
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_search [customers] [--keep]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    dir.setAutoRemove(!keep);
    if (keep)
        std::fprintf(stderr, "cache kept in %s\n", qPrintable(dir.path()));

    double bareSeconds = 0;
    {
        std::unique_ptr<Database> bare = openOrDie(dir.filePath(u"bare.sqlite"_s));
        QSqlDatabase sql = bare->sql();
        bareSeconds =
            timedPages(*bare, count, [&](const QList<Customer>& page) { return bareInsert(sql, page); });
    }

    std::unique_ptr<Database> db = openOrDie(dir.filePath(u"cache.sqlite"_s));
    CustomerRepository repository(db->sql());
    const double insertSeconds =
        timedPages(*db, count, [&](const QList<Customer>& page) { return repository.upsert(page); });

    QStringList queries;
    for (const QString& typed : kTyped) {
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            if (length <= 6 || length == typed.size())
                queries.append(typed.left(length));
        }
    }
    queries.removeDuplicates();

    std::vector<double> latencies;
    std::vector<std::pair<double, QString>> slowest;
    qint64 rowsSeen = 0;
    for (int round = 0; round <= kRounds; ++round) { // round 0 warms the page cache
        for (const QString& query : std::as_const(queries)) {
            QElapsedTimer timer;
            timer.start();
            const Result<CustomerSearchResult> found = repository.search(query, 100);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!found) {
                std::fprintf(stderr, "search failed: %s\n", qPrintable(found.error().toString()));
                return 1;
            }
            if (round == 0)
                continue;
            latencies.push_back(ms);
            rowsSeen += found->rows.size();
            if (round == 1)
                slowest.emplace_back(
                    ms,
                    query + u" → %1%2"_s.arg(found->rows.size()).arg(found->truncated ? u"+"_s : QString()));
        }
    }
    std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < std::min<size_t>(8, slowest.size()); ++i)
        std::fprintf(stderr, "slow: %7.2f ms  %s\n", slowest.at(i).first, qPrintable(slowest.at(i).second));
    std::fprintf(stderr, "queries: %zu per round, %d rounds, %lld rows returned\n", size_t(queries.size()),
                 kRounds, rowsSeen);

    // What an erasure costs: remove a few customers, then merge the index so no text remains.
    QStringList erased;
    for (int i = 0; i < std::min(count, 10); ++i)
        erased.append(customerId(i * (count / std::min(count, 10))));
    QElapsedTimer purgeTimer;
    purgeTimer.start();
    if (!db->transaction([&] { return repository.remove(erased); }) || !repository.purgeErasedText()) {
        std::fprintf(stderr, "erasure failed\n");
        return 1;
    }
    std::fprintf(stderr, "erase %lld + purge: %.2f s\n", qint64(erased.size()),
                 purgeTimer.nsecsElapsed() / 1e9);

    const QJsonObject result{
        {u"customers"_s, count},
        {u"insert_s"_s, insertSeconds},
        {u"search_p50_ms"_s, percentile(latencies, 0.50)},
        {u"search_p95_ms"_s, percentile(latencies, 0.95)},
        {u"search_p99_ms"_s, percentile(latencies, 0.99)},
        {u"bare_insert_s"_s, bareSeconds},
        {u"insert_ratio"_s, bareSeconds / insertSeconds},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
