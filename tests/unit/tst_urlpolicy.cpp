#include "UrlPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Which server URLs the client talks to, and how typed addresses become base URLs.
class TstUrlPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkAllowsHttpsAndLoopbackHttpOnly_data();
    void checkAllowsHttpsAndLoopbackHttpOnly();
    void loopbackHostsAreRecognisedExactly_data();
    void loopbackHostsAreRecognisedExactly();
    void parseServerUrlNormalisesWhatUsersType_data();
    void parseServerUrlNormalisesWhatUsersType();
    void parseServerUrlRejectsUnusableAddresses_data();
    void parseServerUrlRejectsUnusableAddresses();
};

void TstUrlPolicy::checkAllowsHttpsAndLoopbackHttpOnly_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedCode"); // empty: allowed

    QTest::newRow("https anywhere") << u"https://theke.example.de/v1/health"_s << QString();
    QTest::newRow("https with port") << u"https://10.0.0.5:8443/api"_s << QString();
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v1/health"_s << QString();
    QTest::newRow("http 127.x.y.z") << u"http://127.20.30.40/"_s << QString();
    QTest::newRow("http 127 shorthand") << u"http://127.1:8080/"_s << QString();
    QTest::newRow("http localhost") << u"http://localhost:8080/"_s << QString();
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/"_s << QString();
    QTest::newRow("http ::1") << u"http://[::1]:8080/"_s << QString();
    QTest::newRow("http ::1 long form") << u"http://[0:0:0:0:0:0:0:1]/"_s << QString();
    QTest::newRow("http LAN refused")
        << u"http://192.168.1.20:8080/"_s << ErrorCode::kNetInsecureUrl.toString();
    QTest::newRow("http public refused")
        << u"http://theke.example.de/"_s << ErrorCode::kNetInsecureUrl.toString();
    QTest::newRow("http 128.0.0.1 refused")
        << u"http://128.0.0.1/"_s << ErrorCode::kNetInsecureUrl.toString();
    QTest::newRow("http 127 prefix of a name")
        << u"http://127.0.0.1.evil.example/"_s << ErrorCode::kNetInsecureUrl.toString();
    QTest::newRow("http localhost subdomain")
        << u"http://localhost.evil.example/"_s << ErrorCode::kNetInsecureUrl.toString();
    QTest::newRow("http ::2 refused") << u"http://[::2]/"_s << ErrorCode::kNetInsecureUrl.toString();
    QTest::newRow("ftp refused") << u"ftp://theke.example.de/"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("file refused") << u"file:///etc/passwd"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("no host") << u"https:///v1"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("relative") << u"/v1/health"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("garbage") << u"::::"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("empty") << QString() << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("credentials") << u"https://user:pw@theke.example.de/"_s
                                 << ErrorCode::kNetInvalidUrl.toString();
}

void TstUrlPolicy::checkAllowsHttpsAndLoopbackHttpOnly() {
    QFETCH(QString, url);
    QFETCH(QString, expectedCode);

    const Status status = UrlPolicy::check(QUrl(url));
    if (expectedCode.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, expectedCode);
    }
}

void TstUrlPolicy::loopbackHostsAreRecognisedExactly_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("Localhost") << u"Localhost"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("mapped 127") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("localhost.") << u"localhost."_s << false;
    QTest::newRow("a.localhost") << u"a.localhost"_s << false;
    QTest::newRow("127.0.0.256") << u"127.0.0.256"_s << false;
    QTest::newRow("127.0.0") << u"127.0.0"_s << false;
    QTest::newRow("127.0.0.1.x") << u"127.0.0.1.x"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("mapped LAN") << u"::ffff:10.0.0.1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TstUrlPolicy::loopbackHostsAreRecognisedExactly() {
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(UrlPolicy::isLoopbackHost(host), loopback);
}

void TstUrlPolicy::parseServerUrlNormalisesWhatUsersType_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bare host gets https") << u"theke.example.de"_s << u"https://theke.example.de"_s;
    QTest::newRow("bare host with port") << u"theke.example.de:8443"_s << u"https://theke.example.de:8443"_s;
    QTest::newRow("loopback ip gets http") << u"127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("localhost gets http") << u"localhost:8080"_s << u"http://localhost:8080"_s;
    QTest::newRow("https trailing slash") << u"https://theke.example.de/"_s << u"https://theke.example.de"_s;
    QTest::newRow("many trailing slashes")
        << u"https://theke.example.de///"_s << u"https://theke.example.de"_s;
    QTest::newRow("path kept") << u"https://example.de/api/"_s << u"https://example.de/api"_s;
    QTest::newRow("bare host with path") << u"example.de/theke/api"_s << u"https://example.de/theke/api"_s;
    QTest::newRow("surrounding spaces") << u"  https://example.de  "_s << u"https://example.de"_s;
    QTest::newRow("upper-case scheme and host") << u"HTTPS://Example.DE"_s << u"https://example.de"_s;
    QTest::newRow("explicit http loopback") << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("explicit https loopback") << u"https://localhost:8443"_s << u"https://localhost:8443"_s;
}

void TstUrlPolicy::parseServerUrlNormalisesWhatUsersType() {
    QFETCH(QString, typed);
    QFETCH(QString, expected);

    const Result<QUrl> url = UrlPolicy::parseServerUrl(typed);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().toString()));
    QCOMPARE(url->toString(), expected);
}

void TstUrlPolicy::parseServerUrlRejectsUnusableAddresses_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("empty") << QString() << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("only spaces") << u"   "_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("inner space") << u"theke example.de"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("ftp") << u"ftp://theke.example.de"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("credentials") << u"https://user:secret@example.de"_s
                                 << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("user only") << u"https://user@example.de"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("bad port") << u"example.de:99999"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("query") << u"https://example.de/?x=1"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("garbage") << u"::/::"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("control character") << u"example.de\x07"_s << ErrorCode::kNetInvalidUrl.toString();
    QTest::newRow("http LAN") << u"http://192.168.1.20:8080"_s << ErrorCode::kNetInsecureUrl.toString();
    QTest::newRow("http public") << u"http://theke.example.de"_s << ErrorCode::kNetInsecureUrl.toString();
}

void TstUrlPolicy::parseServerUrlRejectsUnusableAddresses() {
    QFETCH(QString, typed);
    QFETCH(QString, expectedCode);

    const Result<QUrl> url = UrlPolicy::parseServerUrl(typed);
    QVERIFY2(!url.ok(), qPrintable(url.ok() ? url->toString() : QString()));
    QCOMPARE(url.error().code, expectedCode);
}

QTEST_GUILESS_MAIN(TstUrlPolicy)
#include "tst_urlpolicy.moc"
