#include "CommandClient.h"

#include <QJsonDocument>
#include <QUuid>

#include <httplib.h>

QJsonObject CommandClient::Answer::object() const {
    return QJsonDocument::fromJson(body).object();
}

CommandClient::CommandClient(quint16 port, QString token, QString staffId)
    : m_client(std::make_unique<httplib::Client>("127.0.0.1", port))
    , m_token(std::move(token))
    , m_staff(std::move(staffId)) {
    m_client->set_connection_timeout(5);
    m_client->set_read_timeout(60);
    m_client->set_keep_alive(true);
    // httplib writes a request's headers and body separately; without this, Nagle and the peer's delayed
    // ACK hold back every command with a body by about 40 ms (libcurl, as the app uses it, sets it too).
    m_client->set_tcp_nodelay(true);
}

CommandClient::~CommandClient() = default;

QString CommandClient::newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

CommandClient::Answer CommandClient::get(const QString& pathAndQuery) {
    const httplib::Result result =
        m_client->Get(pathAndQuery.toStdString(), {{"Authorization", "Bearer " + m_token.toStdString()}});
    Answer answer;
    if (!result)
        return answer;
    answer.status = result->status;
    answer.body = QByteArray::fromStdString(result->body);
    answer.etag = QByteArray::fromStdString(result->get_header_value("ETag"));
    answer.contentType = QByteArray::fromStdString(result->get_header_value("Content-Type"));
    return answer;
}

CommandClient::Answer CommandClient::send(const QString& method, const QString& path, const QJsonObject& body,
                                          const QString& ifMatch, const QString& key) {
    return sendRaw(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), ifMatch, key);
}

CommandClient::Answer CommandClient::sendRaw(const QString& method, const QString& path,
                                             const QByteArray& body, const QString& ifMatch,
                                             const QString& key) {
    httplib::Headers headers{{"Authorization", "Bearer " + m_token.toStdString()},
                             {"Idempotency-Key", (key.isEmpty() ? newKey() : key).toStdString()}};
    if (!m_staff.isEmpty())
        headers.emplace("X-Theke-Staff", m_staff.toStdString());
    if (!ifMatch.isNull())
        headers.emplace("If-Match", ifMatch.toStdString());
    const std::string text = body.toStdString();
    const httplib::Result result =
        method == QLatin1String("PUT")
            ? m_client->Put(path.toStdString(), headers, text, "application/json")
            : m_client->Post(path.toStdString(), headers, text, "application/json");
    Answer answer;
    if (!result)
        return answer;
    answer.status = result->status;
    answer.body = QByteArray::fromStdString(result->body);
    answer.etag = QByteArray::fromStdString(result->get_header_value("ETag"));
    answer.location = QByteArray::fromStdString(result->get_header_value("Location"));
    answer.retryAfter = QByteArray::fromStdString(result->get_header_value("Retry-After"));
    answer.contentType = QByteArray::fromStdString(result->get_header_value("Content-Type"));
    answer.replayed = result->get_header_value("Idempotent-Replayed") == "true";
    return answer;
}
