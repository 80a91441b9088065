#include "ApiClient.h"

#include "FeedDocument.h"
#include "ProblemDetails.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kUserAgent = QByteArrayLiteral("Theke/0.1");

bool isSuccess(int status) {
    return status >= 200 && status <= 299;
}

Error badResponse(const QString& detail, int status) {
    return makeError(ErrorCode::kApiBadResponse, detail, status);
}

// The body is never quoted in the error: it may be an HTML page, or carry customer data.
Result<QJsonObject> parseObject(const HttpResponse& response) {
    if (response.body.isEmpty())
        return badResponse(u"empty response body"_s, response.status);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badResponse(
            u"response is not JSON (%1 at offset %2 of %3 bytes)"_s.arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(response.body.size()),
            response.status);
    }
    if (!doc.isObject())
        return badResponse(u"response is JSON but not an object"_s, response.status);
    return doc.object();
}

// Percent-encodes everything but RFC 3986 unreserved characters. QUrlQuery alone would leave
// '+' as is, which many servers decode as a space, and an opaque cursor may well contain one.
QString encodeComponent(const QString& text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// An answer the caller needs at once: the JSON object, or the refusal with the server's own code.
Result<QJsonObject> immediateAnswer(const Result<HttpResponse>& response) {
    if (!response)
        return response.error();
    if (isSuccess(response->status))
        return parseObject(response.value());
    const int status = response->status;
    const QString code = ProblemDetails::problemCode(response.value());
    Error error = ProblemDetails::toError(response.value());
    static const QRegularExpression kCode(u"^[a-z][a-z0-9_]{0,63}$"_s);
    const bool actionable = status == 404 || status == 409 || status == 412 || status == 422;
    // "not_found" is a path the server does not have (an older backend), not a refusal.
    if (actionable && kCode.match(code).hasMatch() && code != u"not_found")
        error.code = code;
    return error;
}

QString requiredString(const QJsonObject& object, QStringView key) {
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

} // namespace

ApiClient::ApiClient(Transport& transport, QUrl baseUrl, QString token)
    : m_transport(transport)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token)) {}

Result<HttpResponse> ApiClient::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                     const QList<QPair<QString, QString>>& query) {
    Result<HttpResponse> response = send(method, path, body, query);
    if (!response)
        return response.error();
    if (!isSuccess(response->status))
        return ProblemDetails::toError(response.value());
    return response;
}

Result<HttpResponse> ApiClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                                     const QList<QPair<QString, QString>>& query) {
    // path is already percent-encoded by the caller; the base path is kept (a backend may live
    // under /api) without a trailing slash.
    QString basePath = m_baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QUrl url = m_baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(basePath + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto& [key, value] : query)
            urlQuery.addQueryItem(encodeComponent(key), encodeComponent(value));
        url.setQuery(urlQuery);
    }

    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("User-Agent"), kUserAgent});
    if (!m_token.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8()});
    if (!body.isEmpty()) {
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = body;
    }

    return m_transport.send(request);
}

Result<QJsonObject> ApiClient::callJson(const QByteArray& method, const QString& path, const QByteArray& body,
                                        const QList<QPair<QString, QString>>& query) {
    const Result<HttpResponse> response = call(method, path, body, query);
    if (!response)
        return response.error();
    return parseObject(response.value());
}

Status ApiClient::health() {
    const Result<QJsonObject> answer = callJson(QByteArrayLiteral("GET"), u"/v1/health"_s);
    if (!answer)
        return answer.error();
    const QJsonValue status = answer->value(u"status");
    if (!status.isString())
        return badResponse(u"health answer has no 'status' string"_s, 200);
    if (status.toString() != u"ok")
        return makeError(ErrorCode::kApiServer,
                         u"server reports status '%1'"_s.arg(status.toString().left(40)));
    return {};
}

Result<EnrollResult> ApiClient::enroll(const QString& code, const QString& deviceName) {
    const QJsonObject request{{u"code"_s, code}, {u"device_name"_s, deviceName}};
    const Result<HttpResponse> response = call(QByteArrayLiteral("POST"), u"/v1/devices/enroll"_s,
                                               QJsonDocument(request).toJson(QJsonDocument::Compact));
    if (!response)
        return response.error();
    if (response->status != 200 && response->status != 201)
        return badResponse(u"enrollment answered with unexpected status"_s, response->status);
    const Result<QJsonObject> answer = parseObject(response.value());
    if (!answer)
        return answer.error();

    EnrollResult result;
    result.deviceId = requiredString(answer.value(), u"device_id");
    result.token = requiredString(answer.value(), u"token");
    const QJsonObject store = answer->value(u"store").toObject();
    result.storeId = requiredString(store, u"id");
    result.storeName = requiredString(store, u"name");

    // Name the missing member, never its value (the token is a secret).
    const QList<QPair<QStringView, const QString*>> required{{u"device_id", &result.deviceId},
                                                             {u"token", &result.token},
                                                             {u"store.id", &result.storeId},
                                                             {u"store.name", &result.storeName}};
    for (const auto& [name, value] : required) {
        if (value->isEmpty())
            return badResponse(u"enrollment answer: '%1' missing or not a string"_s.arg(name),
                               response->status);
    }
    return result;
}

Result<FeedPage> ApiClient::fetchFeed(const QString& feed, const QString& cursor, int limit,
                                      FeedItems items) {
    if (feed.isEmpty())
        return makeError(ErrorCode::kApiClient, u"empty feed name"_s);
    QList<QPair<QString, QString>> query;
    // No cursor means "from the beginning"; leaving the parameter out avoids servers that would
    // reject an empty cursor as malformed.
    if (!cursor.isEmpty())
        query.append({u"cursor"_s, cursor});
    if (limit > 0)
        query.append({u"limit"_s, QString::number(limit)});

    const Result<HttpResponse> response =
        call(QByteArrayLiteral("GET"), u"/v1/sync/"_s + encodeComponent(feed), {}, query);
    if (!response)
        return response.error();
    if (items == FeedItems::Document) {
        if (std::optional<Result<FeedPage>> page = FeedDocument::parsePage(response->body))
            return std::move(*page);
        // Not a JSON object to simdjson: QJsonDocument reads it, or words the refusal, as before.
    }
    const Result<QJsonObject> answer = parseObject(response.value());
    if (!answer)
        return answer.error();
    return FeedPage::fromJson(answer.value());
}

Result<ApiClient::CustomerSearchPage> ApiClient::searchCustomers(const QString& query, int limit) {
    const QString q = query.trimmed();
    if (q.isEmpty())
        return makeError(ErrorCode::kApiClient, u"empty search"_s);
    QList<QPair<QString, QString>> parameters{{u"q"_s, q}};
    if (limit > 0)
        parameters.append({u"limit"_s, QString::number(limit)});
    const Result<QJsonObject> answer = callJson(QByteArrayLiteral("GET"), u"/v1/customers"_s, {}, parameters);
    if (!answer)
        return answer.error();
    const QJsonValue items = answer->value(u"items");
    const QJsonValue truncated = answer->value(u"truncated");
    if (!items.isArray() || !truncated.isBool())
        return makeError(ErrorCode::kApiBadResponse, u"customer search: items or truncated missing"_s);
    return CustomerSearchPage{items.toArray(), truncated.toBool()};
}

Result<QJsonObject> ApiClient::getOrder(const QString& orderNo) {
    const QString number = orderNo.trimmed();
    if (number.isEmpty())
        return makeError(ErrorCode::kApiClient, u"empty order number"_s);
    return callJson(QByteArrayLiteral("GET"),
                    u"/v1/orders/"_s + QString::fromLatin1(QUrl::toPercentEncoding(number)));
}

Result<HttpResponse> ApiClient::sendCommand(const QByteArray& method, const QString& path,
                                            const QByteArray& body, const QString& idempotencyKey,
                                            std::optional<qint64> ifMatch, const QString& staffId) {
    if (idempotencyKey.isEmpty())
        return makeError(ErrorCode::kApiClient, u"a command needs an idempotency key"_s);
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toLatin1()}};
    if (ifMatch)
        headers.append({QByteArrayLiteral("If-Match"), '"' + QByteArray::number(*ifMatch) + '"'});
    if (!staffId.isEmpty())
        headers.append({QByteArrayLiteral("X-Theke-Staff"), staffId.toUtf8()});
    return sendJson(method, path, body, headers);
}

Result<HttpResponse> ApiClient::uploadAudit(const QByteArray& body) {
    return sendJson(QByteArrayLiteral("POST"), u"/v1/audit"_s, body, {});
}

Result<QMap<QString, qint64>> ApiClient::syncBacklog(const QList<QPair<QString, QString>>& cursors) {
    const Result<QJsonObject> answer = callJson(QByteArrayLiteral("GET"), u"/v1/sync-backlog"_s, {}, cursors);
    if (!answer)
        return answer.error();
    const QJsonValue remaining = answer->value(u"remaining");
    if (!remaining.isObject())
        return badResponse(u"sync backlog: 'remaining' missing or not an object"_s, 200);
    QMap<QString, qint64> counts;
    const QJsonObject object = remaining.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            return badResponse(u"sync backlog: a count is not a number"_s, 200);
        counts.insert(it.key(), it.value().toInteger());
    }
    return counts;
}

Result<HttpResponse> ApiClient::sendJson(const QByteArray& method, const QString& path,
                                         const QByteArray& body,
                                         const QList<QPair<QByteArray, QByteArray>>& headers) {
    // The same URL rules as call(): path below the base path, no query.
    QString basePath = m_baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QUrl url = m_baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(basePath + path, QUrl::StrictMode);

    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("User-Agent"), kUserAgent});
    if (!m_token.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8()});
    request.headers.append(headers);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    return m_transport.send(request);
}

Result<QJsonObject> ApiClient::handOffCart(const QString& cartId, const QString& target, qint64 ifMatch,
                                           const QString& idempotencyKey, const QString& staffId) {
    const QByteArray body = QJsonDocument(QJsonObject{{u"target"_s, target}}).toJson(QJsonDocument::Compact);
    return immediateAnswer(sendCommand(QByteArrayLiteral("POST"),
                                       u"/v1/carts/"_s + encodeComponent(cartId) + u"/handoff"_s, body,
                                       idempotencyKey, ifMatch, staffId));
}

Result<QJsonObject> ApiClient::handedOffCart(const QString& code) {
    if (code.trimmed().isEmpty())
        return makeError(ErrorCode::kApiClient, u"empty handoff code"_s);
    return immediateAnswer(
        send(QByteArrayLiteral("GET"), u"/v1/handoffs/"_s + encodeComponent(code.trimmed()), {}, {}));
}

Result<QJsonObject> ApiClient::createOrder(const QJsonObject& order, const QString& idempotencyKey,
                                           const QString& staffId) {
    return immediateAnswer(sendCommand(QByteArrayLiteral("POST"), u"/v1/orders"_s,
                                       QJsonDocument(order).toJson(QJsonDocument::Compact), idempotencyKey,
                                       std::nullopt, staffId));
}
