#include "TestAdminRoutes.h"

#include "CustomerJson.h"
#include "CustomerService.h"
#include "HttpJson.h"
#include "Problem.h"
#include "RouteTable.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxIdLength = 100;

} // namespace

TestAdminRoutes::TestAdminRoutes(CustomerService& customers)
    : m_customers(customers) {}

void TestAdminRoutes::install(RouteTable& routes) {
    const std::string pattern = R"(/v1/test/customers/([^/]+))";
    routes.put(pattern,
               [this](const httplib::Request& req, httplib::Response& res) { putCustomer(req, res); });
    routes.del(pattern,
               [this](const httplib::Request& req, httplib::Response& res) { deleteCustomer(req, res); });
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
