#include "Commands.h"
#include "CtlContext.h"

#include "ApiClient.h"
#include "CurlTransport.h"
#include "CustomerRepository.h"
#include "Enrollment.h"
#include "OutboxRepository.h"
#include "SettingsRepository.h"
#include "SyncStateRepository.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue isoOrNull(const QDateTime& utc) {
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// A quick health probe: status must answer within a few seconds also when the server is away.
bool probeOnline(const Profile& profile) {
    const Result<Enrollment::DeviceInfo> device = Enrollment::load(profile);
    if (!device)
        return false;
    TransportLimits limits;
    limits.connectTimeout = std::chrono::milliseconds(1500);
    limits.totalTimeout = std::chrono::milliseconds(3000);
    CurlTransport transport(limits);
    ApiClient api(transport, device->serverUrl);
    return api.health().ok();
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
    Result<OutboxCounts> outbox = OutboxRepository(database->sql()).counts();
    if (!outbox)
        return context.fail(u"status failed"_s, outbox.error());
    const qint64 pending = outbox->pending;
    const QDateTime lastSync = state.lastSyncOfAll();
    const bool online = probeOnline(context.profile());

    QJsonObject json{
        {u"enrolled"_s, context.profile().hasToken()},
        {u"server"_s, settings.value(SettingKey::kServerUrl.toString())},
        {u"store"_s, settings.value(SettingKey::kStoreName.toString())},
        {u"customers"_s, customerCount.value()},
        {u"last_sync"_s, isoOrNull(lastSync)},
        {u"pending"_s, pending},
        {u"conflicts"_s, outbox->conflicts},
        {u"quarantined"_s, outbox->quarantined},
        {u"online"_s, online},
    };
    QJsonObject feeds;
    for (const QString& feed : SyncStateRepository::feeds()) {
        const Result<qint64> rows = state.cachedRows(feed);
        if (!rows)
            return context.fail(u"status failed"_s, rows.error());
        feeds.insert(
            feed, QJsonObject{{u"count"_s, rows.value()}, {u"last_sync"_s, isoOrNull(state.lastSync(feed))}});
    }
    json.insert(u"feeds"_s, feeds);
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
    context.printLine(u"pending:    %1"_s.arg(pending));
    context.printLine(u"conflicts:  %1"_s.arg(outbox->conflicts));
    context.printLine(u"quarantined: %1"_s.arg(outbox->quarantined));
    context.printLine(u"online:     %1"_s.arg(online ? u"yes"_s : u"no"_s));
    return CtlContext::kOk;
}
