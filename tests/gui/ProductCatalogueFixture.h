#pragma once

// Shared by the article tests (tst_productpanels, tst_productscans): the real theke-server's demo
// catalogue synced into a real cache, in German, and one sized, coloured article to look at.
#include "ApiClient.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "ProductRepository.h"
#include "SyncEngine.h"
#include "TestServer.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

inline QString firstSku(QSqlDatabase db, const QString& sql, const QString& bind = {}) {
    QSqlQuery query(db);
    query.prepare(sql);
    if (!bind.isEmpty())
        query.addBindValue(bind);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The test classes derive from this (after QObject), so their test functions use it unqualified.
class ProductCatalogueFixture {
protected:
    // Starts the server, enrols this device, pulls the catalogue and picks m_jacket; from initTestCase.
    void syncCatalogue() {
        using namespace Qt::StringLiterals;
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"de"_s), u"de"_s);
        TestServer::Options options;
        options.demoCustomers = 30;
        options.seed = 11;
        options.enrollCodes << u"ARTIKEL-1"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        CurlTransport transport;
        const Profile profile(m_dir.path());
        auto device = Enrollment::enroll(profile, transport, m_server->url(), u"ARTIKEL-1"_s, u"Kasse"_s);
        QVERIFY2(device, qPrintable(device.error().toString()));
        m_storeId = device->storeId;
        auto db = Database::open(profile.databasePath());
        QVERIFY(db);
        m_db = std::move(db).value();
        ApiClient api(transport, m_server->url(), profile.readToken().value());
        SyncEngine engine(*m_db, api);
        for (const QString& feed : {u"stores"_s, u"products"_s, u"stock"_s, u"customers"_s}) {
            const auto pulled = engine.pull(feed);
            QVERIFY2(pulled, qPrintable(pulled.error().toString()));
        }
        QVERIFY(ProductRepository(m_db->sql()).count().value() >= 2000);

        const QString sku = firstSku(
            m_db->sql(),
            u"SELECT p.sku FROM products p JOIN stock here ON here.sku = p.sku AND here.location = ? "
            u"JOIN stock online ON online.sku = p.sku AND online.location = 'ONLINE' "
            u"WHERE p.size IS NOT NULL AND p.colour IS NOT NULL AND here.quantity > 0 AND online.quantity > "
            u"0 "
            u"AND (SELECT count(*) FROM products v WHERE v.name = p.name AND v.brand = p.brand) >= 3 "
            u"ORDER BY p.rowid LIMIT 1"_s,
            m_storeId);
        QVERIFY(!sku.isEmpty());
        m_jacket = product(sku);
    }

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_storeId;
    Product m_jacket; // a sized, coloured article with pieces here and online

    Product product(const QString& sku) { return ProductRepository(m_db->sql()).findBySku(sku).value(); }
};
