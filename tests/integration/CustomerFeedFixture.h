#pragma once

// Shared by the customers feed tests (tst_servercustomerfeed, tst_servercustomerchanges): a read-only
// server with the 2,000 demo customers and a test-mode server for the tests that change data.
#include "ServerApiSupport.h"

#include <QTest>

#include <memory>

// The test classes derive from this (after QObject), so their test functions use it unqualified.
class CustomerFeedFixture {
protected:
    // Called from initTestCase.
    void startDemoServer();
    void startMutableServer();

    std::unique_ptr<TestServer> m_server;  // 2,000 demo customers, read-only tests, no test mode
    std::unique_ptr<TestServer> m_mutable; // test mode, for the tests that change data
    QString m_token;
    QString m_mutableToken;
};

inline void CustomerFeedFixture::startDemoServer() {
    using namespace Qt::StringLiterals;
    using namespace ServerApiSupport;
    TestServer::Options options;
    options.demoCustomers = kDemoCustomers;
    options.seed = kSeed;
    options.enrollCodes = {u"SETUP-0001"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_token = enroll(*m_server, u"SETUP-0001"_s);
    QVERIFY(!m_token.isEmpty());
}

inline void CustomerFeedFixture::startMutableServer() {
    using namespace Qt::StringLiterals;
    using namespace ServerApiSupport;
    TestServer::Options mutableOptions;
    mutableOptions.demoCustomers = 200;
    mutableOptions.seed = 7;
    mutableOptions.enrollCodes = {u"MUTABLE-0001"_s};
    mutableOptions.extraArgs = {u"--test-mode"_s};
    m_mutable = std::make_unique<TestServer>(mutableOptions);
    QVERIFY2(m_mutable->start(), qPrintable(m_mutable->errorString()));
    m_mutableToken = enroll(*m_mutable, u"MUTABLE-0001"_s);
    QVERIFY(!m_mutableToken.isEmpty());
}
