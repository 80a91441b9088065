#include "CartConflicts.h"

#include "CartJson.h"
#include "CartMerge.h"
#include "CartRepository.h"
#include "OutboxRepository.h"
#include "SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const auto kReason = u"cart conflict resolved at the counter: %1"_s;

QString resolutionName(CartConflicts::Resolution resolution) {
    switch (resolution) {
    case CartConflicts::Resolution::TakeTheirs:
        return u"customer's version taken"_s;
    case CartConflicts::Resolution::KeepMine:
        return u"this device's version kept"_s;
    case CartConflicts::Resolution::Merge:
        return u"both versions merged"_s;
    }
    return {};
}

} // namespace

CartConflicts::CartConflicts(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<std::optional<CartConflicts::Conflict>> CartConflicts::find(QSqlDatabase db, const QString& cartId) {
    const Result<QList<OutboxEntry>> rows = CartChanges::standingRows(db, cartId);
    if (!rows)
        return rows.error();
    const auto refused = std::find_if(rows->cbegin(), rows->cend(), [](const OutboxEntry& row) {
        return row.state == OutboxState::kConflict && row.serverStatus == 412;
    });
    if (refused == rows->cend())
        return std::optional<Conflict>();
    Conflict conflict;
    conflict.row = *refused;
    // Each row sends the whole cart: the newest standing one holds every change made here.
    const QJsonObject sent = QJsonDocument::fromJson(rows->last().payload).object();
    Result<QList<CartLine>> mine = CartJson::linesFromJson(sent.value(u"lines").toArray());
    if (!mine)
        return mine.error();
    conflict.mine = std::move(mine).value();
    const QJsonValue named = QJsonDocument::fromJson(refused->serverBody).object().value(u"current_version");
    conflict.serverVersion = named.isDouble() ? named.toInteger() : 0;
    // The cached cart is the server's once it is at least the version named (or newer than the base
    // the refused row was built on): no standing change is overlaid on a cart that moved on.
    const qint64 needed = std::max(conflict.serverVersion, refused->ifMatch.value_or(0) + 1);
    const std::optional<Cart> cached = CartRepository(db).find(cartId);
    if (cached && cached->version >= needed)
        conflict.theirs = cached;
    return std::optional<Conflict>(conflict);
}

QList<CartLine> CartConflicts::resultLines(const Conflict& conflict, Resolution resolution) {
    const QList<CartLine> theirs = conflict.theirs ? conflict.theirs->lines : QList<CartLine>();
    switch (resolution) {
    case Resolution::TakeTheirs:
        return theirs;
    case Resolution::KeepMine:
        return conflict.mine;
    case Resolution::Merge:
        return CartMerge::unionByLargerQuantity(theirs, conflict.mine);
    }
    return theirs;
}

Result<std::optional<CartChanges::Changed>> CartConflicts::resolve(const QString& cartId,
                                                                   Resolution resolution,
                                                                   const QString& staffId,
                                                                   const QString& storeId) {
    std::optional<CartChanges::Changed> changed;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.sql();
        const Result<std::optional<Conflict>> found = find(db, cartId);
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(OutboxError::kCartNoConflict, u"cart %1 has no open conflict"_s.arg(cartId));
        const Conflict& conflict = *found.value();
        if (!conflict.theirsKnown())
            return makeError(OutboxError::kCartServerVersionMissing,
                             u"cart %1: version %2 not pulled yet"_s.arg(cartId).arg(conflict.serverVersion));
        const Result<QList<OutboxEntry>> standing = CartChanges::standingRows(db, cartId);
        if (!standing)
            return standing.error();
        OutboxRepository outbox(db, m_clock);
        for (const OutboxEntry& row : standing.value()) {
            if (Status s = outbox.discard(row.id, kReason.arg(resolutionName(resolution))); !s)
                return s;
        }
        const QList<CartLine> lines = resultLines(conflict, resolution);
        if (CartMerge::sameContent(lines, conflict.theirs->lines))
            return {}; // the cache already shows the server's cart
        Cart cart = *conflict.theirs;
        cart.lines = lines;
        if (!storeId.isEmpty())
            cart.storeId = storeId;
        cart.updatedAt = m_clock.nowUtc();
        Result<OutboxEntry> entry = CartChanges::put(db, m_clock, conflict.theirs, cart, staffId, storeId);
        if (!entry)
            return entry.error();
        changed = CartChanges::Changed{std::move(entry).value(), cart, false};
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << "cart conflict resolved, new outbox row" << (changed ? changed->entry.id : 0);
    return changed;
}
