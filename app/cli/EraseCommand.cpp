#include "CtlContext.h"
#include "SupportCommands.h"

#include "AuditLog.h"
#include "CustomerRepository.h"
#include "SettingsRepository.h"

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

    CustomerRepository customers(database->sql());
    if (!customers.find(id))
        return context.fail(u"erase failed"_s,
                            makeError(ErrorCode::kStoreQuery, u"no customer %1 in this cache"_s.arg(id)));
    // The removal and its audit entry commit together: there is no erasure without a trace of it.
    const Status removed = database->transaction([&]() -> Status {
        if (Status status = customers.remove({id}); !status)
            return status;
        AuditEntry entry;
        entry.atUtc = QDateTime::currentDateTimeUtc();
        entry.deviceId = SettingsRepository(database->sql()).value(SettingKey::kDeviceId.toString());
        entry.action = AuditAction::kCustomerErase.toString();
        entry.subjectType = u"customer"_s;
        entry.subjectId = id;
        entry.detail = QJsonObject{{u"via"_s, u"theke-ctl"_s}};
        const Result<qint64> appended = AuditLog(database->sql()).append(entry);
        return appended ? Status() : Status(appended.error());
    });
    if (!removed)
        return context.fail(u"erase failed"_s, removed.error());
    // Outside the transaction: merges the search index and checkpoints, so the bytes leave the files.
    if (Status purged = customers.purgeErasedText(); !purged)
        return context.fail(u"erased, but the search index still holds old text"_s, purged.error());
    context.printLine(u"customer %1 erased from this device"_s.arg(id));
    return CtlContext::kOk;
}
