// bench_feeddecode: the client's CPU per row to read a sync feed page and decode its rows (the fetch
// and decoding threads of a sync, without the network and the writing), the QJsonDocument path next
// to the simdjson one (FeedDocument + the feed's page decoder), on the real pages of theke-server's
// demo data for the customers, orders and consents feeds. Both decode the same bodies in the same
// process, taking turns round by round; the best round of each counts (thread CPU time).
//
//   bench_feeddecode [--customers 20000] [--data DIR] [--rounds 5] [--server PATH]
//
// DATA keeps the server's generated data for later runs (default: beside the executable). Prints one
// JSON object on stdout.

#include "../tests/support/FeedCache.h"
#include "ApiClient.h"
#include "CurlTransport.h"
#include "FeedDocument.h"
#include "Stopwatch.h"
#include "SyncEngine.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Keeps the body of every answer.
class RecordingTransport final : public Transport {
public:
    QList<QByteArray> bodies;
    Result<HttpResponse> send(const HttpRequest& request) override {
        Result<HttpResponse> response = m_curl.send(request);
        if (response)
            bodies.append(response->body);
        return response;
    }
    void setCancelFlag(const std::atomic_bool* flag) override { m_curl.setCancelFlag(flag); }

private:
    CurlTransport m_curl;
};

// Thread CPU seconds to read and decode every body the way ApiClient and the applier do.
double decodeSeconds(FeedApplier& applier, const QList<QByteArray>& bodies, FeedItems items, qint64* rows) {
    Stopwatch watch;
    watch.start();
    *rows = 0;
    for (const QByteArray& body : bodies) {
        Result<FeedPage> page = makeError(u"bench.unread");
        if (items == FeedItems::Document) {
            page = std::move(FeedDocument::parsePage(body).value());
        } else {
            page = FeedPage::fromJson(QJsonDocument::fromJson(body).object());
        }
        if (!page || (applier.decode(page.value()), !page->decoded.has_value())) {
            std::fprintf(stderr, "a page did not decode\n");
            std::exit(1);
        }
        *rows += page->itemCount();
    }
    watch.stop();
    return *rows / watch.rate(*rows).perCpuSecond;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"theke.*.info=false\ntheke.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"customers"_s, u"Demo customers of the server."_s, u"N"_s, u"20000"_s},
         {u"data"_s, u"Where the server's data stays between runs."_s, u"DIR"_s},
         {u"rounds"_s, u"Rounds per path."_s, u"N"_s, u"5"_s},
         {u"server"_s, u"The theke-server binary."_s, u"PATH"_s, QStringLiteral(THEKE_SERVER_PATH)}});
    parser.process(app);
    const int customers = parser.value(u"customers"_s).toInt();
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());
    const QString dataDir = parser.isSet(u"data"_s)
                                ? parser.value(u"data"_s)
                                : QDir(QCoreApplication::applicationDirPath())
                                      .filePath(u"bench_feeddecode-data-%1"_s.arg(customers));
    QDir().mkpath(dataDir);

    const QString code = u"BENCH-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    TestServer::Options options;
    options.program = parser.value(u"server"_s);
    options.dataDir = QDir(dataDir).filePath(u"server"_s);
    options.demoCustomers = customers;
    options.seed = 42;
    options.enrollCodes << code;
    options.extraArgs << u"--demo-now"_s << u"2026-11-01"_s;
    TestServer server(options);
    if (!server.start(600000)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString token = TestApi(server.port()).enroll(code);
    if (token.isEmpty()) {
        std::fprintf(stderr, "enrollment failed\n");
        return 1;
    }
    FeedCache cache; // the sync's appliers of these feeds; here they only decode

    std::printf("{\"demo_customers\": %d, \"rounds\": %d", customers, rounds);
    for (const QString& feed : {u"customers"_s, u"orders"_s, u"consents"_s}) {
        RecordingTransport transport;
        ApiClient api(transport, server.url(), token);
        QString cursor;
        for (bool more = true; more;) {
            const Result<FeedPage> page = api.fetchFeed(feed, cursor, PullOptions{}.pageLimit);
            if (!page) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(feed), qPrintable(page.error().detail));
                return 1;
            }
            cursor = page->nextCursor;
            more = page->hasMore;
        }
        FeedApplier* applier = &cache.applier(feed);
        double json = 1e9;
        double simd = 1e9;
        qint64 rows = 0;
        for (int round = 0; round < rounds; ++round) {
            json = std::min(json, decodeSeconds(*applier, transport.bodies, FeedItems::Json, &rows));
            simd = std::min(simd, decodeSeconds(*applier, transport.bodies, FeedItems::Document, &rows));
        }
        qint64 bytes = 0;
        for (const QByteArray& body : std::as_const(transport.bodies))
            bytes += body.size();
        std::printf(", \"%s\": {\"rows\": %lld, \"bytes\": %lld, \"qjson_rows_per_cpu_second\": %.0f, "
                    "\"simdjson_rows_per_cpu_second\": %.0f, \"speedup\": %.2f}",
                    qPrintable(feed), rows, bytes, rows / json, rows / simd, json / simd);
        std::fflush(stdout);
    }
    std::printf("}\n");
    return 0;
}
