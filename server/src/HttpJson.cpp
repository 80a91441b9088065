#include "HttpJson.h"

#include "ResponseEncoding.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <httplib.h>

#include <memory>

using namespace Qt::StringLiterals;

Result<QJsonObject> HttpJson::parseObject(const std::string& body) {
    const QByteArray bytes = QByteArray::fromStdString(body);
    // Qt's JSON parser would quietly replace broken sequences; reject them instead of storing U+FFFD.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    if (utf8.hasError())
        return makeError(u"invalid_request", u"The request body is not valid UTF-8."_s, 400);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            u"invalid_request",
            u"The request body is not valid JSON (%1 at offset %2)."_s.arg(parseError.errorString())
                .arg(parseError.offset),
            400);
    if (!document.isObject())
        return makeError(u"invalid_request", u"The request body must be a JSON object."_s, 400);
    return document.object();
}

void HttpJson::send(const httplib::Request& request, httplib::Response& response, int status,
                    const QJsonObject& object) {
    sendText(request, response, status, QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
}

void HttpJson::sendText(const httplib::Request& request, httplib::Response& response, int status,
                        std::string json) {
    constexpr size_t kCompressFrom = 4096; // below this compression saves less than its own overhead
    response.status = status;
    auto body = std::make_shared<std::string>(std::move(json));
    const ResponseEncoding::Coding coding =
        ResponseEncoding::choose(request.get_header_value("Accept-Encoding"));
    if (body->size() >= kCompressFrom && coding != ResponseEncoding::Coding::Identity) {
        if (std::optional<std::string> encoded = ResponseEncoding::encode(coding, *body)) {
            *body = std::move(*encoded);
            response.set_header("Content-Encoding", ResponseEncoding::headerValue(coding));
        }
        response.set_header("Vary", "Accept-Encoding");
    }
    // Always a content provider with a known length: httplib sends that as is, while a plain body would
    // get its own compression (brotli at the slowest setting whenever the client offers "br").
    response.set_content_provider(body->size(), "application/json",
                                  [body](size_t offset, size_t length, httplib::DataSink& sink) {
                                      return sink.write(body->data() + offset, length);
                                  });
}
