#pragma once

#include "FeedPage.h"
#include "Result.h"
#include "Transport.h"

#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

struct EnrollResult {
    QString deviceId;
    QString token;
    QString storeId;
    QString storeName;
};

// The Store API (docs/api/openapi.yaml) over a Transport. Blocking; lives on a worker thread.
// Every non-2xx answer becomes an Error via ProblemDetails; a 2xx answer that is not the expected
// JSON shape becomes api.bad_response. Never logs tokens or bodies.
class ApiClient {
public:
    ApiClient(Transport& transport, QUrl baseUrl, QString token = {});

    void setToken(const QString& token) { m_token = token; }
    QUrl baseUrl() const { return m_baseUrl; }

    Status health();                                                             // GET /v1/health
    Result<EnrollResult> enroll(const QString& code, const QString& deviceName); // POST /v1/devices/enroll
    // GET /v1/sync/{feed}; FeedItems::Document keeps the parsed body with the page (FeedDocument).
    Result<FeedPage> fetchFeed(const QString& feed, const QString& cursor, int limit,
                               FeedItems items = FeedItems::Json);
    // GET /v1/customers?q=: the central search over all customers; items are Customer JSON objects
    // (decoded by the caller, app/net knows no domain types), truncated when there were more.
    struct CustomerSearchPage {
        QJsonArray items;
        bool truncated = false;
    };
    Result<CustomerSearchPage> searchCustomers(const QString& query, int limit);
    // GET /v1/orders/{order_no}: any order of the retailer as an Order JSON object (decoded by the
    // caller); api.not_found when there is none.
    Result<QJsonObject> getOrder(const QString& orderNo);

    // One outbox command (POST/PUT below /v1). Unlike the calls above, any HTTP answer is a success
    // here: the caller classifies status, problem code and Retry-After itself. Only network failures
    // (net.*) are errors. path is percent-encoded; ifMatch is sent as a strong entity tag ("7") and
    // staffId as X-Theke-Staff, each only when given. Never logs the body.
    Result<HttpResponse> sendCommand(const QByteArray& method, const QString& path, const QByteArray& body,
                                     const QString& idempotencyKey,
                                     std::optional<qint64> ifMatch = std::nullopt,
                                     const QString& staffId = {});
    // POST /v1/audit with a batch of audit entries; like sendCommand, any HTTP answer is a success.
    Result<HttpResponse> uploadAudit(const QByteArray& body);
    // GET /v1/sync-backlog: per feed (name, stored cursor) how many changes the server still has after
    // the cursor. An estimate: changes made while the device pulls come on top.
    Result<QMap<QString, qint64>> syncBacklog(const QList<QPair<QString, QString>>& cursors);

    // Calls that need their answer at once and are never queued (handing a cart on, ordering at the
    // counter, the till's look-up). A refusal whose problem+json code the caller can act on (404, 409,
    // 412, 422: "cart_empty", "version_mismatch", "insufficient_stock" …) becomes an Error with that
    // code and the server's detail; anything else as for the calls above.
    // POST /v1/carts/{id}/handoff {"target": till|online}: the Cart (for online the customer's
    // online cart the lines went into).
    Result<QJsonObject> handOffCart(const QString& cartId, const QString& target, qint64 ifMatch,
                                    const QString& idempotencyKey, const QString& staffId);
    // GET /v1/handoffs/{code}: the TillCart the till charges.
    Result<QJsonObject> handedOffCart(const QString& code);
    // POST /v1/orders: the Order as placed.
    Result<QJsonObject> createOrder(const QJsonObject& order, const QString& idempotencyKey,
                                    const QString& staffId);

private:
    Result<HttpResponse> send(const QByteArray& method, const QString& path, const QByteArray& body,
                              const QList<QPair<QString, QString>>& query);
    Result<HttpResponse> sendJson(const QByteArray& method, const QString& path, const QByteArray& body,
                                  const QList<QPair<QByteArray, QByteArray>>& headers);
    Result<HttpResponse> call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                              const QList<QPair<QString, QString>>& query = {});
    Result<QJsonObject> callJson(const QByteArray& method, const QString& path, const QByteArray& body = {},
                                 const QList<QPair<QString, QString>>& query = {});

    Transport& m_transport;
    QUrl m_baseUrl;
    QString m_token;
};
