#pragma once

// Shared by the theke-server command tests (tst_servercommands, tst_serverconsentcommands): a server with
// 100 demo customers and two enrolled devices, the note and consent commands, the server's counters.
#include "ServerApiSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <httplib.h>

#include <memory>
#include <string>

namespace ServerCommandSupport {

using namespace Qt::StringLiterals;
using ServerApiSupport::bodyObject;
using ServerApiSupport::clientFor;
using ServerApiSupport::toBody;

inline QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// ServerApiSupport::verifyProblem, and stricter on the detail: a refused command always says why.
inline void verifyProblem(const httplib::Result& result, int status, const QString& code) {
    ServerApiSupport::verifyProblem(result, status, code);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!bodyObject(result).value(u"detail").toString().isEmpty());
}

struct Stats {
    qint64 notes = -1;
    qint64 keys = -1;
    qint64 applied = -1;
};

// The test classes derive from this (after QObject), so their test functions use it unqualified.
class ServerCommandFixture {
protected:
    // Starts the server and enrolls both devices; called from initTestCase.
    void startServer();
    httplib::Headers headers(const QString& key, const QString& token = {}) const;
    httplib::Result postNote(const QString& customerId, const std::string& body, const QString& key,
                             const QString& token = {});
    httplib::Result putConsent(const QString& customerId, const QString& purpose, const std::string& body,
                               const QString& key, const std::string& ifMatch);
    Stats stats();
    QJsonObject customer(int index);
    // The feed's end cursor and, when given, the items after `after`.
    QString feedEnd(const char* feed, const QString& after = {}, QJsonArray* items = nullptr,
                    QStringList* deleted = nullptr);
    void setFaults(const QStringList& faults);

    std::unique_ptr<TestServer> m_server;
    QString m_token;
    QString m_otherToken; // a second device: keys are per device
};

inline void ServerCommandFixture::startServer() {
    TestServer::Options options;
    options.demoCustomers = 100;
    options.seed = 11;
    options.enrollCodes = {u"CMD-0001"_s, u"CMD-0002"_s};
    options.extraArgs = {u"--test-mode"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (auto [code, token] : {std::pair{u"CMD-0001"_s, &m_token}, std::pair{u"CMD-0002"_s, &m_otherToken}}) {
        const auto enrolled =
            clientFor(*m_server)->Post("/v1/devices/enroll", toBody({{u"code"_s, code}}), "application/json");
        QVERIFY(enrolled && enrolled->status == 201);
        *token = bodyObject(enrolled).value(u"token").toString();
    }
}

inline httplib::Headers ServerCommandFixture::headers(const QString& key, const QString& token) const {
    httplib::Headers h{{"Authorization", "Bearer " + (token.isEmpty() ? m_token : token).toStdString()}};
    if (!key.isNull())
        h.emplace("Idempotency-Key", key.toStdString());
    return h;
}

inline httplib::Result ServerCommandFixture::postNote(const QString& customerId, const std::string& body,
                                                      const QString& key, const QString& token) {
    return clientFor(*m_server)->Post("/v1/customers/" + customerId.toStdString() + "/notes",
                                      headers(key, token), body, "application/json");
}

inline httplib::Result ServerCommandFixture::putConsent(const QString& customerId, const QString& purpose,
                                                        const std::string& body, const QString& key,
                                                        const std::string& ifMatch) {
    httplib::Headers h = headers(key);
    if (!ifMatch.empty())
        h.emplace("If-Match", ifMatch);
    return clientFor(*m_server)->Put("/v1/customers/" + customerId.toStdString() + "/consents/" +
                                         purpose.toStdString(),
                                     h, body, "application/json");
}

inline Stats ServerCommandFixture::stats() {
    const QJsonObject o = bodyObject(clientFor(*m_server)->Get("/v1/test/stats"));
    return {o.value(u"notes").toInteger(-1), o.value(u"idempotency_keys").toInteger(-1),
            o.value(u"commands_applied").toInteger(-1)};
}

inline QJsonObject ServerCommandFixture::customer(int index) {
    const auto page = clientFor(*m_server)->Get("/v1/sync/customers?limit=100", headers({}));
    return page ? bodyObject(page).value(u"items").toArray().at(index).toObject() : QJsonObject();
}

inline QString ServerCommandFixture::feedEnd(const char* feed, const QString& after, QJsonArray* items,
                                             QStringList* deleted) {
    std::string path = "/v1/sync/" + std::string(feed) + "?limit=2000";
    if (!after.isEmpty())
        path += "&cursor=" + QUrl::toPercentEncoding(after).toStdString();
    const QJsonObject page = bodyObject(clientFor(*m_server)->Get(path, headers({})));
    if (items)
        *items = page.value(u"items").toArray();
    if (deleted) {
        for (const QJsonValue& id : page.value(u"deleted").toArray())
            deleted->append(id.toString());
    }
    return page.value(u"next_cursor").toString();
}

inline void ServerCommandFixture::setFaults(const QStringList& faults) {
    const auto result = clientFor(*m_server)->Post(
        "/v1/test/faults", toBody({{u"faults"_s, QJsonArray::fromStringList(faults)}, {u"seed"_s, 1}}),
        "application/json");
    QVERIFY(result && result->status == 200);
}

} // namespace ServerCommandSupport
