#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace httplib {
class Client;
}

// Sends Store API commands the way a device's outbox does: bearer token, a fresh (or a given)
// Idempotency-Key, X-Theke-Staff and, when asked, If-Match. One per thread (httplib clients are not
// shared between threads).
class CommandClient {
public:
    struct Answer {
        int status = 0; // 0: no answer
        QByteArray body;
        QByteArray etag;
        QByteArray location; // Location, for commands that create a row
        QByteArray contentType;
        QByteArray retryAfter; // Retry-After, as sent
        bool replayed = false; // Idempotent-Replayed: true
        QJsonObject object() const;
        QString code() const { return object().value(QStringLiteral("code")).toString(); }
    };

    CommandClient(quint16 port, QString token, QString staffId = {});
    ~CommandClient();

    void setStaff(const QString& staffId) { m_staff = staffId; }

    // method is POST or PUT. ifMatch is sent as is when not null; key is a new UUID when empty.
    Answer send(const QString& method, const QString& path, const QJsonObject& body,
                const QString& ifMatch = {}, const QString& key = {});
    Answer sendRaw(const QString& method, const QString& path, const QByteArray& body, const QString& ifMatch,
                   const QString& key);

    // A plain GET with the token on the same connection (e.g. feed pages between commands).
    Answer get(const QString& pathAndQuery);

    static QString newKey();
    static QString etagOf(qint64 version) { return QStringLiteral("\"%1\"").arg(version); }

private:
    std::unique_ptr<httplib::Client> m_client;
    QString m_token;
    QString m_staff;
};
