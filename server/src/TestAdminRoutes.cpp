#include "TestAdminRoutes.h"

#include "AuthService.h"
#include "ChangeLog.h"
#include "CommandRunner.h"
#include "CommandSupport.h"
#include "CustomerJson.h"
#include "CustomerService.h"
#include "FaultInjector.h"
#include "HttpJson.h"
#include "IdempotencyStore.h"
#include "NoteService.h"
#include "Problem.h"
#include "RouteTable.h"
#include "RouteTransaction.h"
#include "ServerDatabase.h"
#include "ShiftableClock.h"
#include "StoreDirectory.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxIdLength = 100;

} // namespace

TestAdminRoutes::TestAdminRoutes(CustomerService& customers, ServerDatabase& database,
                                 const CommandRunner& commands, FaultInjector& faults, AuthService& auth,
                                 ShiftableClock& clock)
    : m_customers(customers)
    , m_database(database)
    , m_commands(commands)
    , m_faults(faults)
    , m_auth(auth)
    , m_clock(clock) {}

void TestAdminRoutes::install(RouteTable& routes) {
    const std::string pattern = R"(/v1/test/customers/([^/]+))";
    routes.put(pattern,
               [this](const httplib::Request& req, httplib::Response& res) { putCustomer(req, res); });
    routes.del(pattern,
               [this](const httplib::Request& req, httplib::Response& res) { deleteCustomer(req, res); });
    routes.get("/v1/test/stats",
               [this](const httplib::Request& req, httplib::Response& res) { stats(req, res); });
    routes.post("/v1/test/enrollment-codes",
                [this](const httplib::Request& req, httplib::Response& res) { addEnrollmentCode(req, res); });
    routes.del(R"(/v1/test/feeds/([^/]+)/([^/]+))",
               [this](const httplib::Request& req, httplib::Response& res) { deleteFeedRow(req, res); });
    routes.get(R"(/v1/test/pickups/([^/]+)/code)",
               [this](const httplib::Request& req, httplib::Response& res) { pickupCode(req, res); });
    routes.post(R"(/v1/test/orders/([^/]+)/cancel)",
                [this](const httplib::Request& req, httplib::Response& res) { cancelOrder(req, res); });
    routes.post("/v1/test/faults",
                [this](const httplib::Request& req, httplib::Response& res) { setFaults(req, res); });
    routes.post("/v1/test/clock",
                [this](const httplib::Request& req, httplib::Response& res) { shiftClock(req, res); });
    routes.del("/v1/test/faults", [this](const httplib::Request&, httplib::Response& res) {
        m_faults.clear();
        res.status = 204;
    });
}

void TestAdminRoutes::putCustomer(const httplib::Request& request, httplib::Response& response) {
    const QString id = QString::fromStdString(request.matches[1].str());
    if (id.size() > kMaxIdLength) {
        Problem::send(response, 422, u"invalid_value", u"The customer id is too long."_s);
        return;
    }
    Result<QJsonObject> body = HttpJson::parseObject(request.body);
    if (!body) {
        Problem::send(response, body.error());
        return;
    }
    QJsonObject object = body.value();
    // id, version and updated_at belong to the server; let tests send just the fields they change.
    if (!object.contains(u"id"))
        object.insert(u"id"_s, id);
    object.insert(u"version"_s, 0);
    if (object.value(u"id").toString() != id) {
        Problem::send(response, 422, u"invalid_value",
                      u"The id in the body differs from the one in the path."_s);
        return;
    }
    const Result<Customer> customer = CustomerJson::fromJson(object);
    if (!customer) {
        Problem::send(response, 422, u"invalid_value", customer.error().detail);
        return;
    }
    if (customer->customerNo.isEmpty()) {
        Problem::send(response, 422, u"invalid_value", u"customer_no must not be empty."_s);
        return;
    }
    const Result<CustomerService::Upserted> upserted = m_customers.upsert(customer.value());
    if (!upserted) {
        Problem::send(response, upserted.error());
        return;
    }
    HttpJson::send(request, response, upserted->created ? 201 : 200,
                   CustomerJson::toJson(upserted->customer));
}

void TestAdminRoutes::deleteCustomer(const httplib::Request& request, httplib::Response& response) {
    const QString id = QString::fromStdString(request.matches[1].str());
    if (Status removed = m_customers.remove(id); !removed) {
        Problem::send(response, removed.error());
        return;
    }
    response.status = 204;
}

void TestAdminRoutes::stats(const httplib::Request& request, httplib::Response& response) {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        Problem::send(response, db.error());
        return;
    }
    const Result<qint64> notes = NoteService(db.value()).count();
    const Result<qint64> keys = IdempotencyStore(db.value()).count();
    if (!notes || !keys) {
        Problem::send(response, notes ? keys.error() : notes.error());
        return;
    }
    HttpJson::send(request, response, 200,
                   QJsonObject{{u"notes"_s, notes.value()},
                               {u"idempotency_keys"_s, keys.value()},
                               {u"commands_applied"_s, m_commands.commandsApplied()}});
}

void TestAdminRoutes::addEnrollmentCode(const httplib::Request& request, httplib::Response& response) {
    const Result<QJsonObject> body = HttpJson::parseObject(request.body);
    if (!body) {
        Problem::send(response, body.error());
        return;
    }
    const QString code = body->value(u"code").toString();
    const QString storeId = body->value(u"store_id").toString();
    if (code.trimmed().isEmpty() || storeId.isEmpty() || code.size() > kMaxIdLength) {
        Problem::send(response, 400, u"invalid_request", u"Send {\"code\": \"…\", \"store_id\": \"…\"}."_s);
        return;
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        Problem::send(response, db.error());
        return;
    }
    const Result<std::optional<StoreInfo>> store = StoreDirectory(db.value()).find(storeId);
    if (!store || !store.value()) {
        Problem::send(response, 422, u"invalid_value", u"There is no store with this id."_s);
        return;
    }
    if (Status registered = m_auth.registerEnrollmentCode(code, storeId); !registered) {
        Problem::send(response, registered.error());
        return;
    }
    HttpJson::send(request, response, 201, QJsonObject{{u"code"_s, code}, {u"store_id"_s, storeId}});
}

void TestAdminRoutes::deleteFeedRow(const httplib::Request& request, httplib::Response& response) {
    // The retail feeds have no delete command yet; this is how client tests see their tombstones.
    static const QHash<QString, QString> kTables{
        {u"stores"_s, u"stores"_s}, {u"products"_s, u"products"_s},        {u"stock"_s, u"stock"_s},
        {u"orders"_s, u"orders"_s}, {u"pickups"_s, u"pickups"_s},          {u"returns"_s, u"returns"_s},
        {u"carts"_s, u"carts"_s},   {u"contacts"_s, u"service_contacts"_s}};
    const QString feed = QString::fromStdString(request.matches[1].str());
    const QString id = QString::fromStdString(request.matches[2].str());
    const QString table = kTables.value(feed);
    if (table.isEmpty() || feed == u"stores") { // stores are referenced by devices and staff
        Problem::send(response, 404, u"not_found", u"Rows of this feed cannot be deleted here."_s);
        return;
    }
    RouteTransaction tx(m_database, Transaction::Mode::Write);
    if (!tx.begin(response))
        return;
    QSqlQuery query(tx.db());
    // The table name comes from the fixed map above, never from the request.
    query.prepare(u"DELETE FROM "_s + table + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        Problem::send(response, ServerDatabase::queryError(query.lastError(), u"delete feed row"));
        return;
    }
    if (query.numRowsAffected() == 0) {
        Problem::send(response, 404, u"not_found", u"There is no such row."_s);
        return;
    }
    ChangeLog changes(tx.db());
    const Result<qint64> seq = changes.next();
    if (!seq) {
        Problem::send(response, seq.error());
        return;
    }
    if (Status added = changes.addTombstone(feed, id, seq.value(), QDateTime::currentDateTimeUtc()); !added) {
        Problem::send(response, added.error());
        return;
    }
    if (Status committed = tx.commit(); !committed) {
        Problem::send(response, committed.error());
        return;
    }
    response.status = 204;
}

void TestAdminRoutes::pickupCode(const httplib::Request& request, httplib::Response& response) {
    const QString id = QString::fromStdString(request.matches[1].str());
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        Problem::send(response, db.error());
        return;
    }
    QSqlQuery query(db.value());
    query.prepare(u"SELECT code FROM demo_pickup_codes WHERE pickup_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        Problem::send(response, ServerDatabase::queryError(query.lastError(), u"read demo pickup code"));
        return;
    }
    if (!query.next()) {
        Problem::send(response, 404, u"not_found", u"There is no demo pickup code for this pickup."_s);
        return;
    }
    HttpJson::send(request, response, 200,
                   QJsonObject{{u"pickup_id"_s, id}, {u"code"_s, query.value(0).toString()}});
}

void TestAdminRoutes::cancelOrder(const httplib::Request& request, httplib::Response& response) {
    // The customer cancels in the web shop: the order and its pickups still waiting become cancelled,
    // each with a new version and change sequence number, so devices see it on their next pull.
    const QString orderNo = QString::fromStdString(request.matches[1].str());
    RouteTransaction tx(m_database, Transaction::Mode::Write);
    if (!tx.begin(response))
        return;
    const QString now = CommandSupport::timestamp(QDateTime::currentDateTimeUtc());
    ChangeLog changes(tx.db());
    const auto cancel = [&](const QString& sql, const QString& key) -> Result<int> {
        const Result<qint64> seq = changes.next();
        if (!seq)
            return seq.error();
        QSqlQuery query(tx.db());
        query.prepare(sql);
        query.addBindValue(now);
        query.addBindValue(seq.value());
        query.addBindValue(key);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"cancel order"_s);
        return query.numRowsAffected();
    };
    const Result<int> order = cancel(u"UPDATE orders SET state = 'cancelled', version = version + 1, "
                                     "updated_at = ?, seq = ? WHERE order_no = ?"_s,
                                     orderNo);
    if (!order || order.value() == 0) {
        Problem::send(response,
                      order ? makeError(u"not_found", u"There is no such order."_s, 404) : order.error());
        return;
    }
    QSqlQuery waiting(tx.db());
    waiting.prepare(u"SELECT id FROM pickups WHERE order_no = ? AND state IN ('awaiting_stock', 'ready')"_s);
    waiting.addBindValue(orderNo);
    if (!waiting.exec()) {
        Problem::send(response, ServerDatabase::queryError(waiting.lastError(), u"read pickups"_s));
        return;
    }
    QJsonArray cancelled;
    while (waiting.next())
        cancelled.append(waiting.value(0).toString());
    for (const QJsonValue& id : std::as_const(cancelled)) {
        const Result<int> pickup = cancel(u"UPDATE pickups SET state = 'cancelled', version = version + 1, "
                                          "updated_at = ?, seq = ? WHERE id = ?"_s,
                                          id.toString());
        if (!pickup) {
            Problem::send(response, pickup.error());
            return;
        }
    }
    if (Status committed = tx.commit(); !committed) {
        Problem::send(response, committed.error());
        return;
    }
    HttpJson::send(request, response, 200,
                   QJsonObject{{u"order_no"_s, orderNo},
                               {u"state"_s, u"cancelled"_s},
                               {u"cancelled_pickups"_s, cancelled}});
}

void TestAdminRoutes::setFaults(const httplib::Request& request, httplib::Response& response) {
    const Result<QJsonObject> body = HttpJson::parseObject(request.body);
    if (!body) {
        Problem::send(response, body.error());
        return;
    }
    const QJsonValue faults = body->value(u"faults");
    const QJsonValue seed = body->value(u"seed");
    if (!faults.isArray() || (!seed.isUndefined() && !seed.isDouble()) || seed.toDouble() < 0) {
        Problem::send(response, 400, u"invalid_request",
                      u"Send {\"faults\": [\"kind:key=value,…\", …], \"seed\": N}."_s);
        return;
    }
    std::vector<FaultSpec> specs;
    for (const QJsonValue& text : faults.toArray()) {
        if (!text.isString()) {
            Problem::send(response, 400, u"invalid_request", u"Each fault must be a string."_s);
            return;
        }
        Result<FaultSpec> spec = FaultSpec::parse(text.toString());
        if (!spec) {
            Problem::send(response, spec.error());
            return;
        }
        specs.push_back(std::move(spec).value());
    }
    m_faults.replace(std::move(specs), quint64(seed.toInteger(1)));
    HttpJson::send(request, response, 200,
                   QJsonObject{{u"faults"_s, QJsonArray::fromStringList(m_faults.activeSpecs())},
                               {u"seed"_s, qint64(m_faults.seed())}});
}

void TestAdminRoutes::shiftClock(const httplib::Request& request, httplib::Response& response) {
    const Result<QJsonObject> body = HttpJson::parseObject(request.body);
    if (!body) {
        Problem::send(response, body.error());
        return;
    }
    const QJsonValue secs = body->value(u"advance_seconds");
    // At most a year either way: enough for any block or deadline, never an overflow.
    if (!secs.isDouble() || secs.toDouble() != double(secs.toInteger()) ||
        qAbs(secs.toInteger()) > 366 * 86400) {
        Problem::send(response, 400, u"invalid_request", u"Send {\"advance_seconds\": N}."_s);
        return;
    }
    m_clock.shift(secs.toInteger());
    HttpJson::send(request, response, 200,
                   QJsonObject{{u"now"_s, m_clock.nowUtc().toString(Qt::ISODateWithMs)},
                               {u"offset_seconds"_s, m_clock.offsetSecs()}});
}
