#include "CartChanges.h"

#include "CartJson.h"
#include "CartRepository.h"
#include "CustomerRepository.h"
#include "OutboxRepository.h"
#include "ProductPricing.h"
#include "ProductRepository.h"
#include "SyncLog.h"

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

} // namespace

CartChanges::CartChanges(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<CartChanges::Changed> CartChanges::addToStoreCart(const QString& customerId, const QString& ean,
                                                         int quantity, const QString& staffId,
                                                         const QString& storeId) {
    if (quantity < 1 || quantity > 999)
        return makeError(OutboxError::kQuantityInvalid, u"quantity %1 is not 1 to 999"_s.arg(quantity));
    std::optional<Changed> changed;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.sql();
        if (!CustomerRepository(db).find(customerId))
            return makeError(OutboxError::kCustomerUnknown, u"customer %1 is not cached"_s.arg(customerId));
        const std::optional<Product> product = ProductRepository(db).findByEan(ean);
        if (!product)
            return makeError(OutboxError::kProductUnknown, u"no cached article has EAN %1"_s.arg(ean));

        CartRepository carts(db);
        const Result<QList<Cart>> existing = carts.forCustomer(customerId);
        if (!existing)
            return existing.error();
        std::optional<Cart> previous;
        for (const Cart& cart : existing.value()) {
            // A cart handed to the till stays the one to add to: the till loads it as it is now.
            if (cart.origin == kOriginStore && (cart.storeId.isEmpty() || cart.storeId == storeId)) {
                previous = cart;
                break;
            }
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
        // As the server prices the cart: the promotion price while the promotion runs.
        const Money price = ProductPricing::effectiveUnitPrice(*product, cart.updatedAt);
        auto line = std::find_if(cart.lines.begin(), cart.lines.end(),
                                 [&product](const CartLine& l) { return l.sku == product->sku; });
        if (line != cart.lines.end()) {
            line->quantity += quantity;
            line->unitPrice = price;
        } else {
            const QString variant = QStringList{product->colour, product->size}.join(u", "_s);
            const QString name = product->colour.isEmpty() && product->size.isEmpty()
                                     ? product->name
                                     : product->name + u' ' + variant;
            cart.lines.append({product->sku, name.trimmed(), quantity, price});
        }

        OutboxCommand command;
        command.entity = kEntityCart;
        command.entityId = cart.id;
        command.command = OutboxCommandName::kCartPut.toString();
        command.method = QByteArrayLiteral("PUT");
        command.path = u"/v1/carts/"_s + cart.id;
        command.payload = QJsonDocument(QJsonObject{{u"customer_id"_s, customerId},
                                                    {u"store_id"_s, storeId},
                                                    {u"origin"_s, cart.origin},
                                                    {u"lines"_s, CartJson::linesToJson(cart.lines)}})
                              .toJson(QJsonDocument::Compact);
        // A cart the server does not know yet goes without If-Match; a later change of it waits
        // behind the first row and is moved on to the server's version by its answer (from 0).
        const bool serverKnows = previous && previous->version > 0;
        const bool waitingNew = previous && previous->version == 0;
        if (serverKnows || waitingNew)
            command.ifMatch = previous->version;
        command.staffId = staffId;
        command.localRef = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"cart_id"_s, cart.id},
                                      {u"previous"_s,
                                       previous ? QJsonValue(CartJson::toJson(*previous)) : QJsonValue()}})
                .toJson(QJsonDocument::Compact));
        Result<OutboxEntry> entry = OutboxRepository(db, m_clock).enqueue(command);
        if (!entry)
            return entry.error();
        if (Status s = carts.upsert({cart}); !s)
            return s;
        changed = Changed{std::move(entry).value(), cart, !previous};
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << "cart change queued, outbox row" << changed->entry.id;
    return *changed;
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
