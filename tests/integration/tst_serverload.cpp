// Issue #4 point 8: 16 clients at once against the real theke-server, each paging through the whole
// customers feed while sending commands (notes, consent changes, pickup ready and notify, carts, returns),
// with
// keys sent twice on purpose, keys two clients send at the same moment, and If-Match races. No
// transport error or 5xx, every client sees every customer once (twice only with a newer version of
// a customer changed meanwhile), every effect exists exactly once, replays give the first answer.
// No timing assertions: bench/bench_serverload measures the speed.
#include "CommandClient.h"
#include "ServerLoadClient.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;
using Command = ServerLoadClient::Command;

namespace {

constexpr int kClients = 16;
constexpr int kDevices = 4; // client c uses device c % 4, at kStores[c % 4]
constexpr int kCustomers = 1000;
constexpr int kPageSize = 50;
constexpr int kNotesPerClient = 6;
constexpr int kContestedCustomers = kClients / 2; // each raced by clients j and j + 8
const QStringList kStores{u"hh-moenckebergstrasse"_s, u"b-tauentzienstrasse"_s, u"m-kaufingerstrasse"_s,
                          u"k-schildergasse"_s};

Command command(const QString& kind, const QString& method, const QString& path, const QJsonObject& body,
                const QString& ifMatch = {}) {
    return Command{kind, method, path, body, ifMatch, CommandClient::newKey(), {}, false, false};
}

bool isSuccess(int status) {
    return status >= 200 && status < 300;
}

} // namespace

class TestServerLoad : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QStringList m_tokens; // per device
    QStringList m_customerIds;
    QHash<QString, QJsonObject> m_customers;
    QJsonArray m_products;
    QList<QList<QJsonObject>> m_awaiting; // per device: pickups waiting for stock (raced to ready)
    QList<QList<QJsonObject>> m_ready;    // per device: ready pickups whose customer has an e-mail
    QStringList m_raceCarts;              // per device: a cart at version 1, raced by its four clients
    QList<QJsonObject> m_raceOrders;      // per device: a delivered order whose first line all four return
    QList<QStringList> m_associates;      // per device: the store's associates, the clients' staff

    QJsonObject stats() { return m_api->get(u"/v1/test/stats"_s).object(); }
    QJsonObject cartBody(int product, int quantity) const {
        const QJsonObject p = m_products.at(product).toObject();
        return {{u"customer_id"_s, QJsonValue()},
                {u"origin"_s, u"store"_s},
                {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, p[u"sku"_s]},
                                                    {u"name"_s, p[u"name"_s]},
                                                    {u"quantity"_s, quantity},
                                                    {u"unit_price"_s, p[u"price"_s]}}}}};
    }
    // Early in the feed, so most clients have read them before the race changes them.
    QString contestedCustomer(int j) const { return m_customerIds.at(20 + 37 * j); }
    QList<QList<Command>> plan() const;
    static QMap<QString, QJsonObject> feedById(TestApi& api, const QString& feed, const QString& token);

private Q_SLOTS:
    void initTestCase();
    void sixteenClientsReadAndWriteWithoutLossOrDoubles();
};

void TestServerLoad::initTestCase() {
    TestServer::Options options;
    options.demoCustomers = kCustomers;
    options.seed = 61;
    options.extraArgs = {u"--test-mode"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApi>(m_server->port());
    for (const QString& store : kStores) {
        m_tokens << m_api->enrollAt(store);
        QVERIFY(!m_tokens.last().isEmpty());
    }
    for (const QJsonValue& c : m_api->readFeed(u"customers"_s, m_tokens[0], 2000).items) {
        m_customerIds << c[u"id"_s].toString();
        m_customers.insert(m_customerIds.last(), c.toObject());
    }
    QCOMPARE(m_customers.size(), kCustomers);
    m_products = m_api->get(u"/v1/sync/products?limit=5"_s, m_tokens[0]).object()[u"items"_s].toArray();
    QCOMPARE(m_products.size(), 5);

    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    for (int d = 0; d < kDevices; ++d) {
        m_awaiting.append(QList<QJsonObject>());
        m_ready.append(QList<QJsonObject>());
        for (const QJsonValue& value : m_api->readFeed(u"pickups"_s, m_tokens[d], 500).items) {
            const QJsonObject p = value.toObject();
            const QDateTime deadline = QDateTime::fromString(p[u"deadline"_s].toString(), Qt::ISODateWithMs);
            const bool reachable =
                !m_customers.value(p[u"customer_id"_s].toString())[u"email"_s].toString().isEmpty();
            if (p[u"state"_s] == u"awaiting_stock"_s && m_awaiting[d].size() < 2)
                m_awaiting[d].append(p);
            else if (p[u"state"_s] == u"ready"_s && deadline > tomorrow && reachable && m_ready[d].size() < 4)
                m_ready[d].append(p);
        }
        const QString cart = u"/v1/carts/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(CommandClient(m_server->port(), m_tokens[d]).send(u"PUT"_s, cart, cartBody(0, 1)).status,
                 201);
        m_raceCarts << cart;
        m_associates.append(QStringList());
        for (const QJsonValue& staff : m_api->readFeed(u"staff"_s, m_tokens[d], 500).items) {
            if (staff[u"role"_s] == u"associate"_s && staff[u"store_id"_s] == kStores[d])
                m_associates[d] << staff[u"id"_s].toString();
        }
        QVERIFY(!m_associates[d].isEmpty());
    }
    QHash<QString, bool> returnable; // sku → returnable
    for (const QJsonValue& p : m_api->readFeed(u"products"_s, m_tokens[0], 2000).items)
        returnable.insert(p[u"sku"_s].toString(), p[u"returnable"_s].toBool());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue& value : m_api->readFeed(u"orders"_s, m_tokens[0], 2000).items) {
        const QJsonObject o = value.toObject();
        const QDateTime delivered = QDateTime::fromString(o[u"delivered_at"_s].toString(), Qt::ISODateWithMs);
        bool fits = o[u"channel"_s] == u"webshop"_s && delivered.isValid() && delivered.daysTo(now) >= 1 &&
                    delivered.daysTo(now) <= 10;
        for (const QJsonValue& line : o[u"lines"_s].toArray())
            fits = fits && line[u"returned_quantity"_s].toInt() == 0 &&
                   returnable.value(line[u"sku"_s].toString());
        if (fits && m_raceOrders.size() < kDevices)
            m_raceOrders << o;
    }
    QCOMPARE(m_raceOrders.size(), kDevices);
    QVERIFY2(!m_awaiting[0].isEmpty() && !m_ready[0].isEmpty(), "the demo data has pickups to change");
}

QList<QList<Command>> TestServerLoad::plan() const {
    QList<QList<Command>> plans(kClients);
    QHash<int, Command> sharedNotes; // first client of each pair → the note both send
    for (int c = 0; c < kClients; ++c) {
        const int d = c % kDevices;
        QList<Command>& p = plans[c];
        QList<Command> notes;
        for (int n = 0; n < kNotesPerClient; ++n) {
            const QString customer = m_customerIds.at((c * 113 + n * 331 + 7) % kCustomers);
            Command note = command(u"note"_s, u"POST"_s, u"/v1/customers/%1/notes"_s.arg(customer),
                                   {{u"text"_s, u"Lasttest %1/%2: Kundin wünscht Rückruf"_s.arg(c).arg(n)}});
            note.resend = n % 3 == 0;
            notes << note;
        }
        // Clients c and c + 4 share a device; both send one note with the same key at the same point.
        const int pairFirst = (c / 4) % 2 == 0 ? c : c - 4;
        if (!sharedNotes.contains(pairFirst)) {
            Command shared = command(
                u"note"_s, u"POST"_s, u"/v1/customers/%1/notes"_s.arg(m_customerIds.at(50 + pairFirst)),
                {{u"text"_s, u"Lasttest geteilt %1: Abholung verschoben"_s.arg(pairFirst)}});
            shared.shared = true;
            sharedNotes.insert(pairFirst, shared);
        }

        const QString contested = contestedCustomer(c % kContestedCustomers);
        Command consent =
            command(u"consent"_s, u"PUT"_s, u"/v1/customers/%1/consents/personalised_offers"_s.arg(contested),
                    {{u"granted"_s, c < kContestedCustomers}, {u"source"_s, u"store"_s}},
                    CommandClient::etagOf(m_customers.value(contested)[u"version"_s].toInteger()));
        consent.race = u"consent "_s + contested;
        p << notes[0];
        for (const QJsonObject& pickup : m_awaiting[d]) {
            Command ready =
                command(u"ready"_s, u"POST"_s, u"/v1/pickups/%1/ready"_s.arg(pickup[u"id"_s].toString()),
                        {{u"shelf"_s, u"L-%1"_s.arg(c, 2, 10, QLatin1Char('0'))}},
                        CommandClient::etagOf(pickup[u"version"_s].toInteger()));
            ready.race = u"ready "_s + pickup[u"id"_s].toString();
            p << ready;
        }
        Command cartRace =
            command(u"cart_race"_s, u"PUT"_s, m_raceCarts[d], cartBody(c % 5, 2 + c), u"\"1\""_s);
        cartRace.race = u"cart "_s + m_raceCarts[d];
        const QJsonObject order = m_raceOrders[d];
        const QJsonObject line = order[u"lines"_s].toArray().first().toObject();
        const QJsonObject refund{{u"method"_s, u"original"_s},
                                 {u"amount"_s, QJsonObject{{u"amount"_s, 100}, {u"currency"_s, u"EUR"_s}}}};
        const QJsonObject returned{{u"line_id"_s, line[u"line_id"_s]},
                                   {u"quantity"_s, line[u"quantity"_s]},
                                   {u"reason"_s, u"does_not_fit"_s},
                                   {u"condition"_s, u"as_new"_s},
                                   {u"disposition"_s, u"restock"_s}};
        Command returnRace = command(u"return"_s, u"POST"_s, u"/v1/returns"_s,
                                     {{u"order_no"_s, order[u"order_no"_s]},
                                      {u"lines"_s, QJsonArray{returned}},
                                      {u"refund"_s, refund},
                                      {u"approvals"_s, QJsonArray()}});
        returnRace.race = u"return "_s + order[u"order_no"_s].toString();
        p << notes[1] << returnRace << cartRace << notes[2] << sharedNotes.value(pairFirst) << consent
          << notes[3];
        if (c / kDevices < m_ready[d].size()) {
            const QJsonObject pickup = m_ready[d].at(c / kDevices);
            const QString path = u"/v1/pickups/%1/notify"_s.arg(pickup[u"id"_s].toString());
            Command first = command(u"notify"_s, u"POST"_s, path, {{u"channel"_s, u"email"_s}},
                                    CommandClient::etagOf(pickup[u"version"_s].toInteger()));
            first.resend = true;
            p << first
              << command(u"notify"_s, u"POST"_s, path,
                         {{u"channel"_s, u"email"_s}, {u"template"_s, u"reminder"_s}},
                         ServerLoadClient::kPreviousEtag);
        }
        Command create = command(u"cart_create"_s, u"PUT"_s,
                                 u"/v1/carts/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 cartBody((c + 1) % 5, 1));
        create.resend = true;
        p << notes[4] << create
          << command(u"cart_update"_s, u"PUT"_s, create.path, cartBody((c + 2) % 5, 3),
                     ServerLoadClient::kPreviousEtag)
          << notes[5];
    }
    return plans;
}

QMap<QString, QJsonObject> TestServerLoad::feedById(TestApi& api, const QString& feed, const QString& token) {
    QMap<QString, QJsonObject> rows;
    for (const QJsonValue& item : api.readFeed(feed, token, 2000).items)
        rows.insert(item[u"id"_s].toString(), item.toObject());
    return rows;
}

void TestServerLoad::sixteenClientsReadAndWriteWithoutLossOrDoubles() {
    const QJsonObject before = stats();
    const QList<QList<Command>> plans = plan();
    std::vector<std::unique_ptr<ServerLoadClient>> clients;
    for (int c = 0; c < kClients; ++c)
        clients.push_back(std::make_unique<ServerLoadClient>(
            m_server->port(), m_tokens[c % kDevices],
            m_associates[c % kDevices].at(c / kDevices % m_associates[c % kDevices].size()), kPageSize,
            plans[c]));
    m_api.reset(); // its idle keep-alive connection would hold one of the server's 16 workers
    {
        std::vector<std::jthread> threads;
        for (const auto& client : clients)
            threads.emplace_back([&client] { client->run(); });
    }
    m_api = std::make_unique<TestApi>(m_server->port());

    QStringList errors;
    QList<ServerLoadClient::Outcome> outcomes;
    for (const auto& client : clients) {
        errors << client->errors();
        outcomes << client->outcomes();
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    // Every answer is the expected one; races have exactly one winner, the others see the new version.
    QHash<QString, QList<ServerLoadClient::Outcome>> races;
    QHash<QString, QList<ServerLoadClient::Outcome>> byKey;
    for (const ServerLoadClient::Outcome& o : std::as_const(outcomes)) {
        const QString what = u"%1 %2 → %3 %4"_s.arg(o.command.kind, o.command.path)
                                 .arg(o.answer.status)
                                 .arg(QString::fromUtf8(o.answer.body.left(300)));
        byKey[o.command.key] << o;
        if (!o.command.race.isEmpty()) {
            races[o.command.race] << o;
            // The loser of an If-Match race sees the new version; of a return race, nothing left to return.
            const bool lost = o.command.kind == u"return"
                                  ? o.answer.status == 422 && o.answer.code() == u"return_quantity_exceeded"
                                  : o.answer.status == 412 && o.answer.code() == u"version_mismatch";
            QVERIFY2(isSuccess(o.answer.status) || lost, qPrintable(what));
            QVERIFY2(!o.answer.replayed, qPrintable(what));
        } else {
            const int expected = o.command.kind == u"note" || o.command.kind == u"cart_create" ? 201 : 200;
            QVERIFY2(o.answer.status == expected, qPrintable(what));
        }
        if (o.command.resend) {
            QVERIFY2(o.resent.replayed, qPrintable(what));
            QCOMPARE(o.resent.status, o.answer.status);
            QCOMPARE(o.resent.body, o.answer.body);
        }
    }
    for (auto race = races.cbegin(); race != races.cend(); ++race) {
        const auto won = std::count_if(race->cbegin(), race->cend(),
                                       [](const auto& o) { return isSuccess(o.answer.status); });
        QVERIFY2(race->size() >= 2 && won == 1,
                 qPrintable(u"%1: %2 of %3 won"_s.arg(race.key()).arg(won).arg(race->size())));
    }
    int shared = 0;
    for (const QList<ServerLoadClient::Outcome>& sameKey : std::as_const(byKey)) {
        if (sameKey.size() < 2)
            continue;
        ++shared;
        QCOMPARE(sameKey.size(), 2);
        QCOMPARE(sameKey[0].answer.body, sameKey[1].answer.body);
        QVERIFY(sameKey[0].answer.replayed != sameKey[1].answer.replayed); // one applied, one replayed
    }
    QCOMPARE(shared, kClients / 2);

    // Each client saw each customer exactly once, or, for one changed by a consent race while it read,
    // a second time with the newer version after the older one.
    QSet<QString> contested;
    for (int j = 0; j < kContestedCustomers; ++j)
        contested.insert(contestedCustomer(j));
    int seenTwice = 0;
    for (const auto& client : clients) {
        QHash<QString, QList<qint64>> seen;
        for (const ServerLoadClient::Sighting& s : client->sightings())
            seen[s.id] << s.version;
        QCOMPARE(seen.size(), kCustomers);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            QVERIFY2(m_customers.contains(it.key()), qPrintable(it.key()));
            const bool ok =
                it->size() == 1 || (it->size() == 2 && contested.contains(it.key()) && it->at(0) < it->at(1));
            QVERIFY2(ok, qPrintable(u"%1 seen %2 times"_s.arg(it.key()).arg(it->size())));
            seenTwice += it->size() == 2 ? 1 : 0;
        }
    }

    // Exactly once on the server: one effect per applied answer, one stored answer per key.
    const qint64 applied = std::count_if(outcomes.cbegin(), outcomes.cend(), [](const auto& o) {
        return isSuccess(o.answer.status) && !o.answer.replayed;
    });
    const qint64 noteKeys = std::count_if(byKey.cbegin(), byKey.cend(), [](const auto& sameKey) {
        return sameKey.first().command.kind == u"note";
    });
    const QJsonObject after = stats();
    const int busy = std::accumulate(outcomes.cbegin(), outcomes.cend(), 0,
                                     [](int sum, const auto& o) { return sum + o.busyAnswers; });
    qInfo("%d commands (%lld applied, %d races, %d shared keys answered 409 %d times first), "
          "%d times a customer changed while a client read the feed",
          int(outcomes.size()), applied, int(races.size()), shared, busy, seenTwice);
    QCOMPARE(after[u"commands_applied"_s].toInteger() - before[u"commands_applied"_s].toInteger(), applied);
    QCOMPARE(after[u"notes"_s].toInteger() - before[u"notes"_s].toInteger(), noteKeys);
    QCOMPARE(after[u"idempotency_keys"_s].toInteger() - before[u"idempotency_keys"_s].toInteger(),
             qint64(byKey.size()));

    // And the feeds hold what the answers said.
    const QMap<QString, QJsonObject> notes = feedById(*m_api, u"notes"_s, m_tokens[0]);
    QHash<QString, int> noteTexts;
    for (const QJsonObject& note : notes)
        ++noteTexts[note[u"text"_s].toString()];
    const QMap<QString, QJsonObject> customers = feedById(*m_api, u"customers"_s, m_tokens[0]);
    const QMap<QString, QJsonObject> orders = feedById(*m_api, u"orders"_s, m_tokens[0]);
    QList<QMap<QString, QJsonObject>> pickups;
    QList<QMap<QString, QJsonObject>> returns;
    QList<QMap<QString, QJsonObject>> carts;
    for (int d = 0; d < kDevices; ++d) {
        pickups << feedById(*m_api, u"pickups"_s, m_tokens[d]);
        carts << feedById(*m_api, u"carts"_s, m_tokens[d]);
        returns << feedById(*m_api, u"returns"_s, m_tokens[d]);
    }
    for (const ServerLoadClient::Outcome& o : std::as_const(outcomes)) {
        if (!isSuccess(o.answer.status))
            continue;
        const QJsonObject answer = o.answer.object();
        const QString id = answer[u"id"_s].toString();
        const int d = kStores.indexOf(answer[u"store_id"_s].toString());
        if (o.command.kind == u"note") {
            QCOMPARE(notes.value(id)[u"text"_s], o.command.body[u"text"_s]);
            QCOMPARE(noteTexts.value(o.command.body[u"text"_s].toString()), 1);
        } else if (o.command.kind == u"consent") {
            QCOMPARE(customers.value(id)[u"version"_s].toInteger(),
                     m_customers.value(id)[u"version"_s].toInteger() + 1);
            QCOMPARE(customers.value(id)[u"consents"_s], answer[u"consents"_s]);
        } else if (o.command.kind == u"ready") {
            QCOMPARE(pickups[d].value(id)[u"shelf"_s], o.command.body[u"shelf"_s]);
        } else if (o.command.kind == u"notify" && o.command.ifMatch == ServerLoadClient::kPreviousEtag) {
            QCOMPARE(pickups[d].value(id), answer); // the second notification is the last change
        } else if (o.command.kind == u"return") {
            QCOMPARE(returns[d].value(id), answer);
        } else if (o.command.kind == u"cart_update" || o.command.kind == u"cart_race") {
            QCOMPARE(carts[d].value(id), answer);
            QCOMPARE(answer[u"version"_s].toInteger(), 2);
        }
    }
    for (int d = 0; d < kDevices; ++d) {
        for (const QJsonObject& pickup : std::as_const(m_ready[d])) {
            const QJsonObject now = pickups[d].value(pickup[u"id"_s].toString());
            const qsizetype added =
                now[u"notifications"_s].toArray().size() - pickup[u"notifications"_s].toArray().size();
            QCOMPARE(added, 2); // one client notified it twice
            QCOMPARE(now[u"version"_s].toInteger(), pickup[u"version"_s].toInteger() + added);
        }
    }
    for (const QJsonObject& order : std::as_const(m_raceOrders)) {
        const QJsonObject line = order[u"lines"_s].toArray().first().toObject();
        const QJsonObject now = orders.value(order[u"id"_s].toString());
        QCOMPARE(now[u"lines"_s].toArray().first()[u"returned_quantity"_s], line[u"quantity"_s]); // once
        QCOMPARE(now[u"version"_s].toInteger(), order[u"version"_s].toInteger() + 1);
    }
}

QTEST_GUILESS_MAIN(TestServerLoad)
#include "tst_serverload.moc"
