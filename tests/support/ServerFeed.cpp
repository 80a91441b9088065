#include "ServerFeed.h"

#include "ApiClient.h"
#include "CurlTransport.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxPages = 100000; // a feed that never ends is a server bug, not a long test

} // namespace

Result<ServerFeed> ServerFeed::fetch(const QUrl& server, const QString& token, const QString& feed,
                                     int pageSize) {
    CurlTransport transport;
    ApiClient api(transport, server, token);
    ServerFeed result;
    QString cursor;
    while (result.m_pages.size() < kMaxPages) {
        Result<FeedPage> page = api.fetchFeed(feed, cursor, pageSize);
        if (!page) {
            Error error = page.error();
            error.detail = u"%1 page %2: %3"_s.arg(feed).arg(result.m_pages.size() + 1).arg(error.detail);
            return error;
        }
        cursor = page->nextCursor;
        const bool more = page->hasMore;
        result.m_pages.append(std::move(page).value());
        if (!more)
            return result;
    }
    return makeError(u"test.endless_feed", feed);
}

int ServerFeed::pagesUpTo(const QString& cursor) const {
    if (cursor.isEmpty())
        return 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).nextCursor == cursor)
            return i + 1;
    }
    return -1;
}

ServerFeed::Versions ServerFeed::rowsAfter(int pages) const {
    Versions rows;
    for (int i = 0; i < pages && i < m_pages.size(); ++i) {
        for (const QJsonValue& item : m_pages.at(i).items) {
            const QJsonObject object = item.toObject();
            rows.insert(object.value(u"id").toString(), object.value(u"version").toInteger());
        }
        for (const QString& id : m_pages.at(i).deleted)
            rows.remove(id);
    }
    return rows;
}

QMap<QString, QJsonObject> ServerFeed::items() const {
    QMap<QString, QJsonObject> items;
    for (const FeedPage& page : m_pages) {
        for (const QJsonValue& item : page.items) {
            const QJsonObject object = item.toObject();
            items.insert(object.value(u"id").toString(), object);
        }
        for (const QString& id : page.deleted)
            items.remove(id);
    }
    return items;
}
