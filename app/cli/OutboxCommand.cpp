#include "Commands.h"
#include "CtlContext.h"

#include "LocalChanges.h"
#include "OutboxRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue lastError(const OutboxEntry& e) {
    if (e.lastErrorCode.isEmpty())
        return QJsonValue();
    return QJsonObject{{u"code"_s, e.lastErrorCode},
                       {u"detail"_s, e.lastErrorDetail},
                       {u"status"_s, e.serverStatus > 0 ? QJsonValue(e.serverStatus) : QJsonValue()}};
}

int list(CtlContext& context, Database& database, bool json) {
    Result<QList<OutboxEntry>> rows = OutboxRepository(database.sql()).list();
    if (!rows)
        return context.fail(u"outbox list failed"_s, rows.error());
    if (json) {
        QJsonArray array;
        for (const OutboxEntry& e : rows.value()) {
            array.append(QJsonObject{
                {u"id"_s, e.id},
                {u"key"_s, e.idempotencyKey},
                {u"entity"_s, e.entity},
                {u"entity_id"_s, e.entityId},
                {u"command"_s, e.command},
                {u"state"_s, e.state},
                {u"attempts"_s, e.attempts},
                {u"next_attempt"_s, e.nextAttemptUtc.isValid()
                                        ? QJsonValue(e.nextAttemptUtc.toString(Qt::ISODateWithMs))
                                        : QJsonValue()},
                {u"last_error"_s, lastError(e)},
            });
        }
        context.printJson(QJsonDocument(array));
        return CtlContext::kOk;
    }
    for (const OutboxEntry& e : rows.value()) {
        context.printLine(
            u"%1  %2  %3  %4 %5  attempts %6%7"_s.arg(e.id)
                .arg(e.state, -11)
                .arg(e.command, -11)
                .arg(e.entity, e.entityId)
                .arg(e.attempts)
                .arg(e.lastErrorCode.isEmpty() ? QString() : u"  ["_s + e.lastErrorCode + u']'));
    }
    return CtlContext::kOk;
}

} // namespace

int Commands::outbox(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"json"_s, u"JSON output"_s});
    parser.addOption({u"reason"_s, u"Why the change is dropped"_s, u"R"_s});
    parser.addPositionalArgument(u"action"_s, u"list | retry ID | discard ID --reason R"_s);
    if (!parser.parse(QStringList{u"outbox"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != u"list" && action != u"retry" && action != u"discard")
        return context.usage(u"outbox needs list, retry ID or discard ID --reason R"_s);
    if (action == u"list" && args.size() != 1)
        return context.usage(u"outbox list takes no arguments"_s);
    qint64 id = 0;
    if (action != u"list") {
        bool ok = false;
        id = args.value(1).toLongLong(&ok);
        if (!ok || args.size() != 2)
            return context.usage(u"outbox %1 needs one row ID (see outbox list)"_s.arg(action));
        if (action == u"discard" && parser.value(u"reason"_s).trimmed().isEmpty())
            return context.usage(u"outbox discard needs --reason R"_s);
    }

    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    if (action == u"list")
        return list(context, *database, parser.isSet(u"json"_s));

    LocalChanges changes(*database);
    if (action == u"retry") {
        if (const Status done = changes.retry(id); !done)
            return context.fail(u"outbox retry failed"_s, done.error());
        context.printLine(u"outbox row %1 will be sent again"_s.arg(id));
        return CtlContext::kOk;
    }
    const Result<QList<qint64>> dropped = changes.discard(id, parser.value(u"reason"_s));
    if (!dropped)
        return context.fail(u"outbox discard failed"_s, dropped.error());
    context.printLine(u"outbox row %1 discarded"_s.arg(id));
    for (const qint64 linked : dropped->mid(1))
        context.printLine(u"outbox row %1 discarded with it (the return of the pieces refused at that "
                          "handover)"_s.arg(linked));
    return CtlContext::kOk;
}
