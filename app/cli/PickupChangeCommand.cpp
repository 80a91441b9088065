#include "CtlContext.h"
#include "DeskCommands.h"

#include "CustomerRepository.h"
#include "PickupActions.h"
#include "PickupRefusal.h"
#include "PickupRepository.h"
#include "Session.h"
#include "SettingsRepository.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

// pickup ready ORDER_NO --shelf S [--unavailable LINE_ID:QTY:REASON …] --staff ID and pickup handover
// ORDER_NO --code CODE
// [--line LINE_ID:QTY …] [--refuse LINE_ID:QTY …] --staff ID: the pickup desk's two main steps on the
// cache, checked by the same rules (PickupActions; refused pieces become a return in the same step,
// PickupRefusal); the staff member's PIN comes from stdin. Changes go out with `push`.

namespace {

// LINE_ID:QTY specs; false when one is malformed.
bool parseLines(const QStringList& specs, QList<PickupLine>& lines) {
    for (const QString& spec : specs) {
        const QStringList parts = spec.split(u':');
        bool ok = false;
        const int quantity = parts.size() == 2 ? parts.at(1).toInt(&ok) : 0;
        if (!ok || quantity < 1 || parts.at(0).isEmpty())
            return false;
        lines.append({parts.at(0), quantity});
    }
    return true;
}

// LINE_ID:QTY:REASON specs (reason not_found, damaged or stock_incorrect); false when one is malformed.
bool parseUnavailable(const QStringList& specs, QList<UnavailablePieces>& pieces) {
    for (const QString& spec : specs) {
        const QStringList parts = spec.split(u':');
        bool ok = false;
        const int quantity = parts.size() == 3 ? parts.at(1).toInt(&ok) : 0;
        if (!ok || quantity < 1 || parts.at(0).isEmpty() ||
            !PickupRules::unavailableReasons().contains(parts.at(2)))
            return false;
        pieces.append({parts.at(0), quantity, parts.at(2)});
    }
    return true;
}

// This store's pickup of orderNo that is still open, if any.
std::optional<Pickup> openPickup(Database& database, const QString& orderNo) {
    const QString storeId = SettingsRepository(database.sql()).value(SettingKey::kStoreId.toString());
    const Result<QList<Pickup>> pickups = PickupRepository(database.sql()).forOrderNo(orderNo);
    if (!pickups)
        return std::nullopt;
    for (const Pickup& pickup : pickups.value()) {
        if (pickup.storeId == storeId && !PickupRules::isFinal(pickup.state))
            return pickup;
    }
    return std::nullopt;
}

} // namespace

int DeskCommands::pickupChange(CtlContext& context, const QString& action) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, u"ready | handover"_s);
    parser.addPositionalArgument(u"order_no"_s, u"The order number"_s);
    parser.addOption({u"shelf"_s, u"Shelf place (ready)"_s, u"S"_s});
    parser.addOption(
        {u"unavailable"_s,
         u"LINE_ID:QTY:REASON the store cannot provide (ready, repeatable); REASON is not_found, "
         u"damaged or stock_incorrect"_s,
         u"U"_s});
    parser.addOption({u"code"_s, u"The customer's pickup code (handover)"_s, u"CODE"_s});
    parser.addOption(
        {u"line"_s, u"LINE_ID:QTY to hand over (repeatable; default: everything open)"_s, u"L"_s});
    parser.addOption(
        {u"refuse"_s,
         u"LINE_ID:QTY the customer refuses (repeatable): taken back as a return, refunded in full"_s,
         u"L"_s});
    parser.addOption({u"staff"_s, u"Staff id of who acts; the PIN is read from stdin"_s, u"ID"_s});
    if (!parser.parse(QStringList{u"pickup"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const QString staff = parser.value(u"staff"_s).trimmed();
    if (args.size() != 2 || staff.isEmpty())
        return context.usage(u"pickup %1 needs ORDER_NO and --staff ID"_s.arg(action));
    if (action == u"ready" && parser.value(u"shelf"_s).trimmed().isEmpty())
        return context.usage(u"pickup ready needs --shelf S"_s);
    if (action == u"handover" && parser.value(u"code"_s).trimmed().isEmpty())
        return context.usage(u"pickup handover needs --code CODE (an identity check is done at the desk)"_s);

    QList<UnavailablePieces> unavailable;
    if (!parseUnavailable(parser.values(u"unavailable"_s), unavailable))
        return context.usage(u"--unavailable must be LINE_ID:QTY:REASON with REASON not_found, damaged or "
                             u"stock_incorrect, e.g. 2:1:damaged"_s);

    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    const std::optional<Pickup> pickup = openPickup(*database, args.at(1));
    if (!pickup)
        return context.refuse(u"no open pickup for order %1 at this store"_s.arg(args.at(1)));

    Session session(database->sql(), Clock::system());
    if (const Result<StaffMember> signedIn =
            session.signIn(staff, PinInput(CtlContext::readSecret(u"PIN of %1: "_s.arg(staff))));
        !signedIn)
        return context.fail(u"sign-in failed"_s, signedIn.error());

    PickupActions actions(*database);
    Result<OutboxEntry> queued = makeError(u"invalid_value");
    if (action == u"ready") {
        queued = actions.ready(pickup->id, parser.value(u"shelf"_s).trimmed(), staff, unavailable);
    } else {
        PickupActions::HandoverInput input;
        input.method = IdentityMethod::PickupCode;
        input.code = parser.value(u"code"_s);
        const std::optional<Customer> customer = CustomerRepository(database->sql()).find(pickup->customerId);
        input.recipientName = customer ? customer->displayName() : QString();
        const QStringList specs = parser.values(u"line"_s);
        if (!parseLines(specs, input.lines) || !parseLines(parser.values(u"refuse"_s), input.refusedLines))
            return context.usage(u"--line and --refuse must be LINE_ID:QTY, e.g. 2:1"_s);
        if (specs.isEmpty()) {
            // Everything open that is not refused.
            for (const PickupLineQuantity& open :
                 PickupRules::openQuantities(PickupRules::ordered(*pickup), PickupRules::settled(*pickup))) {
                int left = open.quantity;
                for (const PickupLine& refused : input.refusedLines)
                    left -= refused.lineId == open.lineId ? refused.quantity : 0;
                if (left > 0)
                    input.lines.append({open.lineId, left});
            }
        }
        const QString storeId = SettingsRepository(database->sql()).value(SettingKey::kStoreId.toString());
        const Result<PickupRefusal::Outcome> outcome =
            PickupRefusal(*database, storeId).handOver(pickup->id, input, staff);
        queued = outcome ? Result<OutboxEntry>(outcome->handover) : Result<OutboxEntry>(outcome.error());
        if (outcome && outcome->refund)
            context.printLine(u"refused pieces booked as return %1: refund %2 cents to the original payment, "
                              u"queued after the handover"_s.arg(outcome->refund->record.id)
                                  .arg(outcome->decision.total.cents));
    }
    session.signOut();
    if (!queued)
        return context.refuse(
            u"pickup %1 refused: %2 [%3]"_s.arg(action, queued.error().detail, queued.error().code));
    context.printLine(
        u"pickup %1 of order %2 queued as outbox row %3; `theke-ctl push` sends it"_s.arg(action, args.at(1))
            .arg(queued->id));
    return CtlContext::kOk;
}
