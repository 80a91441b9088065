#include "ServerDatabase.h"

#include "ServerLog.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

std::atomic<quint64> s_nextInstanceId{1};
std::atomic<quint64> s_nextConnectionId{1};

// Writers queue on this long before SQLite reports "database is locked"; in-process writers are
// already serialised by Transaction, so this only matters for outside tools holding the lock.
constexpr int kBusyTimeoutMs = 10000;

void closeAndRemove(const QString& name) {
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The connections the current thread opened, per ServerDatabase instance. The destructor runs at
// thread exit, in that thread, which is the only place Qt allows closing them.
struct ThreadConnections {
    std::vector<std::pair<quint64, QString>> entries;

    ~ThreadConnections() {
        for (const auto& entry : entries)
            closeAndRemove(entry.second);
    }
};

thread_local ThreadConnections t_connections;

// Splits a migration file into statements: '--' comment lines dropped, statements end with ';'.
QStringList splitStatements(const QString& script) {
    QStringList lines;
    const QStringList all = script.split(u'\n');
    for (const QString& line : all) {
        if (!line.trimmed().startsWith(u"--"))
            lines.append(line);
    }
    QStringList statements;
    const QStringList parts = lines.join(u'\n').split(u';');
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            statements.append(part.trimmed());
    }
    return statements;
}

} // namespace

ServerDatabase::ServerDatabase(QString filePath)
    : m_filePath(std::move(filePath))
    , m_instanceId(s_nextInstanceId++) {}

ServerDatabase::~ServerDatabase() {
    releaseThreadConnection();
}

Error ServerDatabase::queryError(const QSqlError& error, QStringView context) {
    return makeError(u"internal_error", context.toString() + u": "_s + error.text(), 500);
}

Status ServerDatabase::initialize() {
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(u"internal_error", u"cannot create the data directory"_s, 500);

    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    {
        QSqlQuery query(db.value());
        // WAL lets the feed readers run while a writer commits; the mode is stored in the file.
        if (!query.exec(u"PRAGMA journal_mode=WAL"_s))
            return queryError(query.lastError(), u"enable WAL");
    }
    return migrate(db.value());
}

Result<QSqlDatabase> ServerDatabase::connection() {
    QString name;
    for (const auto& entry : t_connections.entries) {
        if (entry.first == m_instanceId)
            name = entry.second;
    }
    QSqlDatabase db;
    if (name.isEmpty()) {
        name = u"theke-server-%1"_s.arg(s_nextConnectionId++);
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
        t_connections.entries.emplace_back(m_instanceId, name);
    } else {
        db = QSqlDatabase::database(name, false);
    }
    if (db.isOpen())
        return db;

    if (!db.open())
        return queryError(db.lastError(), u"open database");
    QSqlQuery query(db);
    // Foreign keys are off by default in SQLite; NORMAL is durable enough with WAL (no fsync per commit,
    // a power cut loses at most the last commits, never consistency).
    for (const QString& pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (!query.exec(pragma))
            return queryError(query.lastError(), u"configure connection");
    }
    qCDebug(lcServer) << "opened database connection" << name;
    return db;
}

void ServerDatabase::releaseThreadConnection() {
    auto& entries = t_connections.entries;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->first == m_instanceId) {
            closeAndRemove(it->second);
            entries.erase(it);
            return;
        }
    }
}

Status ServerDatabase::migrate(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return queryError(query.lastError(), u"read schema version");
    const int current = query.value(0).toInt();
    query.finish();

    static const QRegularExpression kFileName(u"^(\\d{3})_[a-z0-9_]+\\.sql$"_s);
    const QStringList files = QDir(u":/server/sql"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    int newest = 0;
    for (const QString& file : files) {
        const QRegularExpressionMatch match = kFileName.match(file);
        if (!match.hasMatch())
            return makeError(u"internal_error", u"badly named migration "_s + file, 500);
        const int number = match.captured(1).toInt();
        newest = number;
        if (number <= current)
            continue;

        QFile sqlFile(u":/server/sql/"_s + file);
        if (!sqlFile.open(QIODevice::ReadOnly))
            return makeError(u"internal_error", u"cannot read migration "_s + file, 500);
        const QStringList statements = splitStatements(QString::fromUtf8(sqlFile.readAll()));

        Transaction tx(db, Transaction::Mode::Write);
        if (Status begun = tx.begin(); !begun)
            return begun;
        for (const QString& statement : statements) {
            if (!query.exec(statement))
                return queryError(query.lastError(), u"migration "_s + file);
        }
        // PRAGMA takes no bound parameters; the number comes from our own file name, not from input.
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(number)))
            return queryError(query.lastError(), u"set schema version");
        if (Status committed = tx.commit(); !committed)
            return committed;
        qCInfo(lcServer) << "applied schema migration" << number;
    }
    if (current > newest) {
        return makeError(u"internal_error",
                         u"database schema %1 is newer than this server (%2)"_s.arg(current).arg(newest),
                         500);
    }
    m_schemaVersion = std::max(current, newest);
    return {};
}
