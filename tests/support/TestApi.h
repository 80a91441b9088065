#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace httplib {
class Client;
}

// A small HTTP client for integration tests of theke-server: plain requests, enrollment (also at any
// store through the test-mode route) and reading a whole sync feed page by page.
class TestApi {
public:
    struct Answer {
        int status = 0; // 0: no answer
        QByteArray body;
        QByteArray etag;
        QJsonObject object() const;
    };
    struct Feed {
        bool ok = false;
        int pages = 0;
        QJsonArray items;
        QStringList deleted;
        QString cursor;
        QList<QByteArray> rawItems; // each item's bytes as served, for byte-for-byte comparisons
    };

    explicit TestApi(quint16 port);
    ~TestApi();

    Answer get(const QString& pathAndQuery, const QString& token = {});
    Answer post(const QString& path, const QJsonObject& body, const QString& token = {});
    Answer del(const QString& path);

    // The device token for a one-time code, empty on failure.
    QString enroll(const QString& code);
    // Registers a fresh code for storeId (POST /v1/test/enrollment-codes) and enrolls with it.
    QString enrollAt(const QString& storeId);

    // Pages through feed from cursor with page size limit until has_more is false.
    Feed readFeed(const QString& feed, const QString& token, int limit, const QString& cursor = {});

private:
    std::unique_ptr<httplib::Client> m_client;
    int m_codes = 0;
};
