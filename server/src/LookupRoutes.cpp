#include "LookupRoutes.h"

#include "AuthService.h"
#include "BearerAuth.h"
#include "CustomerSearch.h"
#include "HttpJson.h"
#include "OrderFeeds.h"
#include "Problem.h"
#include "QueryFeedColumns.h"
#include "RouteTable.h"
#include "RouteTransaction.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMinQueryLength = 2;
constexpr qsizetype kMaxQueryLength = 200;
constexpr qsizetype kMaxOrderNoLength = 40;

} // namespace

LookupRoutes::LookupRoutes(AuthService& auth, ServerDatabase& database)
    : m_auth(auth)
    , m_database(database) {}

void LookupRoutes::install(RouteTable& routes) {
    routes.get("/v1/customers",
               [this](const httplib::Request& req, httplib::Response& res) { searchCustomers(req, res); });
    routes.get(R"(/v1/orders/([^/]+))",
               [this](const httplib::Request& req, httplib::Response& res) { getOrder(req, res); });
}

void LookupRoutes::searchCustomers(const httplib::Request& request, httplib::Response& response) {
    if (!BearerAuth::device(m_auth, request, response))
        return;
    const QString q = QString::fromStdString(request.get_param_value("q")).trimmed();
    if (q.size() < kMinQueryLength || q.size() > kMaxQueryLength) {
        Problem::send(response, 400, u"invalid_parameter",
                      u"q must have %1 to %2 characters."_s.arg(kMinQueryLength).arg(kMaxQueryLength));
        return;
    }
    int limit = CustomerSearch::kDefaultLimit;
    if (request.has_param("limit")) {
        bool ok = false;
        limit = QString::fromStdString(request.get_param_value("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > CustomerSearch::kMaxLimit) {
            Problem::send(response, 400, u"invalid_parameter",
                          u"limit must be a number from 1 to %1."_s.arg(CustomerSearch::kMaxLimit));
            return;
        }
    }
    RouteTransaction snapshot(m_database, Transaction::Mode::Read);
    if (!snapshot.begin(response))
        return;
    const Result<CustomerSearch::Answer> answer = CustomerSearch(snapshot.db()).search(q, limit);
    if (!answer) {
        Problem::send(response, answer.error());
        return;
    }
    if (Status ended = snapshot.commit(); !ended) {
        Problem::send(response, ended.error());
        return;
    }
    std::string json = R"({"items":[)";
    for (size_t i = 0; i < answer->items.size(); ++i) {
        if (i > 0)
            json += ',';
        json += answer->items[i];
    }
    json += R"(],"truncated":)";
    json += answer->truncated ? "true}" : "false}";
    HttpJson::sendText(request, response, 200, std::move(json));
}

void LookupRoutes::getOrder(const httplib::Request& request, httplib::Response& response) {
    if (!BearerAuth::device(m_auth, request, response))
        return;
    const QString orderNo = QString::fromStdString(request.matches[1].str());
    const auto notFound = [&response] {
        Problem::send(response, 404, u"order_not_found", u"There is no order with this number."_s);
    };
    if (orderNo.size() > kMaxOrderNoLength) {
        notFound();
        return;
    }
    // One snapshot: the order's returned quantities and its returns agree.
    RouteTransaction snapshot(m_database, Transaction::Mode::Read);
    if (!snapshot.begin(response))
        return;
    QSqlQuery query(snapshot.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + OrderFeeds::orderColumns() + u" FROM orders WHERE order_no = ?"_s);
    query.addBindValue(orderNo);
    if (!query.exec()) {
        Problem::send(response, ServerDatabase::queryError(query.lastError(), u"look up order"));
        return;
    }
    if (!query.next()) {
        notFound();
        return;
    }
    // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on "\"" + std::string + "\"".
    std::string etag(1, '"');
    etag += std::to_string(query.value(u"version"_s).toLongLong());
    etag += '"';
    std::string json = OrderFeeds::orderJson(QueryFeedColumns(query));
    query.finish();
    // Its returns from every store and channel, as the returns feed serves them: a device that has
    // not synced them still sees what was refunded before.
    query.prepare(u"SELECT "_s + OrderFeeds::returnColumns() +
                  u" FROM returns WHERE order_no = ? ORDER BY created_at, id"_s);
    query.addBindValue(orderNo);
    if (!query.exec()) {
        Problem::send(response, ServerDatabase::queryError(query.lastError(), u"look up returns"));
        return;
    }
    json.pop_back(); // the order's closing brace
    json += R"(,"returns":[)";
    for (bool first = true; query.next(); first = false) {
        if (!first)
            json += ',';
        json += OrderFeeds::returnJson(QueryFeedColumns(query));
    }
    json += "]}";
    if (Status ended = snapshot.commit(); !ended) {
        Problem::send(response, ended.error());
        return;
    }
    response.set_header("ETag", etag);
    HttpJson::sendText(request, response, 200, std::move(json));
}
