#include "CtlContext.h"
#include "DeskCommands.h"

#include "PickupRepository.h"
#include "SettingsRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// pickup list: this store's Click & Collect queue from the cache, soonest deadline first. Names,
// authorised persons and the pickup code stay out: the desk shows them, a script needs none.

int DeskCommands::pickup(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"json"_s, u"JSON output"_s});
    parser.addOption({u"state"_s, u"Only pickups in this state (repeatable)"_s, u"S"_s});
    parser.addPositionalArgument(u"action"_s, u"list"_s);
    const QString action = context.arguments().value(0);
    if (action == u"ready" || action == u"handover")
        return pickupChange(context, action);
    if (!parser.parse(QStringList{u"pickup"_s} + context.arguments()))
        return context.usage(parser.errorText());
    if (parser.positionalArguments() != QStringList{u"list"_s})
        return context.usage(
            u"pickup needs: list [--json] [--state S] | ready ORDER_NO --shelf S --staff ID | "
            u"handover ORDER_NO --code CODE [--line LINE_ID:QTY ...] --staff ID"_s);
    QList<PickupState> states;
    for (const QString& name : parser.values(u"state"_s)) {
        const std::optional<PickupState> state = pickupStateFromWireName(name);
        if (!state)
            return context.usage(u"--state must be awaiting_stock, ready, handed_over, partly_handed_over, "
                                 u"returned_to_stock or cancelled"_s);
        states.append(*state);
    }
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    const QString storeId = SettingsRepository(database->sql()).value(SettingKey::kStoreId.toString());
    const Result<QList<Pickup>> pickups = PickupRepository(database->sql()).forStore(storeId, states, 100000);
    if (!pickups)
        return context.fail(u"pickup list failed"_s, pickups.error());

    QJsonArray array;
    for (const Pickup& p : pickups.value()) {
        int pieces = 0;
        for (const PickupLine& line : p.lines)
            pieces += line.quantity;
        array.append(QJsonObject{
            {u"id"_s, p.id},
            {u"order_no"_s, p.orderNo},
            {u"customer_id"_s, p.customerId.isEmpty() ? QJsonValue() : QJsonValue(p.customerId)},
            {u"state"_s, pickupStateWireName(p.state)},
            {u"deadline"_s,
             p.deadline.isValid() ? QJsonValue(p.deadline.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {u"shelf"_s, p.shelf.isEmpty() ? QJsonValue() : QJsonValue(p.shelf)},
            {u"pieces"_s, pieces},
            {u"version"_s, p.version},
        });
    }
    if (parser.isSet(u"json"_s)) {
        context.printJson(QJsonDocument(array));
        return CtlContext::kOk;
    }
    for (const QJsonValue& value : array) {
        const QJsonObject p = value.toObject();
        context.printLine(u"%1  %2  deadline %3  shelf %4  %5 piece(s)"_s.arg(p[u"order_no"].toString())
                              .arg(p[u"state"].toString(), -18)
                              .arg(p[u"deadline"].isNull() ? u"-"_s : p[u"deadline"].toString(),
                                   p[u"shelf"].isNull() ? u"-"_s : p[u"shelf"].toString())
                              .arg(p[u"pieces"].toInt()));
    }
    if (array.isEmpty())
        context.printLine(u"no pickups"_s);
    return CtlContext::kOk;
}
