#include "PickupRules.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

Error invalidTransition(PickupState state, QStringView action) {
    return makeError(u"invalid_transition",
                     u"cannot %1 a pickup in state %2"_s.arg(action, pickupStateWireName(state)), 409);
}

Error unprocessable(QStringView code, const QString& detail) {
    return makeError(code, detail, 422);
}

bool isOpenForHandover(PickupState state) {
    return state == PickupState::Ready || state == PickupState::PartlyHandedOver;
}

} // namespace

Status PickupRules::checkNotCancelled(PickupState state) {
    if (state == PickupState::Cancelled)
        return makeError(u"pickup_cancelled", u"the order was cancelled; its pickup takes no more commands"_s,
                         409);
    return {};
}

Status PickupRules::checkReady(PickupState state, const QString& shelf) {
    if (state != PickupState::AwaitingStock && state != PickupState::Ready)
        return invalidTransition(state, u"ready");
    const QString trimmed = shelf.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 20)
        return unprocessable(u"invalid_value", u"a shelf place of 1 to 20 characters is needed"_s);
    return {};
}

QStringList PickupRules::unavailableReasons() {
    return {u"not_found"_s, u"damaged"_s, u"stock_incorrect"_s};
}

Status PickupRules::checkUnavailable(PickupState state, const QList<PickupLine>& lines,
                                     const QList<UnavailablePieces>& unavailable) {
    if (unavailable.isEmpty())
        return {};
    if (state != PickupState::AwaitingStock)
        return makeError(u"invalid_transition",
                         u"unavailable pieces are reported while preparing, not in state %1"_s.arg(
                             pickupStateWireName(state)),
                         409);
    QHash<QString, int> ordered;
    int pieces = 0;
    for (const PickupLine& line : lines) {
        ordered.insert(line.lineId, line.quantity);
        pieces += line.quantity;
    }
    QSet<QString> seen;
    int missing = 0;
    for (const UnavailablePieces& item : unavailable) {
        if (!ordered.contains(item.lineId))
            return unprocessable(u"invalid_value", u"line %1 is not on this pickup"_s.arg(item.lineId));
        if (seen.contains(item.lineId))
            return unprocessable(u"invalid_value", u"line %1 is reported twice"_s.arg(item.lineId));
        seen.insert(item.lineId);
        if (item.quantity < 1 || item.quantity > ordered.value(item.lineId))
            return unprocessable(u"invalid_value",
                                 u"line %1: 1 to %2 pieces can be unavailable, not %3"_s.arg(item.lineId)
                                     .arg(ordered.value(item.lineId))
                                     .arg(item.quantity));
        if (!unavailableReasons().contains(item.reason))
            return unprocessable(u"invalid_value",
                                 u"line %1: unknown reason \"%2\""_s.arg(item.lineId, item.reason));
        missing += item.quantity;
    }
    if (missing >= pieces)
        return unprocessable(u"nothing_available",
                             u"every piece is unavailable: the order cannot be ready for pickup"_s);
    return {};
}

QList<PickupLine> PickupRules::withUnavailable(QList<PickupLine> lines,
                                               const QList<UnavailablePieces>& unavailable) {
    for (PickupLine& line : lines) {
        for (const UnavailablePieces& item : unavailable) {
            if (item.lineId == line.lineId) {
                line.unavailableQuantity = item.quantity;
                line.unavailableReason = item.reason;
            }
        }
    }
    return lines;
}

Status PickupRules::checkNotify(PickupState state) {
    if (state != PickupState::Ready)
        return invalidTransition(state, u"notify about");
    return {};
}

QList<PickupLineQuantity> PickupRules::settled(const Pickup& pickup) {
    QList<PickupLineQuantity> result;
    for (const Handover& handover : pickup.handovers) {
        for (const PickupLine& line : handover.lines + handover.refusedLines)
            result.append({line.lineId, line.quantity});
    }
    return result;
}

QList<PickupLineQuantity> PickupRules::ordered(const Pickup& pickup) {
    QList<PickupLineQuantity> result;
    for (const PickupLine& line : pickup.lines)
        result.append({line.lineId, line.quantity - line.unavailableQuantity});
    return result;
}

QList<PickupLineQuantity> PickupRules::openQuantities(const QList<PickupLineQuantity>& ordered,
                                                      const QList<PickupLineQuantity>& handedOver) {
    QHash<QString, int> given;
    for (const auto& line : handedOver)
        given[line.lineId] += line.quantity;
    QList<PickupLineQuantity> open;
    for (const auto& line : ordered) {
        const int left = line.quantity - given.value(line.lineId);
        if (left > 0)
            open.append({line.lineId, left});
    }
    return open;
}

Result<PickupState> PickupRules::checkHandover(PickupState state, const QList<PickupLineQuantity>& ordered,
                                               const QList<PickupLineQuantity>& handedOver,
                                               const QStringList& authorisedPersons,
                                               const HandoverRequest& request) {
    if (!isOpenForHandover(state))
        return invalidTransition(state, u"hand over");
    if (request.lines.isEmpty() && request.refused.isEmpty())
        return unprocessable(u"invalid_value", u"a handover needs at least one line"_s);

    switch (request.method) {
    case IdentityMethod::PickupCode:
        if (!request.pickupCodeMatches)
            return unprocessable(u"pickup_code_invalid", u"the pickup code does not match"_s);
        break;
    case IdentityMethod::IdentityDocument:
        if (!request.documentTypeGiven)
            return unprocessable(u"identity_check_required", u"the identity document type is missing"_s);
        break;
    case IdentityMethod::KnownCustomer:
        // Someone the associate knows in person can only be the customer, not a third person.
        if (request.toAuthorisedPerson)
            return unprocessable(u"identity_check_required",
                                 u"a third person needs the pickup code or an identity document"_s);
        break;
    }

    if (request.toAuthorisedPerson) {
        const QString name = request.recipientName.simplified();
        const bool named =
            std::any_of(authorisedPersons.cbegin(), authorisedPersons.cend(), [&name](const QString& person) {
                return !name.isEmpty() && person.simplified().compare(name, Qt::CaseInsensitive) == 0;
            });
        if (!named)
            return unprocessable(u"recipient_not_authorised", u"the recipient is not named on the order"_s);
    }

    QHash<QString, int> open;
    for (const auto& line : openQuantities(ordered, handedOver))
        open.insert(line.lineId, line.quantity);
    QHash<QString, int> asked; // handed over and refused: both leave the shelf
    for (const auto& line : request.lines + request.refused) {
        if (line.quantity < 1)
            return unprocessable(u"invalid_value",
                                 u"line %1: quantity must be at least 1"_s.arg(line.lineId));
        asked[line.lineId] += line.quantity;
    }
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        if (it.value() > open.value(it.key()))
            return unprocessable(
                u"handover_quantity_exceeded",
                u"line %1: %2 asked, %3 open"_s.arg(it.key()).arg(it.value()).arg(open.value(it.key())));
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (asked.value(it.key()) < it.value())
            return PickupState::PartlyHandedOver;
    }
    return PickupState::HandedOver;
}

Status PickupRules::checkReturnToStock(PickupState state, ReturnToStockReason reason,
                                       const QDateTime& deadline, const QDateTime& nowUtc) {
    const bool waiting = state == PickupState::Ready || (reason == ReturnToStockReason::CancelledByCustomer &&
                                                         state == PickupState::AwaitingStock);
    if (!waiting)
        return invalidTransition(state, u"return to stock");
    if (reason == ReturnToStockReason::NotCollected && deadline.isValid() && nowUtc < deadline)
        return unprocessable(u"deadline_not_reached", u"the pickup deadline has not passed yet"_s);
    return {};
}

bool PickupRules::isFinal(PickupState state) {
    return state == PickupState::HandedOver || state == PickupState::ReturnedToStock ||
           state == PickupState::Cancelled;
}

bool PickupRules::isOverdue(PickupState state, const QDateTime& deadline, const QDateTime& nowUtc) {
    return state == PickupState::Ready && deadline.isValid() && nowUtc >= deadline;
}
