#include "ServerDatabase.h"

#include "SchemaMigrator.h"
#include "ServerLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
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

} // namespace

ServerDatabase::ServerDatabase(DatabaseUrl url)
    : m_url(std::move(url))
    , m_instanceId(s_nextInstanceId++) {}

ServerDatabase::~ServerDatabase() {
    releaseThreadConnection();
}

sqlite3* ServerDatabase::sqliteHandle(const QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

Error ServerDatabase::queryError(const QSqlError& error, QStringView context) {
    return makeError(u"internal_error", context.toString() + u": "_s + error.text(), 500);
}

Status ServerDatabase::initialize() {
    const bool sqlite = m_url.engine == DatabaseUrl::Engine::Sqlite;
    if (sqlite && !QDir().mkpath(QFileInfo(m_url.filePath).absolutePath()))
        return makeError(u"internal_error", u"cannot create the data directory"_s, 500);

    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    if (sqlite) {
        QSqlQuery query(db.value());
        // WAL lets the feed readers run while a writer commits; the mode is stored in the file.
        if (!query.exec(u"PRAGMA journal_mode=WAL"_s))
            return queryError(query.lastError(), u"enable WAL");
    }
    const Result<int> version = SchemaMigrator(db.value(), m_url.engine).migrate();
    if (!version)
        return version.error();
    m_schemaVersion = version.value();
    return {};
}

QSqlDatabase ServerDatabase::addConnection(const QString& name) const {
    if (m_url.engine == DatabaseUrl::Engine::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_url.filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setDatabaseName(m_url.databaseName);
    if (!m_url.user.isEmpty())
        db.setUserName(m_url.user);
    if (!m_url.password.isEmpty())
        db.setPassword(m_url.password);
    db.setConnectOptions(
        (QStringList{u"connect_timeout=10"_s, u"application_name=theke-server"_s} + m_url.parameters)
            .join(u';'));
    return db;
}

// Per connection: SQLite's foreign keys are off by default, and NORMAL is durable enough with WAL (no
// fsync per commit, a power cut loses at most the last commits, never consistency). PostgreSQL needs
// nothing: its defaults are what the server expects.
Status ServerDatabase::configure(QSqlDatabase& db) const {
    if (m_url.engine != DatabaseUrl::Engine::Sqlite)
        return {};
    QSqlQuery query(db);
    for (const QString& pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (!query.exec(pragma))
            return queryError(query.lastError(), u"configure connection");
    }
    return {};
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
        db = addConnection(name);
        t_connections.entries.emplace_back(m_instanceId, name);
    } else {
        db = QSqlDatabase::database(name, false);
    }
    // QPSQL's isOpen() is false once libpq has seen the connection break (a database restart, a network
    // cut): the request that noticed failed, the thread's next one opens a new connection here.
    if (db.isOpen())
        return db;

    if (!db.open())
        return queryError(db.lastError(), u"open database");
    if (Status configured = configure(db); !configured)
        return configured.error();
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
