#pragma once

// Shared by the theke-server API tests (tst_serverapi, tst_servercustomerfeed): an httplib client, the
// customers feed page by page, the problem+json checks.
#include "CustomerJson.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <httplib.h>

#include <memory>
#include <optional>
#include <vector>

namespace ServerApiSupport {

using namespace Qt::StringLiterals;

constexpr int kDemoCustomers = 2000;
constexpr int kSeed = 42;

struct Page {
    QJsonArray items;
    QStringList deleted;
    QString nextCursor;
    bool hasMore = false;
};

inline std::unique_ptr<httplib::Client> clientFor(const TestServer& server) {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
    client->set_connection_timeout(5);
    client->set_read_timeout(30);
    return client;
}

inline httplib::Headers bearer(const QString& token) {
    return {{"Authorization", "Bearer " + token.toStdString()}};
}

inline QJsonObject bodyObject(const httplib::Result& result) {
    return result ? QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object() : QJsonObject();
}

inline std::string toBody(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

inline std::string feedPath(const QString& cursor, int limit) {
    QString path = u"/v1/sync/customers?limit=%1"_s.arg(limit);
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return path.toStdString();
}

inline std::optional<Page> fetchPage(httplib::Client& client, const QString& token, const QString& cursor,
                                     int limit) {
    const auto result = client.Get(feedPath(cursor, limit), bearer(token));
    if (!result || result->status != 200)
        return std::nullopt;
    const QJsonObject o = bodyObject(result);
    Page page;
    page.items = o.value(u"items").toArray();
    for (const QJsonValue& id : o.value(u"deleted").toArray())
        page.deleted.append(id.toString());
    page.nextCursor = o.value(u"next_cursor").toString();
    page.hasMore = o.value(u"has_more").toBool();
    return page;
}

// Every page from cursor to the end; nullopt when any request fails.
inline std::optional<std::vector<Page>> fetchAll(httplib::Client& client, const QString& token,
                                                 const QString& cursor, int limit) {
    std::vector<Page> pages;
    QString at = cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        std::optional<Page> page = fetchPage(client, token, at, limit);
        if (!page)
            return std::nullopt;
        pages.push_back(*page);
        at = page->nextCursor;
        if (!page->hasMore)
            return pages;
    }
    return std::nullopt;
}

inline bool isValidEan13(const QString& code) {
    static const QRegularExpression kDigits(u"^\\d{13}$"_s);
    if (!kDigits.match(code).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += code.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == code.at(12).digitValue();
}

// The page as QJsonDocument would write it with every item passed through app/core's CustomerJson.
inline QByteArray coreSerialisation(const QByteArray& pageText) {
    const QJsonObject page = QJsonDocument::fromJson(pageText).object();
    QJsonArray items;
    for (const QJsonValue& item : page.value(u"items").toArray()) {
        const Result<Customer> customer = CustomerJson::fromJson(item.toObject());
        items.append(customer ? CustomerJson::toJson(customer.value()) : QJsonObject());
    }
    const QJsonObject rebuilt{{u"deleted"_s, page.value(u"deleted")},
                              {u"has_more"_s, page.value(u"has_more")},
                              {u"items"_s, items},
                              {u"next_cursor"_s, page.value(u"next_cursor")}};
    return QJsonDocument(rebuilt).toJson(QJsonDocument::Compact);
}

// The problem+json members every error answer must carry.
inline void verifyProblem(const httplib::Result& result, int status, const QString& code) {
    QVERIFY2(result, "no HTTP answer");
    QCOMPARE(result->status, status);
    QCOMPARE(QString::fromStdString(result->get_header_value("Content-Type")), u"application/problem+json"_s);
    const QJsonObject problem = bodyObject(result);
    QCOMPARE(problem.value(u"code").toString(), code);
    QCOMPARE(problem.value(u"status").toInt(), status);
    QCOMPARE(problem.value(u"type").toString(), u"urn:theke:problem:"_s + code);
    QVERIFY(!problem.value(u"title").toString().isEmpty());
    QVERIFY(problem.value(u"detail").isString());
}

inline QString enroll(TestServer& server, const QString& code) {
    auto client = clientFor(server);
    const auto result =
        client->Post("/v1/devices/enroll", toBody({{u"code"_s, code}, {u"device_name"_s, u"Kasse 1"_s}}),
                     "application/json");
    if (!result || result->status != 201)
        return {};
    return bodyObject(result).value(u"token").toString();
}

inline Customer anyCustomer(TestServer& server, const QString& token) {
    auto client = clientFor(server);
    const std::optional<Page> page = fetchPage(*client, token, {}, 10);
    if (!page || page->items.isEmpty())
        return {};
    const Result<Customer> customer = CustomerJson::fromJson(page->items.at(5).toObject());
    return customer ? customer.value() : Customer{};
}

} // namespace ServerApiSupport
