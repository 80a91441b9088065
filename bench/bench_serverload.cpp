// bench_serverload: theke-server under many clients at once. Starts the server of this build (with
// demo data, on an ephemeral port); each client pages through the whole customers feed and sends a
// command after every page (a note, every fifth a new cart), and every tenth command once more with the
// same key (a replay). Reports requests/s and latency percentiles per kind of request.
//
//   bench_serverload [--clients 16] [--customers 10000] [--page-size 200] [--passes 2]
//
// Prints one JSON object on stdout. Latency is the client's wall time per request (one keep-alive
// connection per client, no gzip), on a machine the clients share with the server.

#include "TestApi.h"
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <httplib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

const QStringList kStores{u"hh-moenckebergstrasse"_s, u"b-tauentzienstrasse"_s, u"m-kaufingerstrasse"_s,
                          u"k-schildergasse"_s, u"f-zeil"_s};

struct Settings {
    int clients = 16;
    int customers = 10000;
    int pageSize = 200;
    int passes = 2;
};

// Milliseconds per request of each kind, and the requests that failed (no answer, 5xx, unexpected).
struct Timings {
    std::vector<double> feed;
    std::vector<double> command;
    std::vector<double> replay;
    int errors = 0;
};

// One device: a single keep-alive connection for its feed pages and its commands, as the app's sync
// worker has (two per client would be 32 connections for 16 clients, more than the server's workers).
class BenchClient {
public:
    BenchClient(const TestServer& server, QString token, QStringList customers, QJsonObject cartLine, int id)
        : m_port(server.port())
        , m_token(std::move(token))
        , m_customers(std::move(customers))
        , m_cartLine(std::move(cartLine))
        , m_id(id) {}

    void run(const Settings& settings) {
        httplib::Client http("127.0.0.1", m_port);
        http.set_connection_timeout(5);
        http.set_read_timeout(60);
        http.set_keep_alive(true);
        http.set_tcp_nodelay(true); // as libcurl does; else Nagle delays every request with a body
        const httplib::Headers auth{{"Authorization", "Bearer " + m_token.toStdString()}};
        int sent = 0;
        for (int pass = 0; pass < settings.passes; ++pass) {
            QString cursor;
            bool more = true;
            while (more) {
                QString path = u"/v1/sync/customers?limit=%1"_s.arg(settings.pageSize);
                if (!cursor.isEmpty())
                    path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
                QElapsedTimer timer;
                timer.start();
                const httplib::Result page = http.Get(path.toStdString(), auth);
                m_timings.feed.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (!page || page->status != 200) {
                    ++m_timings.errors;
                    break;
                }
                const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(page->body)).object();
                cursor = o[u"next_cursor"_s].toString();
                more = o[u"has_more"_s].toBool();
                command(http, auth, sent++);
            }
        }
    }

    const Timings& timings() const { return m_timings; }

private:
    void command(httplib::Client& http, httplib::Headers headers, int n) {
        bool put = false;
        std::string path =
            u"/v1/customers/%1/notes"_s.arg(m_customers.at((m_id * 7919 + n * 104729) % m_customers.size()))
                .toStdString();
        QJsonObject body{{u"text"_s, u"Lastmessung %1/%2: Kunde fragt nach Gutschein"_s.arg(m_id).arg(n)}};
        if (n % 5 == 4) { // a new cart; notes and carts both answer 201
            put = true;
            path = "/v1/carts/" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
            body = {{u"customer_id"_s, QJsonValue()},
                    {u"origin"_s, u"store"_s},
                    {u"lines"_s, QJsonArray{m_cartLine}}};
        }
        headers.emplace("Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
        headers.emplace("X-Theke-Staff", u"st-bench-%1"_s.arg(m_id).toStdString());
        const std::string text = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
        for (int round = 0; round < (n % 10 == 9 ? 2 : 1); ++round) {
            QElapsedTimer timer;
            timer.start();
            const httplib::Result answer = put ? http.Put(path, headers, text, "application/json")
                                               : http.Post(path, headers, text, "application/json");
            (round == 0 ? m_timings.command : m_timings.replay).push_back(double(timer.nsecsElapsed()) / 1e6);
            const bool replayed = answer && answer->get_header_value("Idempotent-Replayed") == "true";
            if (!answer || answer->status != 201 || replayed != (round == 1))
                ++m_timings.errors;
        }
    }

    quint16 m_port;
    QString m_token;
    QStringList m_customers;
    QJsonObject m_cartLine;
    int m_id;
    Timings m_timings;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

QJsonObject figures(const std::vector<double>& ms, double seconds) {
    const auto rounded = [](double v) {
        return std::round(v * 100) / 100;
    };
    return {{u"requests"_s, qint64(ms.size())},
            {u"per_second"_s, rounded(double(ms.size()) / seconds)},
            {u"p50_ms"_s, rounded(percentile(ms, 0.50))},
            {u"p95_ms"_s, rounded(percentile(ms, 0.95))},
            {u"p99_ms"_s, rounded(percentile(ms, 0.99))},
            {u"max_ms"_s, rounded(ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()))}};
}

bool parse(const QCoreApplication& app, Settings& settings) {
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"clients"_s, u"Clients at once."_s, u"n"_s, u"16"_s},
                       {u"customers"_s, u"Demo customers."_s, u"n"_s, u"10000"_s},
                       {u"page-size"_s, u"Feed page size."_s, u"n"_s, u"200"_s},
                       {u"passes"_s, u"Times each client reads the whole feed."_s, u"n"_s, u"2"_s}});
    parser.process(app);
    settings.clients = parser.value(u"clients"_s).toInt();
    settings.customers = parser.value(u"customers"_s).toInt();
    settings.pageSize = parser.value(u"page-size"_s).toInt();
    settings.passes = parser.value(u"passes"_s).toInt();
    return settings.clients > 0 && settings.customers > 0 && settings.pageSize > 0 && settings.passes > 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Settings settings;
    if (!parse(app, settings)) {
        std::fprintf(stderr, "every option needs a positive number\n");
        return 2;
    }
    TestServer::Options options;
    options.demoCustomers = settings.customers;
    options.extraArgs = {u"--test-mode"_s};
    TestServer server(options);
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    QStringList tokens;
    QStringList customers;
    QJsonObject product;
    {
        // Closed before the clients start: an idle keep-alive connection holds one of the server's workers.
        TestApi api(server.port());
        for (const QString& store : kStores)
            tokens << api.enrollAt(store);
        for (const QJsonValue& c : api.readFeed(u"customers"_s, tokens.first(), 2000).items)
            customers << c[u"id"_s].toString();
        product = api.get(u"/v1/sync/products?limit=1"_s, tokens.first())
                      .object()[u"items"_s]
                      .toArray()
                      .first()
                      .toObject();
    }
    if (tokens.contains(QString()) || customers.size() != settings.customers || product.isEmpty()) {
        std::fprintf(stderr, "cannot enroll or read the demo data\n");
        return 1;
    }
    const QJsonObject cartLine{{u"sku"_s, product[u"sku"_s]},
                               {u"name"_s, product[u"name"_s]},
                               {u"quantity"_s, 1},
                               {u"unit_price"_s, product[u"price"_s]}};

    std::vector<std::unique_ptr<BenchClient>> clients;
    for (int c = 0; c < settings.clients; ++c)
        clients.push_back(
            std::make_unique<BenchClient>(server, tokens.at(c % tokens.size()), customers, cartLine, c));
    QElapsedTimer wall;
    wall.start();
    {
        std::vector<std::jthread> threads;
        for (const auto& client : clients)
            threads.emplace_back([&client, &settings] { client->run(settings); });
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    Timings all;
    for (const auto& client : clients) {
        const Timings& t = client->timings();
        all.feed.insert(all.feed.end(), t.feed.begin(), t.feed.end());
        all.command.insert(all.command.end(), t.command.begin(), t.command.end());
        all.replay.insert(all.replay.end(), t.replay.begin(), t.replay.end());
        all.errors += t.errors;
    }
    const qint64 requests = qint64(all.feed.size() + all.command.size() + all.replay.size());
    const QJsonObject result{{u"clients"_s, settings.clients},
                             {u"customers"_s, settings.customers},
                             {u"page_size"_s, settings.pageSize},
                             {u"seconds"_s, std::round(seconds * 100) / 100},
                             {u"requests_per_second"_s, std::round(double(requests) / seconds * 10) / 10},
                             {u"errors"_s, all.errors},
                             {u"feed_pages"_s, figures(all.feed, seconds)},
                             {u"commands"_s, figures(all.command, seconds)},
                             {u"replays"_s, figures(all.replay, seconds)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return all.errors == 0 ? 0 : 1;
}
