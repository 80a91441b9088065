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
    Result<FeedPage> fetchFeed(const QString& feed, const QString& cursor, int limit); // GET /v1/sync/{feed}
    // GET /v1/customers?q=: the central search over all customers; items are Customer JSON objects
    // (decoded by the caller, app/net knows no domain types), truncated when there were more.
    struct CustomerSearchPage {
        QJsonArray items;
        bool truncated = false;
    };
    Result<CustomerSearchPage> searchCustomers(const QString& query, int limit);

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

private:
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
