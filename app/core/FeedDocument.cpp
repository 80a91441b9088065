#include "FeedDocument.h"

#include "FeedDocumentItems.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Without the HTTP status, as FeedPage::fromJson.
Result<FeedPage> badPage(const QString& what) {
    return makeError(ErrorCode::kApiBadResponse, u"feed page: "_s + what);
}

} // namespace

FeedDocument::FeedDocument()
    : m_parsed(std::make_unique<Parsed>()) {}

FeedDocument::~FeedDocument() = default;

std::optional<Result<FeedPage>> FeedDocument::parsePage(const QByteArray& body) {
    std::shared_ptr<FeedDocument> document(new FeedDocument);
    Parsed& parsed = *document->m_parsed;
    parsed.body = simdjson::padded_string(body.constData(), size_t(body.size()));
    simdjson::dom::element root;
    simdjson::dom::object envelope;
    if (body.isEmpty() || parsed.parser.parse(parsed.body).get(root) || root.get_object().get(envelope))
        return std::nullopt;

    const auto items = lastMember(envelope, "items");
    const auto deleted = lastMember(envelope, "deleted");
    const auto nextCursor = lastMember(envelope, "next_cursor");
    const auto hasMore = lastMember(envelope, "has_more");
    if (!items || !items->is_array())
        return badPage(u"'items' missing or not an array"_s);
    if (!deleted || !deleted->is_array())
        return badPage(u"'deleted' missing or not an array"_s);
    if (!nextCursor || !nextCursor->is_string())
        return badPage(u"'next_cursor' missing or not a string"_s);
    if (!hasMore || !hasMore->is_bool())
        return badPage(u"'has_more' missing or not a boolean"_s);

    FeedPage page;
    parsed.items = items->get_array().value_unsafe();
    for (const simdjson::dom::element item : parsed.items) {
        if (!item.is_object())
            return badPage(u"an item is not an object"_s);
        ++document->m_itemCount;
    }
    simdjson::dom::array deletedIds;
    deletedIds = deleted->get_array().value_unsafe();
    for (const simdjson::dom::element id : deletedIds) {
        std::string_view text;
        if (id.get_string().get(text))
            return badPage(u"a deleted id is not a string"_s);
        page.deleted.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    const std::string_view cursor = nextCursor->get_string().value_unsafe();
    page.nextCursor = QString::fromUtf8(cursor.data(), qsizetype(cursor.size()));
    page.hasMore = hasMore->get_bool().value_unsafe();
    if (page.hasMore && page.nextCursor.isEmpty())
        return badPage(u"has_more without next_cursor"_s);
    page.document = std::move(document);
    return Result<FeedPage>(std::move(page));
}
