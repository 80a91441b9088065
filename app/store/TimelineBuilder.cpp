#include "TimelineBuilder.h"

#include "ConsentEventRepository.h"
#include "ConsentHistory.h"
#include "CustomerRepository.h"
#include "NoteRepository.h"
#include "OrderRepository.h"
#include "PickupRepository.h"
#include "ReturnRepository.h"
#include "ServiceContactRepository.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

template <typename Line> int pieces(const QList<Line>& lines) {
    int n = 0;
    for (const Line& l : lines)
        n += l.quantity;
    return n;
}

TimelineEvent fromOrder(const OrderFacts& o) {
    TimelineEvent e;
    e.kind = o.channel == u"store" ? TimelineKind::StoreReceipt : TimelineKind::OnlineOrder;
    e.channel = o.channel;
    e.at = o.placedAt;
    e.orderNo = o.orderNo;
    e.refId = o.id;
    e.amount = o.gross;
    e.hasAmount = true;
    e.pieces = o.pieces;
    e.state = o.state;
    return e;
}

TimelineEvent fromReturn(const ReturnFacts& r) {
    TimelineEvent e;
    e.kind = TimelineKind::Return;
    e.channel = r.channel;
    e.at = r.createdAt;
    e.orderNo = r.orderNo;
    e.refId = r.id;
    e.amount = r.refund;
    e.hasAmount = true;
    e.pieces = r.pieces;
    e.state = r.state;
    return e;
}

TimelineEvent fromPickup(const Pickup& p, const QHash<QString, QDateTime>& placedAt) {
    TimelineEvent e;
    e.kind = TimelineKind::Pickup;
    e.channel = u"store"_s;
    // The latest thing that happened to the pickup: handed over, else ready, else when ordered.
    e.at = !p.handovers.isEmpty() ? p.handovers.last().at : p.updatedAt;
    if (!e.at.isValid())
        e.at = placedAt.value(p.orderNo);
    e.orderNo = p.orderNo;
    e.refId = p.id;
    e.text = p.storeId;
    e.pieces = pieces(p.lines);
    e.state = pickupStateWireName(p.state);
    return e;
}

} // namespace

namespace {

Result<CustomerHistory> loadHistory(QSqlDatabase db, const QString& customerId, int limit, bool complete) {
    CustomerHistory h;
    Result<QList<OrderFacts>> orders = OrderRepository(db).factsForCustomer(customerId, limit);
    if (!orders)
        return orders.error();
    h.orders = std::move(orders).value();
    // All orders at hand: their returns by order number. Only the newest: the customer's newest
    // returns, which may belong to older orders.
    Result<QList<ReturnFacts>> returns = [&] {
        if (!complete)
            return ReturnRepository(db).factsForCustomer(customerId, limit);
        QStringList orderNos;
        orderNos.reserve(h.orders.size());
        for (const OrderFacts& o : h.orders)
            orderNos.append(o.orderNo);
        return ReturnRepository(db).factsForOrderNos(orderNos, limit);
    }();
    if (!returns)
        return returns.error();
    h.returns = std::move(returns).value();
    Result<QList<Pickup>> pickups = PickupRepository(db).forCustomer(customerId, limit);
    if (!pickups)
        return pickups.error();
    h.pickups = std::move(pickups).value();
    Result<QList<ServiceContact>> contacts = ServiceContactRepository(db).forCustomer(customerId, limit);
    if (!contacts)
        return contacts.error();
    h.contacts = std::move(contacts).value();
    Result<QList<Note>> notes = NoteRepository(db).forCustomer(customerId, limit);
    if (!notes)
        return notes.error();
    h.notes = std::move(notes).value();
    Result<QList<Consent>> consents = CustomerRepository(db).consents(customerId);
    if (!consents)
        return consents.error();
    h.consents = std::move(consents).value();
    Result<QList<ConsentEvent>> consentEvents = ConsentEventRepository(db).forCustomer(customerId, limit);
    if (!consentEvents)
        return consentEvents.error();
    h.consentEvents = std::move(consentEvents).value();
    return h;
}

} // namespace

Result<CustomerHistory> TimelineBuilder::load(QSqlDatabase db, const QString& customerId) {
    return loadHistory(std::move(db), customerId, kLimit, true);
}

Result<CustomerHistory> TimelineBuilder::loadNewest(QSqlDatabase db, const QString& customerId, int newest) {
    return loadHistory(std::move(db), customerId, newest, false);
}

QList<TimelineEvent> TimelineBuilder::build(const CustomerHistory& h) {
    QList<TimelineEvent> events;
    events.reserve(h.orders.size() + h.returns.size() + h.pickups.size() + h.contacts.size() +
                   h.notes.size() + h.consents.size() + h.consentEvents.size());
    QHash<QString, QDateTime> placedAt;
    placedAt.reserve(h.orders.size());
    for (const OrderFacts& o : h.orders) {
        events.append(fromOrder(o));
        placedAt.insert(o.orderNo, o.placedAt);
    }
    for (const ReturnFacts& r : h.returns)
        events.append(fromReturn(r));
    for (const Pickup& p : h.pickups)
        events.append(fromPickup(p, placedAt));
    for (const ServiceContact& c : h.contacts) {
        TimelineEvent e;
        e.kind = TimelineKind::ServiceContact;
        e.channel = c.channel;
        e.at = c.at;
        e.refId = c.id;
        e.text = c.subject;
        events.append(std::move(e));
    }
    for (const Note& n : h.notes) {
        TimelineEvent e;
        e.kind = TimelineKind::Note;
        e.at = n.createdAt;
        e.refId = n.id.isEmpty() ? n.localId : n.id;
        e.text = n.text;
        e.state = n.pending ? u"pending"_s : QString();
        events.append(std::move(e));
    }
    // Every change of a consent; the current state stands in where the history has not caught up.
    for (const ConsentEvent& c : ConsentHistory::complete(h.consentEvents, h.consents, QString())) {
        TimelineEvent e;
        e.kind = TimelineKind::Consent;
        e.channel = c.channel;
        e.at = c.at;
        e.refId = c.id;
        e.text = c.purpose;
        e.state = c.granted ? u"granted"_s : u"withdrawn"_s;
        e.place = c.storeName;
        e.pending = c.pending;
        events.append(std::move(e));
    }
    // Newest first; ties in a fixed order so the list does not jump between reloads. Sorted on
    // precomputed keys: comparing QDateTimes directly costs a conversion per comparison.
    struct Key {
        qint64 ms;
        int kind;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i)
        keys.push_back(
            {events[i].at.isValid() ? events[i].at.toMSecsSinceEpoch() : 0, int(events[i].kind), i});
    std::sort(keys.begin(), keys.end(), [&events](const Key& a, const Key& b) {
        if (a.ms != b.ms)
            return a.ms > b.ms;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return events[a.index].refId < events[b.index].refId;
    });
    QList<TimelineEvent> sorted;
    sorted.reserve(events.size());
    for (const Key& k : keys)
        sorted.append(std::move(events[k.index]));
    return sorted;
}
