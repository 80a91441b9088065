// theke-server compresses feed pages by what the client accepts: zstd first (several times cheaper
// than gzip on both ends, which matters for a big store's first sync), else gzip, else not at all; a
// coding refused with q=0 is never used, and small answers stay plain. The device's own transport
// (libcurl, which offers every coding it can decode) gets the same page, decoded, as a plain request.
#include "CurlTransport.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <httplib.h>
#include <zlib.h>
#include <zstd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray gunzip(const std::string& data) {
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = uInt(data.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

QByteArray unzstd(const std::string& data) {
    const unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        return {};
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t written = ZSTD_decompress(out.data(), out.size(), data.data(), data.size());
    return ZSTD_isError(written) || written != size ? QByteArray() : out;
}

} // namespace

class TestServerEncoding : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QString m_token;
    QByteArray m_plainPage; // /v1/sync/customers?limit=500 without compression

    httplib::Result rawGet(const std::string& path, const std::string& acceptEncoding) {
        httplib::Client client("127.0.0.1", m_server->port());
        client.set_decompress(false); // the bytes as sent
        httplib::Headers headers{{"Authorization", "Bearer " + m_token.toStdString()}};
        if (!acceptEncoding.empty())
            headers.emplace("Accept-Encoding", acceptEncoding);
        return client.Get(path, headers);
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 600;
        options.seed = 5;
        options.enrollCodes = {u"ENC-1"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_token = TestApi(m_server->port()).enroll(u"ENC-1"_s);
        QVERIFY(!m_token.isEmpty());

        const httplib::Result plain = rawGet("/v1/sync/customers?limit=500", "");
        QVERIFY(plain);
        QCOMPARE(plain->status, 200);
        QVERIFY(!plain->has_header("Content-Encoding"));
        m_plainPage = QByteArray::fromStdString(plain->body);
        QCOMPARE(QJsonDocument::fromJson(m_plainPage).object().value(u"items").toArray().size(), 500);
    }

    void pageIsEncodedAsTheClientAccepts_data() {
        QTest::addColumn<QString>("acceptEncoding");
        QTest::addColumn<QString>("expected"); // Content-Encoding, empty: none
        QTest::newRow("zstd and gzip") << u"gzip, deflate, br, zstd"_s << u"zstd"_s;
        QTest::newRow("zstd only") << u"zstd"_s << u"zstd"_s;
        QTest::newRow("gzip only") << u"gzip"_s << u"gzip"_s;
        QTest::newRow("zstd refused") << u"zstd;q=0, gzip"_s << u"gzip"_s;
        QTest::newRow("both refused") << u"zstd;q=0.000, gzip;q=0"_s << QString();
        QTest::newRow("identity") << u"identity"_s << QString();
        QTest::newRow("brotli only") << u"br"_s << QString();
        QTest::newRow("upper case") << u"ZSTD"_s << u"zstd"_s;
    }
    void pageIsEncodedAsTheClientAccepts() {
        QFETCH(QString, acceptEncoding);
        QFETCH(QString, expected);
        const httplib::Result result = rawGet("/v1/sync/customers?limit=500", acceptEncoding.toStdString());
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(QString::fromStdString(result->get_header_value("Content-Encoding")), expected);
        QByteArray body;
        if (expected == u"zstd")
            body = unzstd(result->body);
        else if (expected == u"gzip")
            body = gunzip(result->body);
        else
            body = QByteArray::fromStdString(result->body);
        QCOMPARE(body, m_plainPage);
        if (!expected.isEmpty()) {
            QVERIFY2(result->body.size() * 3 < size_t(m_plainPage.size()),
                     "a compressed page should be far smaller");
            QCOMPARE(QString::fromStdString(result->get_header_value("Vary")), u"Accept-Encoding"_s);
        }
    }

    void smallAnswerStaysPlain() {
        const httplib::Result result = rawGet("/v1/sync/customers?limit=1", "zstd, gzip");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QVERIFY(!result->has_header("Content-Encoding"));
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(result->body))
                     .object()
                     .value(u"items")
                     .toArray()
                     .size(),
                 1);
    }

    void deviceTransportGetsZstdDecoded() {
        CurlTransport transport;
        HttpRequest request;
        request.url = QUrl(m_server->url().toString() + u"/v1/sync/customers?limit=500"_s);
        request.headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
        const Result<HttpResponse> response = transport.send(request);
        QVERIFY(response.ok());
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("content-encoding"), QByteArray("zstd"));
        QCOMPARE(response->body, m_plainPage);
    }
};

QTEST_GUILESS_MAIN(TestServerEncoding)
#include "tst_serverencoding.moc"
