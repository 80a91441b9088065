#include "FeedPage.h"

#include "FeedDocument.h"

qsizetype FeedPage::itemCount() const {
    if (decoded.has_value())
        return decodedItems;
    return document ? document->itemCount() : items.size();
}

Result<FeedPage> FeedPage::fromJson(const QJsonObject& o) {
    auto bad = [](const QString& what) {
        return makeError(ErrorCode::kApiBadResponse, QStringLiteral("feed page: ") + what);
    };
    if (!o.value(u"items").isArray())
        return bad(QStringLiteral("'items' missing or not an array"));
    if (!o.value(u"deleted").isArray())
        return bad(QStringLiteral("'deleted' missing or not an array"));
    if (!o.value(u"next_cursor").isString())
        return bad(QStringLiteral("'next_cursor' missing or not a string"));
    if (!o.value(u"has_more").isBool())
        return bad(QStringLiteral("'has_more' missing or not a boolean"));

    FeedPage page;
    page.items = o.value(u"items").toArray();
    for (const QJsonValue& item : std::as_const(page.items)) {
        if (!item.isObject())
            return bad(QStringLiteral("an item is not an object"));
    }
    const QJsonArray deleted = o.value(u"deleted").toArray();
    for (const QJsonValue& id : deleted) {
        if (!id.isString())
            return bad(QStringLiteral("a deleted id is not a string"));
        page.deleted.append(id.toString());
    }
    page.nextCursor = o.value(u"next_cursor").toString();
    page.hasMore = o.value(u"has_more").toBool();
    if (page.hasMore && page.nextCursor.isEmpty())
        return bad(QStringLiteral("has_more without next_cursor"));
    return page;
}
