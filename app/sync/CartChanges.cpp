#include "CartChanges.h"

#include "CartJson.h"
#include "CartRepository.h"
#include "CustomerRepository.h"
#include "OutboxRepository.h"
#include "ProductPricing.h"
#include "ProductRepository.h"
#include "SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const auto kEntityCart = u"cart"_s;
const auto kOriginStore = u"store"_s;

// Rows of the same cart after afterId: any not discarded (anyStanding), or else those still to send.
Result<bool> laterWaiting(OutboxRepository& outbox, const QString& cartId, qint64 afterId, bool anyStanding) {
    const Result<QList<OutboxEntry>> rows = outbox.forEntity(kEntityCart, cartId);
    if (!rows)
        return rows.error();
    for (const OutboxEntry& row : rows.value()) {
        if (row.id <= afterId || row.state == OutboxState::kDiscarded)
            continue;
        if (anyStanding || (row.state != OutboxState::kDone && row.state != OutboxState::kQuarantined))
            return true;
    }
    return false;
}

// A cart whose change the server refused as stale takes nothing new until a person decides — nor
// one the server changed past the base of a change still waiting: the cache then shows the server's
// lines without that change, and a change built on them would drop it.
Status refuseWhileInConflict(QSqlDatabase db, const QString& cartId) {
    const Result<QList<OutboxEntry>> rows = CartChanges::standingRows(db, cartId);
    if (!rows)
        return rows.error();
    const std::optional<Cart> cached = CartRepository(db).find(cartId);
    for (const OutboxEntry& row : rows.value()) {
        if (row.state == OutboxState::kConflict || CartChanges::isOvertaken(row, cached))
            return makeError(
                OutboxError::kCartConflict,
                u"cart %1 changed elsewhere after outbox row %2; resolve that first"_s.arg(cartId).arg(
                    row.id));
    }
    return {};
}

// A scanned EAN, or an article no. typed at the counter (any case, blanks around it).
std::optional<Product> findProduct(QSqlDatabase db, const QString& eanOrSku) {
    const ProductRepository products(db);
    const QString code = eanOrSku.trimmed();
    if (std::optional<Product> product = products.findByEan(code))
        return product;
    return products.findBySku(code.toUpper());
}

// quantity more pieces of product: onto its line (at today's price, as the server prices the cart: the
// promotion price while the promotion runs) or as a new line named with its variant, as the receipt
// prints it.
void addPieces(Cart& cart, const Product& product, int quantity, const QDateTime& nowUtc) {
    const Money price = ProductPricing::effectiveUnitPrice(product, nowUtc);
    auto line = std::find_if(cart.lines.begin(), cart.lines.end(),
                             [&product](const CartLine& l) { return l.sku == product.sku; });
    if (line != cart.lines.end()) {
        line->quantity = std::min(line->quantity + quantity, CartChanges::kMaxQuantity);
        line->unitPrice = price;
        return;
    }
    const QString variant = QStringList{product.colour, product.size}.join(u", "_s);
    const QString name =
        product.colour.isEmpty() && product.size.isEmpty() ? product.name : product.name + u' ' + variant;
    cart.lines.append({product.sku, name.trimmed(), quantity, price});
}

} // namespace

CartChanges::CartChanges(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

bool CartChanges::isOvertaken(const OutboxEntry& row, const std::optional<Cart>& cached) {
    return row.state != OutboxState::kConflict && row.ifMatch && cached && *row.ifMatch < cached->version;
}

Result<QList<OutboxEntry>> CartChanges::standingRows(QSqlDatabase db, const QString& cartId) {
    Result<QList<OutboxEntry>> rows = OutboxRepository(db).forEntity(kEntityCart, cartId);
    if (!rows)
        return rows.error();
    QList<OutboxEntry> standing;
    for (const OutboxEntry& row : rows.value()) {
        if (row.state != OutboxState::kDone && row.state != OutboxState::kDiscarded &&
            row.state != OutboxState::kQuarantined)
            standing.append(row);
    }
    return standing;
}

Result<OutboxEntry> CartChanges::put(QSqlDatabase db, const Clock& clock, const std::optional<Cart>& previous,
                                     const Cart& cart, const QString& staffId, const QString& storeId) {
    OutboxCommand command;
    command.entity = kEntityCart;
    command.entityId = cart.id;
    command.command = OutboxCommandName::kCartPut.toString();
    command.method = QByteArrayLiteral("PUT");
    command.path = u"/v1/carts/"_s + cart.id;
    command.payload = QJsonDocument(QJsonObject{{u"customer_id"_s,
                                                 cart.customerId.isEmpty() ? QJsonValue() : cart.customerId},
                                                {u"store_id"_s, storeId.isEmpty() ? QJsonValue() : storeId},
                                                {u"origin"_s, cart.origin},
                                                {u"lines"_s, CartJson::linesToJson(cart.lines)}})
                          .toJson(QJsonDocument::Compact);
    // A cart the server does not know yet goes without If-Match; a later change of it waits behind
    // the first row and is moved on to the server's version by its answer (from 0).
    if (previous)
        command.ifMatch = previous->version;
    command.staffId = staffId;
    command.localRef = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"cart_id"_s, cart.id},
                        {u"previous"_s, previous ? QJsonValue(CartJson::toJson(*previous)) : QJsonValue()}})
            .toJson(QJsonDocument::Compact));
    Result<OutboxEntry> entry = OutboxRepository(db, clock).enqueue(command);
    if (!entry)
        return entry.error();
    if (Status s = CartRepository(db).upsert({cart}); !s)
        return s.error();
    return entry;
}

Result<CartChanges::Changed> CartChanges::addToStoreCart(const QString& customerId, const QString& ean,
                                                         int quantity, const QString& staffId,
                                                         const QString& storeId) {
    if (quantity < 1 || quantity > kMaxQuantity)
        return makeError(OutboxError::kQuantityInvalid, u"quantity %1 is not 1 to 999"_s.arg(quantity));
    std::optional<Changed> changed;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.sql();
        if (!CustomerRepository(db).find(customerId))
            return makeError(OutboxError::kCustomerUnknown, u"customer %1 is not cached"_s.arg(customerId));
        const std::optional<Product> product = findProduct(db, ean);
        if (!product)
            return makeError(OutboxError::kProductUnknown, u"no cached article has EAN %1"_s.arg(ean));
        const Result<std::optional<Cart>> existing = CartRepository(db).storeCart(customerId, storeId);
        if (!existing)
            return existing.error();
        const std::optional<Cart>& previous = existing.value();
        if (previous) {
            if (Status s = refuseWhileInConflict(db, previous->id); !s)
                return s;
        }
        Cart cart = previous.value_or(Cart{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                           customerId,
                                           storeId,
                                           kOriginStore,
                                           {},
                                           {},
                                           0,
                                           {}});
        cart.storeId = storeId;
        cart.updatedAt = m_clock.nowUtc();
        addPieces(cart, *product, quantity, m_clock.nowUtc());
        Result<OutboxEntry> entry = put(db, m_clock, previous, cart, staffId, storeId);
        if (!entry)
            return entry.error();
        changed = Changed{std::move(entry).value(), cart, !previous};
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << "cart change queued, outbox row" << changed->entry.id;
    return *changed;
}

Result<CartChanges::Changed> CartChanges::edit(const QString& cartId, const QString& staffId,
                                               const QString& storeId,
                                               const std::function<Status(QSqlDatabase, Cart&)>& change) {
    std::optional<Changed> changed;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.sql();
        const std::optional<Cart> previous = CartRepository(db).find(cartId);
        if (!previous)
            return makeError(OutboxError::kCartUnknown, u"cart %1 is not cached"_s.arg(cartId));
        if (Status s = refuseWhileInConflict(db, cartId); !s)
            return s;
        Cart cart = *previous;
        if (Status s = change(db, cart); !s)
            return s;
        if (!storeId.isEmpty())
            cart.storeId = storeId;
        cart.updatedAt = m_clock.nowUtc();
        Result<OutboxEntry> entry = put(db, m_clock, previous, cart, staffId, storeId);
        if (!entry)
            return entry.error();
        changed = Changed{std::move(entry).value(), cart, false};
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << "cart change queued, outbox row" << changed->entry.id;
    return *changed;
}

Result<CartChanges::Changed> CartChanges::addToCart(const QString& cartId, const QString& eanOrSku,
                                                    int quantity, const QString& staffId,
                                                    const QString& storeId) {
    if (quantity < 1 || quantity > kMaxQuantity)
        return makeError(OutboxError::kQuantityInvalid, u"quantity %1 is not 1 to 999"_s.arg(quantity));
    const QString code = eanOrSku.trimmed();
    return edit(cartId, staffId, storeId, [&](QSqlDatabase db, Cart& cart) -> Status {
        const std::optional<Product> product = findProduct(db, code);
        if (!product)
            return makeError(OutboxError::kProductUnknown,
                             u"no cached article has EAN or SKU %1"_s.arg(code));
        addPieces(cart, *product, quantity, m_clock.nowUtc());
        return {};
    });
}

Result<CartChanges::Changed> CartChanges::setQuantity(const QString& cartId, const QString& sku, int quantity,
                                                      const QString& staffId, const QString& storeId) {
    if (quantity < 0 || quantity > kMaxQuantity)
        return makeError(OutboxError::kQuantityInvalid, u"quantity %1 is not 0 to 999"_s.arg(quantity));
    return edit(cartId, staffId, storeId, [&](QSqlDatabase, Cart& cart) -> Status {
        const auto line = std::find_if(cart.lines.begin(), cart.lines.end(),
                                       [&sku](const CartLine& l) { return l.sku == sku; });
        if (line == cart.lines.end())
            return makeError(OutboxError::kCartLineUnknown, u"cart %1 has no line %2"_s.arg(cart.id, sku));
        if (quantity == 0)
            cart.lines.erase(line);
        else
            line->quantity = quantity;
        return {};
    });
}

Result<CartChanges::Changed> CartChanges::removeLine(const QString& cartId, const QString& sku,
                                                     const QString& staffId, const QString& storeId) {
    return setQuantity(cartId, sku, 0, staffId, storeId);
}

Result<CartChanges::Changed> CartChanges::restoreLine(const QString& cartId, const CartLine& removed,
                                                      int position, const QString& staffId,
                                                      const QString& storeId) {
    if (removed.quantity < 1 || removed.quantity > kMaxQuantity)
        return makeError(OutboxError::kQuantityInvalid,
                         u"quantity %1 is not 1 to 999"_s.arg(removed.quantity));
    return edit(cartId, staffId, storeId, [&](QSqlDatabase, Cart& cart) -> Status {
        const auto line = std::find_if(cart.lines.begin(), cart.lines.end(),
                                       [&removed](const CartLine& l) { return l.sku == removed.sku; });
        if (line != cart.lines.end())
            line->quantity = removed.quantity;
        else
            cart.lines.insert(std::clamp<qsizetype>(position, 0, cart.lines.size()), removed);
        return {};
    });
}

Status CartChanges::applyAnswer(QSqlDatabase db, const OutboxEntry& row, const QJsonObject& answer,
                                const Clock& clock) {
    const Result<Cart> answered = CartJson::fromJson(answer);
    if (!answered)
        return answered.error();
    OutboxRepository outbox(db, clock);
    if (Status s = outbox.rebaseIfMatch(row.entity, row.entityId, row.id, row.ifMatch.value_or(0),
                                        answered->version);
        !s)
        return s;
    const Result<bool> waiting = laterWaiting(outbox, row.entityId, row.id, false);
    if (!waiting)
        return waiting.error();
    CartRepository carts(db);
    const std::optional<Cart> cached = carts.find(answered->id);
    if (waiting.value() && cached) {
        // The cache shows the later changes too; only the version the next row builds on moves.
        Cart local = *cached;
        local.version = std::max(local.version, answered->version);
        return carts.upsert({local});
    }
    return carts.upsert({answered.value()});
}

Status CartChanges::undo(QSqlDatabase db, const OutboxEntry& entry, const Clock& clock) {
    QJsonObject ref = QJsonDocument::fromJson(entry.localRef.toUtf8()).object();
    OutboxRepository outbox(db, clock);
    // A later change that still stands sends the whole cart, this line included: the cache keeps it.
    const Result<bool> later = laterWaiting(outbox, entry.entityId, entry.id, true);
    if (!later)
        return later.error();
    if (later.value())
        return {};
    // Earlier changes discarded while this one stood are still in its "previous": go back past them.
    const Result<QList<OutboxEntry>> rows = outbox.forEntity(kEntityCart, entry.entityId);
    if (!rows)
        return rows.error();
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
        if (it->id >= entry.id)
            continue;
        if (it->state != OutboxState::kDiscarded)
            break;
        ref = QJsonDocument::fromJson(it->localRef.toUtf8()).object();
    }
    CartRepository carts(db);
    const std::optional<Cart> cached = carts.find(ref.value(u"cart_id").toString());
    // Undo only on top of the version this row was based on: a newer cart came from the server.
    if (!cached || cached->version != entry.ifMatch.value_or(0))
        return {};
    if (ref.value(u"previous").isNull())
        return carts.remove({cached->id});
    const Result<Cart> previous = CartJson::fromJson(ref.value(u"previous").toObject());
    if (!previous)
        return previous.error();
    Cart restored = previous.value();
    restored.version = cached->version;
    return carts.upsert({restored});
}

Status CartChanges::overlayWaiting(QSqlDatabase db, const QStringList& cartIds) {
    CartRepository carts(db);
    for (const QString& id : cartIds) {
        const Result<QList<OutboxEntry>> rows = standingRows(db, id);
        if (!rows)
            return rows.error();
        // The newest standing row carries every earlier change of this device on top of its base.
        if (rows->isEmpty() || rows->last().state == OutboxState::kConflict)
            continue; // a person decides; the merge compares against the server's cart
        const OutboxEntry& newest = rows->last();
        const std::optional<Cart> cached = carts.find(id);
        if (!cached || !newest.ifMatch || cached->version != *newest.ifMatch)
            continue; // the server has moved on (or not yet reached this row's base): its view stands
        const QJsonObject sent = QJsonDocument::fromJson(newest.payload).object();
        const Result<QList<CartLine>> lines = CartJson::linesFromJson(sent.value(u"lines").toArray());
        if (!lines)
            return lines.error();
        Cart shown = *cached;
        shown.lines = lines.value();
        if (Status s = carts.upsert({shown}); !s)
            return s;
    }
    return {};
}
