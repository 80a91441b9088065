#include "CtlContext.h"
#include "SupportCommands.h"

#include "CustomerEraser.h"
#include "CustomerRepository.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int SupportCommands::erase(CtlContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"customer_id"_s, u"The customer's id"_s);
    if (!parser.parse(QStringList{u"erase"_s} + context.arguments()))
        return context.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"erase needs exactly one CUSTOMER_ID"_s);
    const QString id = parser.positionalArguments().first();
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;

    const Status removed = CustomerEraser(*database).erase(
        id, QString(), QJsonObject{{u"via"_s, u"theke-ctl"_s}}, QDateTime::currentDateTimeUtc());
    if (!removed)
        return context.fail(u"erase failed"_s, removed.error());
    // Outside the transaction: merges the search index and checkpoints, so the bytes leave the files.
    if (Status purged = CustomerRepository(database->sql()).purgeErasedText(); !purged)
        return context.fail(u"erased, but the search index still holds old text"_s, purged.error());
    context.printLine(u"customer %1 erased from this device"_s.arg(id));
    return CtlContext::kOk;
}
