#include "Commands.h"
#include "CtlContext.h"

#include "LocalChanges.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

// note add / consent set: local changes that go to the outbox (sent by `push` or the next sync).

int Commands::note(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"text"_s, u"The note"_s, u"T"_s});
    parser.addOption({u"staff"_s, u"Staff id of the author"_s, u"ID"_s});
    parser.addPositionalArgument(u"action"_s, u"add CUSTOMER_ID --text T"_s);
    if (!parser.parse(QStringList{u"note"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.at(0) != u"add" || !parser.isSet(u"text"_s))
        return context.usage(u"note needs: add CUSTOMER_ID --text T [--staff ID]"_s);
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    const Result<OutboxEntry> row =
        LocalChanges(*database).addNote(args.at(1), parser.value(u"text"_s), parser.value(u"staff"_s));
    if (!row)
        return context.fail(u"note add failed"_s, row.error());
    context.printLine(u"note queued as outbox row %1 (key %2)"_s.arg(row->id).arg(row->idempotencyKey));
    return CtlContext::kOk;
}

int Commands::consent(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"granted"_s, u"yes or no"_s, u"yes|no"_s});
    parser.addOption({u"staff"_s, u"Staff id of who records it"_s, u"ID"_s});
    parser.addPositionalArgument(u"action"_s, u"set CUSTOMER_ID PURPOSE --granted yes|no"_s);
    if (!parser.parse(QStringList{u"consent"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const QString granted = parser.value(u"granted"_s);
    if (args.size() != 3 || args.at(0) != u"set" || (granted != u"yes" && granted != u"no"))
        return context.usage(u"consent needs: set CUSTOMER_ID PURPOSE --granted yes|no [--staff ID]"_s);
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    const Result<OutboxEntry> row = LocalChanges(*database).setConsent(
        args.at(1), args.at(2), granted == u"yes", parser.value(u"staff"_s));
    if (!row)
        return context.fail(u"consent set failed"_s, row.error());
    context.printLine(
        u"consent change queued as outbox row %1 (key %2)"_s.arg(row->id).arg(row->idempotencyKey));
    return CtlContext::kOk;
}
