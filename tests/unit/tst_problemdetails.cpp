#include "ProblemDetails.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kProblemType = QByteArrayLiteral("application/problem+json");
// A marker that must never show up in an error: bodies may be HTML pages or carry data.
const QByteArray kLeakMarker = QByteArrayLiteral("leak-marker-4711");

HttpResponse response(int status, const QByteArray& contentType, const QByteArray& body) {
    HttpResponse r;
    r.status = status;
    if (!contentType.isEmpty())
        r.headers.insert("content-type", contentType);
    r.body = body;
    return r;
}

} // namespace

// Mapping of non-2xx answers to stable error codes without leaking bodies.
class TstProblemDetails : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toErrorMapsStatusAndProblemCode_data();
    void toErrorMapsStatusAndProblemCode();
    void nonProblemBodiesNeverLeakIntoDetail_data();
    void nonProblemBodiesNeverLeakIntoDetail();
    void problemDetailIsOneBoundedLine();
    void titleStandsInForMissingDetail();
    void problemCodeReadsOnlyProblemJson();
    void retryAfterParsesSecondsAndDates_data();
    void retryAfterParsesSecondsAndDates();
    void retryAfterAppearsInDetail();
};

void TstProblemDetails::toErrorMapsStatusAndProblemCode_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("expectedDetail");

    const auto problem = [](int status, const char* code, const char* detail) {
        return QByteArray(R"({"type":"about:blank","title":"T","status":)") + QByteArray::number(status) +
               R"(,"code":")" + code + R"(","detail":")" + detail + R"("})";
    };

    QTest::newRow("401 problem unauthorized")
        << 401 << kProblemType << problem(401, "unauthorized", "token revoked")
        << ErrorCode::kApiUnauthorized.toString() << u"token revoked"_s;
    QTest::newRow("403 enrollment_code_invalid")
        << 403 << kProblemType << problem(403, "enrollment_code_invalid", "code unknown or used")
        << ErrorCode::kApiInvalidEnrollCode.toString() << u"code unknown or used"_s;
    QTest::newRow("400 enrollment_code_invalid")
        << 400 << kProblemType << problem(400, "enrollment_code_invalid", "bad code")
        << ErrorCode::kApiInvalidEnrollCode.toString() << u"bad code"_s;
    QTest::newRow("403 other code") << 403 << kProblemType << problem(403, "role_required", "manager only")
                                    << ErrorCode::kApiForbidden.toString() << u"manager only"_s;
    QTest::newRow("404 problem") << 404 << kProblemType << problem(404, "not_found", "no such order")
                                 << ErrorCode::kApiNotFound.toString() << u"no such order"_s;
    QTest::newRow("409 conflict") << 409 << kProblemType << problem(409, "conflict", "changed meanwhile")
                                  << ErrorCode::kApiClient.toString() << u"changed meanwhile"_s;
    QTest::newRow("422 rule") << 422 << kProblemType
                              << problem(422, "return_quantity", "exceeds what is left")
                              << ErrorCode::kApiClient.toString() << u"exceeds what is left"_s;
    QTest::newRow("429 problem") << 429 << kProblemType << problem(429, "rate_limited", "slow down")
                                 << ErrorCode::kApiRateLimited.toString() << u"slow down"_s;
    QTest::newRow("500 problem") << 500 << kProblemType << problem(500, "internal", "oops")
                                 << ErrorCode::kApiServer.toString() << u"oops"_s;
    QTest::newRow("problem as application/json")
        << 401 << QByteArrayLiteral("application/json; charset=utf-8")
        << problem(401, "unauthorized", "expired") << ErrorCode::kApiUnauthorized.toString() << u"expired"_s;
    QTest::newRow("401 without body")
        << 401 << QByteArray() << QByteArray() << ErrorCode::kApiUnauthorized.toString()
        << u"HTTP 401 without problem details"_s;
    QTest::newRow("403 without body")
        << 403 << QByteArray() << QByteArray() << ErrorCode::kApiForbidden.toString()
        << u"HTTP 403 without problem details"_s;
    QTest::newRow("418 plain") << 418 << QByteArrayLiteral("text/plain") << QByteArrayLiteral("teapot")
                               << ErrorCode::kApiClient.toString() << u"HTTP 418 without problem details"_s;
    QTest::newRow("503 plain") << 503 << QByteArray() << QByteArray() << ErrorCode::kApiServer.toString()
                               << u"HTTP 503 without problem details"_s;
    QTest::newRow("302 redirect") << 302 << QByteArray() << QByteArray()
                                  << ErrorCode::kApiBadResponse.toString()
                                  << u"HTTP 302 without problem details"_s;
}

void TstProblemDetails::toErrorMapsStatusAndProblemCode() {
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCode);
    QFETCH(QString, expectedDetail);

    const Error error = ProblemDetails::toError(response(status, contentType, body));
    QCOMPARE(error.code, expectedCode);
    QCOMPARE(error.detail, expectedDetail);
    QCOMPARE(error.httpStatus, status);
}

void TstProblemDetails::nonProblemBodiesNeverLeakIntoDetail_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("html 502") << 502 << QByteArrayLiteral("text/html")
                              << "<html><body>Bad gateway " + kLeakMarker + "</body></html>"
                              << ErrorCode::kApiServer.toString();
    QTest::newRow("plain 400") << 400 << QByteArrayLiteral("text/plain") << "customer " + kLeakMarker
                               << ErrorCode::kApiClient.toString();
    QTest::newRow("json but no problem type")
        << 500 << QByteArrayLiteral("text/plain") << R"({"detail":")" + kLeakMarker + R"("})"
        << ErrorCode::kApiServer.toString();
    QTest::newRow("broken problem json")
        << 401 << kProblemType << R"({"detail":")" + kLeakMarker << ErrorCode::kApiUnauthorized.toString();
    QTest::newRow("problem array") << 403 << kProblemType << "[\"" + kLeakMarker + "\"]"
                                   << ErrorCode::kApiForbidden.toString();
    QTest::newRow("no content type") << 503 << QByteArray() << kLeakMarker
                                     << ErrorCode::kApiServer.toString();
}

void TstProblemDetails::nonProblemBodiesNeverLeakIntoDetail() {
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCode);

    const HttpResponse r = response(status, contentType, body);
    const Error error = ProblemDetails::toError(r);
    QCOMPARE(error.code, expectedCode);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(!error.toString().contains(QString::fromLatin1(kLeakMarker)), qPrintable(error.toString()));
    QCOMPARE(error.detail, u"HTTP %1 without problem details"_s.arg(status));
    QVERIFY(ProblemDetails::problemCode(r).isEmpty());
}

void TstProblemDetails::problemDetailIsOneBoundedLine() {
    // JSON escapes for a newline and a tab: the server's text must not break log lines.
    const QByteArray longDetail = "first line\\nsecond\\tline " + QByteArray(5000, 'a');
    const QByteArray body = R"({"code":"x","detail":")" + longDetail + "\"}";
    const Error error = ProblemDetails::toError(response(500, kProblemType, body));
    QCOMPARE(error.code, ErrorCode::kApiServer.toString());
    QVERIFY2(error.detail.size() <= 301, qPrintable(QString::number(error.detail.size())));
    QVERIFY(error.detail.startsWith(u"first line second line aaa"_s));
    QVERIFY(!error.detail.contains(u'\n'));
    QVERIFY(error.detail.endsWith(u'…'));
}

void TstProblemDetails::titleStandsInForMissingDetail() {
    const Error error =
        ProblemDetails::toError(response(404, kProblemType, R"({"title":"Order not found","code":"nf"})"));
    QCOMPARE(error.code, ErrorCode::kApiNotFound.toString());
    QCOMPARE(error.detail, u"Order not found"_s);
}

void TstProblemDetails::problemCodeReadsOnlyProblemJson() {
    QCOMPARE(ProblemDetails::problemCode(response(409, kProblemType, R"({"code":"version_conflict"})")),
             u"version_conflict"_s);
    QCOMPARE(ProblemDetails::problemCode(
                 response(409, "application/problem+json; charset=utf-8", R"({"code":"stale"})")),
             u"stale"_s);
    QVERIFY(ProblemDetails::problemCode(response(409, "text/html", R"({"code":"x"})")).isEmpty());
    QVERIFY(ProblemDetails::problemCode(response(409, kProblemType, R"({"detail":"no code"})")).isEmpty());
    QVERIFY(ProblemDetails::problemCode(response(409, kProblemType, "not json")).isEmpty());
}

void TstProblemDetails::retryAfterParsesSecondsAndDates_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected"); // -1: nullopt

    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArrayLiteral("120") << 120;
    QTest::newRow("zero") << QByteArrayLiteral("0") << 0;
    QTest::newRow("spaces") << QByteArrayLiteral(" 7 ") << 7;
    QTest::newRow("negative") << QByteArrayLiteral("-5") << -1;
    QTest::newRow("huge clamped") << QByteArrayLiteral("99999999999") << 86400;
    QTest::newRow("garbage") << QByteArrayLiteral("soon") << -1;
    QTest::newRow("http date") << QByteArrayLiteral("Wed, 21 Oct 2015 07:28:30 GMT") << 30;
    QTest::newRow("http date in the past") << QByteArrayLiteral("Wed, 21 Oct 2015 07:00:00 GMT") << 0;
}

void TstProblemDetails::retryAfterParsesSecondsAndDates() {
    QFETCH(QByteArray, header);
    QFETCH(int, expected);

    HttpResponse r = response(503, {}, {});
    if (!header.isNull())
        r.headers.insert("retry-after", header);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    const std::optional<int> seconds = ProblemDetails::retryAfterSeconds(r, now);
    if (expected < 0) {
        QVERIFY(!seconds.has_value());
    } else {
        QVERIFY(seconds.has_value());
        QCOMPARE(*seconds, expected);
    }
}

void TstProblemDetails::retryAfterAppearsInDetail() {
    HttpResponse r = response(429, kProblemType, R"({"code":"rate_limited","detail":"slow down"})");
    r.headers.insert("retry-after", "30");
    const Error error = ProblemDetails::toError(r);
    QCOMPARE(error.code, ErrorCode::kApiRateLimited.toString());
    QCOMPARE(error.detail, u"slow down (retry after 30 s)"_s);
}

QTEST_GUILESS_MAIN(TstProblemDetails)
#include "tst_problemdetails.moc"
