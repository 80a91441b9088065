#pragma once

#include "ConsentEvent.h"
#include "FeedDocument.h"

#include <QList>

// The consents feed's fast path: ConsentEvents straight from a parsed page (FeedDocument), with
// ConsentEventJson::fromJson's checks and messages (SpanFieldReader), without a QJsonObject per event.
namespace ConsentEventPageDecoder {
// Fails on the first bad item like RecordFeedApplier: "consents feed, item 3: consent event …".
Result<QList<ConsentEvent>> decode(const FeedDocument& document, const QString& feed);
} // namespace ConsentEventPageDecoder
