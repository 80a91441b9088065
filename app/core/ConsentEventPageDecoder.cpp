#include "ConsentEventPageDecoder.h"

#include "FeedDocumentItems.h"
#include "SpanFieldReader.h"

namespace {

QString text(std::string_view utf8) {
    return SpanFieldReader::text(utf8);
}

// ConsentEventJson::fromJson.
Result<ConsentEvent> decodeEvent(simdjson::dom::object object) {
    SpanFieldReader r(object, u"consent event");
    const std::string_view id = r.id();
    const std::string_view customerId = r.nonEmptyString("customer_id");
    const std::string_view purpose = r.enumValue("purpose", {"email", "sms", "phone", "personalised_offers"});
    const bool granted = r.boolean("granted");
    const std::string_view channel = r.channel("channel");
    const std::string_view storeId = r.nullableString("store_id");
    const std::string_view at = r.timestamp("changed_at");
    if (!r.ok())
        return r.error();
    ConsentEvent e;
    e.id = text(id);
    e.customerId = text(customerId);
    e.purpose = text(purpose);
    e.granted = granted;
    e.channel = text(channel);
    e.storeId = text(storeId);
    e.at = SpanFieldReader::utcTime(at);
    return e;
}

} // namespace

Result<QList<ConsentEvent>> ConsentEventPageDecoder::decode(const FeedDocument& document,
                                                            const QString& feed) {
    return decodeFeedItems<ConsentEvent>(document, feed, &decodeEvent);
}
