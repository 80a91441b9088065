#include "TestAdminRoutes.h"

#include "CommandRunner.h"
#include "CustomerJson.h"
#include "CustomerService.h"
#include "FaultInjector.h"
#include "HttpJson.h"
#include "IdempotencyStore.h"
#include "NoteService.h"
#include "Problem.h"
#include "RouteTable.h"
#include "ServerDatabase.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxIdLength = 100;

} // namespace

TestAdminRoutes::TestAdminRoutes(CustomerService& customers, ServerDatabase& database,
                                 const CommandRunner& commands, FaultInjector& faults)
    : m_customers(customers)
    , m_database(database)
    , m_commands(commands)
    , m_faults(faults) {}

void TestAdminRoutes::install(RouteTable& routes) {
    const std::string pattern = R"(/v1/test/customers/([^/]+))";
    routes.put(pattern,
               [this](const httplib::Request& req, httplib::Response& res) { putCustomer(req, res); });
    routes.del(pattern,
               [this](const httplib::Request& req, httplib::Response& res) { deleteCustomer(req, res); });
    routes.get("/v1/test/stats",
               [this](const httplib::Request& req, httplib::Response& res) { stats(req, res); });
    routes.get(R"(/v1/test/pickups/([^/]+)/code)",
               [this](const httplib::Request& req, httplib::Response& res) { pickupCode(req, res); });
    routes.post("/v1/test/faults",
                [this](const httplib::Request& req, httplib::Response& res) { setFaults(req, res); });
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
