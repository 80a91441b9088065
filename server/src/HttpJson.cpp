#include "HttpJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <httplib.h>

using namespace Qt::StringLiterals;

Result<QJsonObject> HttpJson::parseObject(const std::string& body)
{
    const QByteArray bytes = QByteArray::fromStdString(body);
    // Qt's JSON parser would quietly replace broken sequences; reject them instead of storing U+FFFD.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    if (utf8.hasError())
        return makeError(u"invalid_request", u"The request body is not valid UTF-8."_s, 400);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(u"invalid_request",
                         u"The request body is not valid JSON (%1 at offset %2)."_s.arg(parseError.errorString())
                             .arg(parseError.offset),
                         400);
    if (!document.isObject())
        return makeError(u"invalid_request", u"The request body must be a JSON object."_s, 400);
    return document.object();
}

void HttpJson::send(httplib::Response& response, int status, const QJsonObject& object)
{
    response.status = status;
    response.set_content(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}
