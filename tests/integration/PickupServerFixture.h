#pragma once

// Shared by the pickup command tests (tst_serverpickups, tst_serverpickuphandover, tst_serverpickupprepare):
// a test-mode server with the demo data of 2,000 customers, a device in each of the five stores, and
// demo pickups by state.
#include "CommandClient.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

namespace PickupServerSupport {

using namespace Qt::StringLiterals;

// The test classes derive from this (after QObject), so their test functions use it unqualified.
class PickupServerFixture {
protected:
    static inline const QStringList kStores{u"hh-moenckebergstrasse"_s, u"b-tauentzienstrasse"_s,
                                            u"m-kaufingerstrasse"_s, u"k-schildergasse"_s, u"f-zeil"_s};

    static QJsonObject handoverBody(const QJsonArray& lines, const QString& method,
                                    const QString& recipientType = u"customer"_s,
                                    const QString& name = u"Kundin"_s) {
        QJsonObject check{{u"method"_s, method}};
        if (method == u"identity_document")
            check.insert(u"document_type"_s, u"id_card"_s);
        return {{u"lines"_s, lines},
                {u"recipient"_s, QJsonObject{{u"type"_s, recipientType}, {u"name"_s, name}}},
                {u"identity_check"_s, check}};
    }

    // Starts the server, enrols a device in every store and caches the customers; from initTestCase.
    void startServer() {
        TestServer::Options options;
        options.demoCustomers = 2000;
        options.seed = 21;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        for (const QString& store : kStores) {
            m_tokens.insert(store, m_api->enrollAt(store));
            QVERIFY(!m_tokens.value(store).isEmpty());
        }
        for (const QJsonValue& c : m_api->readFeed(u"customers"_s, m_tokens.value(kStores[0]), 2000).items)
            m_customers.insert(c[u"id"].toString(), c.toObject());
        QCOMPARE(m_customers.size(), 2000);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QHash<QString, QString> m_tokens; // store → device token
    QSet<QString> m_used;             // pickups a test has changed
    QHash<QString, QJsonObject> m_customers;

    // A pickup of the demo data in `group` (a PickupState wire name, or "overdue": ready and past its
    // deadline) that no test changed yet, matching `also`; marks it used when `take`.
    QJsonObject pickup(const QString& group, bool take = true,
                       const std::function<bool(const QJsonObject&)>& also = {}) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& store : kStores) {
            const TestApi::Feed feed = m_api->readFeed(u"pickups"_s, m_tokens.value(store), 500);
            for (const QJsonValue& value : feed.items) {
                const QJsonObject p = value.toObject();
                const QString state = p[u"state"].toString();
                const QDateTime deadline =
                    QDateTime::fromString(p[u"deadline"].toString(), Qt::ISODateWithMs);
                const bool overdue = state == u"ready" && deadline.isValid() && deadline < now.addSecs(-60);
                const bool waiting = state == u"ready" && deadline.isValid() && deadline > now.addDays(1);
                const bool fits = group == u"overdue" ? overdue
                                  : group == u"ready" ? waiting
                                                      : state == group;
                if (fits && !m_used.contains(p[u"id"].toString()) && (!also || also(p))) {
                    if (take)
                        m_used.insert(p[u"id"].toString());
                    return p;
                }
            }
        }
        return {};
    }
    // The pickup as the feed has it now.
    QJsonObject current(const QJsonObject& p) {
        const TestApi::Feed feed =
            m_api->readFeed(u"pickups"_s, m_tokens.value(p[u"store_id"].toString()), 500);
        for (const QJsonValue& value : feed.items) {
            if (value[u"id"] == p[u"id"])
                return value.toObject();
        }
        return {};
    }
    bool customerHas(const QJsonObject& p, const QString& field) const {
        return !m_customers.value(p[u"customer_id"].toString())[field].toString().isEmpty();
    }
    CommandClient client(const QJsonObject& p, const QString& staff = u"st-test-0001"_s) {
        return CommandClient(m_server->port(), m_tokens.value(p[u"store_id"].toString()), staff);
    }
    static QString path(const QJsonObject& p, const QString& command) {
        return u"/v1/pickups/%1/%2"_s.arg(p[u"id"].toString(), command);
    }
    static QString ifMatch(const QJsonObject& p) { return CommandClient::etagOf(p[u"version"].toInteger()); }
    QString code(const QJsonObject& p) {
        return m_api->get(u"/v1/test/pickups/%1/code"_s.arg(p[u"id"].toString()))
            .object()[u"code"]
            .toString();
    }
    // Every open piece of the pickup, for a full handover.
    static QJsonArray allLines(const QJsonObject& p) { return p[u"lines"].toArray(); }
};

} // namespace PickupServerSupport
