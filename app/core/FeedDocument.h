#pragma once

#include "FeedPage.h"
#include "Result.h"

#include <QByteArray>

#include <memory>
#include <optional>

// A feed page's body parsed once with simdjson, kept with the page (FeedPage::document) so the sync's
// decoding thread reads the items from it without parsing again, and without a QJsonArray of every
// row. The envelope (items, deleted, next_cursor, has_more) is checked exactly as FeedPage::fromJson
// does. simdjson's types stay out of this header: the decoders reach the items through
// FeedDocumentItems.h.
class FeedDocument {
public:
    ~FeedDocument();
    FeedDocument(const FeedDocument&) = delete;
    FeedDocument& operator=(const FeedDocument&) = delete;

    // The page in body, its items left in the document; a bad envelope fails with FeedPage::fromJson's
    // api.bad_response. Nullopt when body is no JSON object to simdjson (empty, truncated, invalid
    // UTF-8 or JSON, a lone surrogate escape, …): then QJsonDocument is to read it as before, so
    // such a body is accepted or refused, and the refusal worded, exactly as before.
    static std::optional<Result<FeedPage>> parsePage(const QByteArray& body);

    qsizetype itemCount() const { return m_itemCount; }

    struct Parsed; // the padded body, the simdjson parser owning the document, the items array
    const Parsed& parsed() const { return *m_parsed; }

private:
    FeedDocument();

    std::unique_ptr<Parsed> m_parsed;
    qsizetype m_itemCount = 0;
};
