// bench_outboxwrite: DESIGN §7 "durable outbox write (cache row + outbox row, synchronous=FULL):
// p95 < 2 ms and ≤ 2× a bare sqlite commit of the same rows".
//
//   bench_outboxwrite [--count N=2000] [--dir DIR] [--customers M=10000]
//
// The real path is the one the counter's notes panel takes (CustomerDetailPane::addNote): LocalChanges::
// addNote on a profile's cache file opened by Database::open (WAL, synchronous=FULL), which checks the
// customer is cached and writes the note and its note.add outbox row in one transaction. The yardstick
// (BareNoteCommit) writes the same two rows through the sqlite3 C API into a file beside it. The two
// take turns commit by commit, so the machine's noise and the disk's moods hit both.
//
// DIR must be on the disk the cache would live on: on tmpfs an fsync costs nothing. Without --dir the
// files go to a temporary folder beside this executable (the build tree). Prints one JSON object.

#include "BareNoteCommit.h"
#include "BenchDirectory.h"
#include "CustomerGenerator.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "LocalChanges.h"
#include "Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWarmUp = 20; // commits of each kind before timing: statement caches, the WAL file
const QString kStaffId = u"staff-hh-1"_s;
const QStringList kNotes = {
    u"Kundin wünscht Rückruf wegen Umtausch der Steppjacke (Größe M gegen L), bitte bis Freitag."_s,
    u"Hat nach den Winterstiefeln in 42 gefragt; Nachlieferung am Donnerstag, telefonisch Bescheid geben."_s,
    u"Stammkunde, zahlt lieber mit Karte. Gutschein über 25 € aus der Retoure vom März noch offen."_s,
};

QStringList notesAndOutboxSchema(QSqlDatabase db) {
    QSqlQuery query(db);
    // The tables before their indexes ('table' > 'index').
    query.exec(u"SELECT sql FROM sqlite_master WHERE tbl_name IN ('notes', 'outbox') AND sql IS NOT NULL "
               u"ORDER BY tbl_name, type DESC"_s);
    QStringList statements;
    while (query.next())
        statements.append(query.value(0).toString());
    return statements;
}

QJsonObject summary(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double p) {
        return ms.at(std::min(ms.size() - 1, size_t(p * double(ms.size() - 1) + 0.5)));
    };
    const double mean = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    const auto rounded = [](double v) {
        return qRound(v * 1000) / 1000.0;
    };
    return {{u"p50_ms"_s, rounded(at(0.50))},
            {u"p95_ms"_s, rounded(at(0.95))},
            {u"p99_ms"_s, rounded(at(0.99))},
            {u"max_ms"_s, rounded(ms.back())},
            {u"mean_ms"_s, rounded(mean)}};
}

double ratio(const QJsonObject& real, const QJsonObject& bare, const QString& key) {
    return qRound(real.value(key).toDouble() / bare.value(key).toDouble() * 100) / 100.0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"theke.*.debug=false\ntheke.*.info=false"_s);
    QCommandLineParser parser;
    parser.addOption({u"count"_s, u"Commits of each kind (default 2000)."_s, u"N"_s, u"2000"_s});
    parser.addOption({u"dir"_s, u"Folder for the files (default: beside this executable)."_s, u"DIR"_s});
    parser.addOption({u"customers"_s, u"Customers in the cache (default 10000)."_s, u"M"_s, u"10000"_s});
    parser.process(app);
    const int count = parser.value(u"count"_s).toInt();
    const int customers = parser.value(u"customers"_s).toInt();
    if (count <= 0 || customers <= 0) {
        std::fprintf(stderr, "bench_outboxwrite: --count and --customers take a positive number\n");
        return 2;
    }
    const QString parent =
        parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : QCoreApplication::applicationDirPath();
    QTemporaryDir dir(parent + u"/bench_outboxwrite-XXXXXX"_s);
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_outboxwrite: cannot create a folder in %s\n", qPrintable(parent));
        return 1;
    }
    if (BenchDirectory::isMemoryBacked(dir.path()))
        std::fprintf(stderr, "warning: %s is in memory; fsync costs nothing there\n", qPrintable(dir.path()));

    const Profile profile(dir.filePath(u"profile"_s));
    const Status directory = profile.ensureDirectory();
    Result<std::unique_ptr<Database>> opened = directory
                                                   ? Database::open(profile.databasePath())
                                                   : Result<std::unique_ptr<Database>>(directory.error());
    if (!opened) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Database& db = *opened.value();
    CustomerRepository repository(db.sql());
    for (int first = 0; first < customers; first += 1000) {
        const QList<Customer> page = CustomerGenerator::page(first, std::min(1000, customers - first));
        if (!db.transaction([&] { return repository.upsert(page); })) {
            std::fprintf(stderr, "cannot fill the cache\n");
            return 1;
        }
    }
    BareNoteCommit bare(dir.filePath(u"bare.sqlite"_s), notesAndOutboxSchema(db.sql()));
    if (!bare.isOpen())
        return 1;

    LocalChanges changes(db);
    std::vector<double> realMs;
    std::vector<double> bareMs;
    QElapsedTimer timer;
    for (int i = -kWarmUp; i < count; ++i) {
        const QString customerId = CustomerGenerator::customerId((i + kWarmUp) * 7919 % customers);
        const QString text = kNotes.at((i + kWarmUp) % kNotes.size());
        const BareNoteCommit::Row row{
            QUuid::createUuid().toString(QUuid::WithoutBraces),
            customerId,
            u"/v1/customers/%1/notes"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(customerId))),
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"text"_s, text}}).toJson(QJsonDocument::Compact)),
            text,
            kStaffId,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
        double realOne = 0;
        double bareOne = 0;
        for (int turn = 0; turn < 2; ++turn) {
            const bool realTurn = (turn == 0) == (i % 2 == 0); // alternate who goes first
            timer.start();
            const bool ok = realTurn ? bool(changes.addNote(customerId, text, kStaffId)) : bare.commit(row);
            (realTurn ? realOne : bareOne) = timer.nsecsElapsed() / 1e6;
            if (!ok) {
                std::fprintf(stderr, "commit %d failed\n", i);
                return 1;
            }
        }
        if (i >= 0) {
            realMs.push_back(realOne);
            bareMs.push_back(bareOne);
        }
    }

    const QJsonObject real = summary(realMs);
    const QJsonObject yardstick = summary(bareMs);
    const QJsonObject result{
        {u"count"_s, count},
        {u"customers_cached"_s, customers},
        {u"dir"_s, dir.path()},
        {u"filesystem"_s, BenchDirectory::fileSystemOf(dir.path())},
        {u"sqlite"_s, QString::fromLatin1(sqlite3_libversion())},
        {u"path"_s, u"LocalChanges::addNote (note + note.add outbox row, WAL, synchronous=FULL)"_s},
        {u"real"_s, real},
        {u"bare"_s, yardstick},
        {u"p95_ratio"_s, ratio(real, yardstick, u"p95_ms"_s)},
        {u"mean_ratio"_s, ratio(real, yardstick, u"mean_ms"_s)},
        {u"target_p95_ms"_s, 2},
        {u"target_ratio"_s, 2},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
