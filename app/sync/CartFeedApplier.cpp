#include "CartFeedApplier.h"

#include "CartChanges.h"
#include "CartJson.h"
#include "OutboxRepository.h"

using namespace Qt::StringLiterals;

CartFeedApplier::CartFeedApplier(QSqlDatabase db)
    : m_db(db)
    , m_records(u"carts"_s, db, &CartJson::fromJson) {}

QString CartFeedApplier::feed() const {
    return u"carts"_s;
}

void CartFeedApplier::decode(FeedPage& page) const {
    m_records.decode(page);
}

Status CartFeedApplier::apply(const FeedPage& page) {
    if (Status s = m_records.apply(page); !s)
        return s;
    // One outbox query per page; only carts with a change still standing need the overlay.
    const Result<QStringList> waiting =
        OutboxRepository(m_db).withStandingRows(u"cart"_s, m_records.idsOf(page));
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return {};
    return CartChanges::overlayWaiting(m_db, waiting.value());
}
