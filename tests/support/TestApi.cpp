#include "TestApi.h"

#include <QJsonDocument>
#include <QUrl>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

httplib::Headers headersFor(const QString& token) {
    httplib::Headers headers;
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    return headers;
}

TestApi::Answer answerOf(const httplib::Result& result) {
    TestApi::Answer answer;
    if (!result)
        return answer;
    answer.status = result->status;
    answer.body = QByteArray::fromStdString(result->body);
    answer.etag = QByteArray::fromStdString(result->get_header_value("ETag"));
    return answer;
}

// The items array of a feed page split into its elements' bytes (the page is compact JSON).
QList<QByteArray> splitItems(const QByteArray& page) {
    QList<QByteArray> items;
    const qsizetype start = page.indexOf("\"items\":[");
    if (start < 0)
        return items;
    int depth = 0;
    bool inString = false;
    qsizetype itemStart = -1;
    for (qsizetype i = start + 9; i < page.size(); ++i) {
        const char c = page[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (depth++ == 0)
                itemStart = i;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                break; // end of the items array
            if (--depth == 0)
                items.append(page.mid(itemStart, i - itemStart + 1));
        }
    }
    return items;
}

} // namespace

QJsonObject TestApi::Answer::object() const {
    return QJsonDocument::fromJson(body).object();
}

TestApi::TestApi(quint16 port)
    : m_client(std::make_unique<httplib::Client>("127.0.0.1", port)) {
    m_client->set_connection_timeout(5);
    m_client->set_read_timeout(60);
    m_client->set_keep_alive(true);
}

TestApi::~TestApi() = default;

TestApi::Answer TestApi::get(const QString& pathAndQuery, const QString& token) {
    return answerOf(m_client->Get(pathAndQuery.toStdString(), headersFor(token)));
}

TestApi::Answer TestApi::post(const QString& path, const QJsonObject& body, const QString& token) {
    return answerOf(m_client->Post(path.toStdString(), headersFor(token),
                                   QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                                   "application/json"));
}

TestApi::Answer TestApi::del(const QString& path) {
    return answerOf(m_client->Delete(path.toStdString()));
}

QString TestApi::enroll(const QString& code) {
    const Answer answer = post(u"/v1/devices/enroll"_s, QJsonObject{{u"code"_s, code}});
    return answer.status == 201 ? answer.object().value(u"token").toString() : QString();
}

QString TestApi::enrollAt(const QString& storeId) {
    const QString code = u"TEST-%1-%2"_s.arg(storeId).arg(++m_codes);
    const Answer added =
        post(u"/v1/test/enrollment-codes"_s, QJsonObject{{u"code"_s, code}, {u"store_id"_s, storeId}});
    return added.status == 201 ? enroll(code) : QString();
}

TestApi::Feed TestApi::readFeed(const QString& feed, const QString& token, int limit, const QString& cursor) {
    Feed result;
    result.cursor = cursor;
    for (;;) {
        QString path = u"/v1/sync/%1?limit=%2"_s.arg(feed).arg(limit);
        if (!result.cursor.isEmpty())
            path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(result.cursor));
        const Answer page = get(path, token);
        if (page.status != 200)
            return result;
        ++result.pages;
        const QJsonObject object = page.object();
        for (const QJsonValue& item : object.value(u"items").toArray())
            result.items.append(item);
        result.rawItems.append(splitItems(page.body));
        for (const QJsonValue& id : object.value(u"deleted").toArray())
            result.deleted.append(id.toString());
        result.cursor = object.value(u"next_cursor").toString();
        if (!object.value(u"has_more").toBool())
            break;
    }
    result.ok = true;
    return result;
}
