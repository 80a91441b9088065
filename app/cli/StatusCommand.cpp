#include "Commands.h"
#include "CtlContext.h"

#include "CustomerRepository.h"
#include "SettingsRepository.h"
#include "SyncStateRepository.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue isoOrNull(const QDateTime& utc) {
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int Commands::status(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"json"_s, u"JSON output"_s});
    if (!parser.parse(QStringList{u"status"_s} + context.arguments()))
        return context.usage(parser.errorText());
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;

    CustomerRepository customers(database->sql());
    SyncStateRepository state(database->sql());
    SettingsRepository settings(database->sql());
    Result<qint64> customerCount = customers.count();
    if (!customerCount)
        return context.fail(u"status failed"_s, customerCount.error());
    Result<qint64> pending = state.pendingOutboxCount();
    if (!pending)
        return context.fail(u"status failed"_s, pending.error());
    const QDateTime lastSync = state.lastSyncOfAll();

    QJsonObject json{
        {u"enrolled"_s, context.profile().hasToken()},
        {u"server"_s, settings.value(SettingKey::kServerUrl.toString())},
        {u"store"_s, settings.value(SettingKey::kStoreName.toString())},
        {u"customers"_s, customerCount.value()},
        {u"last_sync"_s, isoOrNull(lastSync)},
        {u"pending"_s, pending.value()},
        {u"feeds"_s, QJsonObject{{u"customers"_s,
                                  QJsonObject{{u"count"_s, customerCount.value()},
                                              {u"last_sync"_s, isoOrNull(state.lastSync(u"customers"_s))}}}}},
    };
    if (parser.isSet(u"json"_s)) {
        context.printJson(QJsonDocument(json));
        return CtlContext::kOk;
    }
    context.printLine(u"enrolled:   %1"_s.arg(json.value(u"enrolled").toBool() ? u"yes"_s : u"no"_s));
    context.printLine(u"server:     %1"_s.arg(json.value(u"server").toString()));
    context.printLine(u"store:      %1"_s.arg(json.value(u"store").toString()));
    context.printLine(u"customers:  %1"_s.arg(customerCount.value()));
    context.printLine(
        u"last sync:  %1"_s.arg(lastSync.isValid() ? lastSync.toString(Qt::ISODate) : u"never"_s));
    context.printLine(u"pending:    %1"_s.arg(pending.value()));
    return CtlContext::kOk;
}
