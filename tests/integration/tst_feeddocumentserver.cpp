// The real theke-server's demo orders, customers and consent events, fetched page by page as the
// sync fetches them (ApiClient over libcurl), once as QJsonArrays and once as FeedDocuments, land as
// the same rows in two real caches (every column), so the simdjson path reads what the server
// writes exactly as the QJsonDocument path does.
#include "../support/FeedCache.h"

#include "ApiClient.h"
#include "CurlTransport.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedDocumentServer : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token;

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 400;
        options.seed = 23;
        options.enrollCodes = {u"SPAN-1"_s};
        options.extraArgs = {u"--test-mode"_s, u"--demo-now"_s, u"2025-06-01"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enroll(u"SPAN-1"_s);
        QVERIFY(!m_token.isEmpty());
    }

    void bothPathsWriteTheSameRows_data() {
        QTest::addColumn<QString>("feed");
        QTest::newRow("orders") << u"orders"_s;
        QTest::newRow("customers") << u"customers"_s;
        QTest::newRow("consents") << u"consents"_s;
    }
    void bothPathsWriteTheSameRows() {
        QFETCH(QString, feed);
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        FeedCache json;
        FeedCache simd;
        QString cursor;
        int pages = 0;
        bool more = true;
        while (more) {
            Result<FeedPage> before = api.fetchFeed(feed, cursor, 97, FeedItems::Json);
            Result<FeedPage> after = api.fetchFeed(feed, cursor, 97, FeedItems::Document);
            QVERIFY2(before.ok(), qPrintable(before.error().detail));
            QVERIFY2(after.ok(), qPrintable(after.error().detail));
            QVERIFY(after->document);
            QCOMPARE(after->itemCount(), before->itemCount());
            QCOMPARE(after->nextCursor, before->nextCursor);
            cursor = after->nextCursor;
            more = after->hasMore;
            // Decoded ahead on every other page, by apply() on the rest, as a sync may do.
            const bool ahead = pages % 2 == 0;
            const Status written = json.write(feed, std::move(before).value(), ahead);
            QVERIFY2(written.ok(), qPrintable(written.error().detail));
            const Status writtenToo = simd.write(feed, std::move(after).value(), ahead);
            QVERIFY2(writtenToo.ok(), qPrintable(writtenToo.error().detail));
            QVERIFY(++pages < 1000);
        }
        QVERIFY2(pages > 3, "the demo data fills several pages");
        for (const QString& table : FeedCache::tablesOf(feed)) {
            const QStringList expected = json.rows(table);
            QVERIFY(!expected.isEmpty());
            const QStringList actual = simd.rows(table);
            QCOMPARE(actual.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i)
                QCOMPARE(actual.at(i), expected.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedDocumentServer)
#include "tst_feeddocumentserver.moc"
