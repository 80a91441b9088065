#include "CtlContext.h"
#include "SupportCommands.h"

#include "SyncStateRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

// The bundle is built from an allowlist of things that cannot carry secrets or personal data:
// versions, counts, states, times and setting values whose keys are known to be harmless. Nothing
// is copied from tables that hold names, PIN hashes or payloads.
namespace {

QJsonObject tableCounts(QSqlDatabase& db) {
    QJsonObject counts;
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& name : std::as_const(names)) {
        // The name comes from sqlite_master, not from input; quoted as an identifier all the same.
        QString quoted = name;
        quoted.replace(u'"', u"\"\""_s);
        QSqlQuery count(db);
        if (count.exec(u"SELECT count(*) FROM \"%1\""_s.arg(quoted)) && count.next())
            counts.insert(name, count.value(0).toLongLong());
    }
    return counts;
}

QJsonObject groupCounts(QSqlDatabase& db, const QString& sql) {
    QJsonObject counts;
    QSqlQuery query(db);
    if (query.exec(sql)) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return counts;
}

QJsonObject lastSyncs(QSqlDatabase& db) {
    QJsonObject feeds;
    QSqlQuery query(db);
    if (query.exec(u"SELECT feed, last_sync_utc FROM sync_state ORDER BY feed"_s)) {
        while (query.next())
            feeds.insert(query.value(0).toString(),
                         query.value(1).isNull() ? QJsonValue() : query.value(1).toString());
    }
    return feeds;
}

QJsonObject safeSettings(QSqlDatabase& db) {
    static const QRegularExpression secretish(u"token|secret|password|passwd|pin|key|credential"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QJsonObject settings;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT key, value FROM settings ORDER BY key"_s))
        return settings;
    while (query.next()) {
        const QString key = query.value(0).toString();
        QString value = query.value(1).toString();
        if (secretish.match(key).hasMatch()) {
            settings.insert(key, u"(withheld)"_s);
            continue;
        }
        if (key == u"server_url") {
            QUrl url(value);
            url.setUserInfo({}); // a URL may carry credentials
            url.setQuery(QString());
            value = url.toString();
        }
        settings.insert(key, value);
    }
    return settings;
}

QString sqliteVersion(QSqlDatabase& db) {
    QSqlQuery query(db);
    return query.exec(u"SELECT sqlite_version()"_s) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

int SupportCommands::diagnostics(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"output"_s, u"Where to write the bundle (JSON)"_s, u"PATH"_s});
    if (!parser.parse(QStringList{u"diagnostics"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty())
        return context.usage(u"diagnostics needs --output PATH"_s);
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    QSqlDatabase& db = database->sql();

    const QStorageInfo storage(context.profile().directory());
    const QJsonObject bundle{
        {u"format"_s, u"theke-diagnostics/1"_s},
        {u"created_utc"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"versions"_s, QJsonObject{{u"theke"_s, QStringLiteral(THEKE_VERSION)},
                                    {u"qt"_s, QString::fromLatin1(qVersion())},
                                    {u"sqlite"_s, sqliteVersion(db)},
                                    {u"os"_s, QSysInfo::prettyProductName()},
                                    {u"cpu"_s, QSysInfo::currentCpuArchitecture()}}},
        {u"schema_version"_s, database->schemaVersion()},
        {u"enrolled"_s, context.profile().hasToken()},
        {u"token_store"_s, context.profile().tokenStoreKind()},
        {u"tables"_s, tableCounts(db)},
        {u"outbox_states"_s, groupCounts(db, u"SELECT state, count(*) FROM outbox GROUP BY state"_s)},
        {u"audit_actions"_s, groupCounts(db, u"SELECT action, count(*) FROM audit_log GROUP BY action"_s)},
        {u"staff_roles"_s, groupCounts(db, u"SELECT role, count(*) FROM staff GROUP BY role"_s)},
        {u"last_sync"_s, lastSyncs(db)},
        {u"last_sync_of_all"_s, SyncStateRepository(db).lastSyncOfAll().toString(Qt::ISODate)},
        {u"settings"_s, safeSettings(db)},
        {u"disk"_s, QJsonObject{{u"free_bytes"_s, storage.bytesAvailable()},
                                {u"total_bytes"_s, storage.bytesTotal()},
                                {u"cache_bytes"_s, QFileInfo(database->path()).size()}}},
        // Theke logs to stderr/journald only; there is no log file to include.
        {u"log"_s, u"no log file is kept; see journalctl for the session's output"_s},
    };

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(u"cannot write the bundle"_s,
                            makeError(ErrorCode::kProfileIo, file.errorString()));
    file.write(QJsonDocument(bundle).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return context.fail(u"cannot write the bundle"_s,
                            makeError(ErrorCode::kProfileIo, file.errorString()));
    context.printLine(u"diagnostics written to %1"_s.arg(output));
    return CtlContext::kOk;
}
