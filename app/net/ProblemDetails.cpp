#include "ProblemDetails.h"

#include "Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxDetailChars = 300;
// A problem document is a few hundred bytes; anything much larger is not one we want to parse.
constexpr qsizetype kMaxProblemBytes = 64 * 1024;
constexpr int kMaxRetryAfterSeconds = 24 * 60 * 60;

bool hasJsonContentType(const HttpResponse& response) {
    QByteArray type = response.header("content-type");
    if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed().toLower();
    // Some servers and proxies label problem documents plain application/json.
    return type == "application/problem+json" || type == "application/json";
}

std::optional<QJsonObject> problemObject(const HttpResponse& response) {
    if (!hasJsonContentType(response) || response.body.size() > kMaxProblemBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// The server's text ends up in logs and diagnostics: one line, bounded length.
QString sanitizedDetail(const QString& text) {
    QString clean;
    clean.reserve(std::min(text.size(), kMaxDetailChars + 1));
    for (const QChar c : text) {
        clean.append(c.category() == QChar::Other_Control ? u' ' : c);
        if (clean.size() > kMaxDetailChars)
            break;
    }
    clean = clean.simplified();
    if (clean.size() > kMaxDetailChars) {
        qsizetype cut = kMaxDetailChars;
        if (clean.at(cut - 1).isHighSurrogate())
            --cut; // never split a surrogate pair
        clean.truncate(cut);
        clean.append(u'…');
    }
    return clean;
}

QStringView codeForStatus(int status) {
    if (status == 401)
        return ErrorCode::kApiUnauthorized;
    if (status == 403)
        return ErrorCode::kApiForbidden;
    if (status == 404)
        return ErrorCode::kApiNotFound;
    if (status == 429)
        return ErrorCode::kApiRateLimited;
    if (status >= 500 && status <= 599)
        return ErrorCode::kApiServer;
    if (status >= 400 && status <= 499)
        return ErrorCode::kApiClient;
    // Redirects are not followed and 1xx never reach us as final answers: the server misbehaved.
    return ErrorCode::kApiBadResponse;
}

// Problem codes that get their own client error code; the rest are classified by status.
std::optional<QStringView> codeForProblem(const QString& problemCode) {
    if (problemCode == u"unauthorized")
        return QStringView(ErrorCode::kApiUnauthorized);
    if (problemCode == u"enrollment_code_invalid")
        return QStringView(ErrorCode::kApiInvalidEnrollCode);
    return std::nullopt;
}

} // namespace

namespace ProblemDetails {

QString problemCode(const HttpResponse& response) {
    const auto problem = problemObject(response);
    if (!problem)
        return {};
    return problem->value(u"code").toString();
}

Error toError(const HttpResponse& response) {
    const int status = response.status;
    QStringView code = codeForStatus(status);
    QString detail;

    if (const auto problem = problemObject(response)) {
        if (const auto special = codeForProblem(problem->value(u"code").toString()))
            code = *special;
        QString text = problem->value(u"detail").toString();
        if (text.trimmed().isEmpty())
            text = problem->value(u"title").toString();
        detail = sanitizedDetail(text);
    }
    if (detail.isEmpty())
        detail = u"HTTP %1 without problem details"_s.arg(status);
    if (const auto retryAfter = retryAfterSeconds(response))
        detail += u" (retry after %1 s)"_s.arg(*retryAfter);

    return makeError(code, detail, status);
}

std::optional<int> retryAfterSeconds(const HttpResponse& response, const QDateTime& now) {
    const QByteArray value = response.header("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(std::min<qlonglong>(seconds, kMaxRetryAfterSeconds));

    // IMF-fixdate, the only HTTP-date form senders may produce: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QDateTime parsed =
        QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime at(parsed.date(), parsed.time(), Qt::UTC);
    const qint64 delay = now.secsTo(at);
    return static_cast<int>(std::clamp<qint64>(delay, 0, kMaxRetryAfterSeconds));
}

} // namespace ProblemDetails
