#include "Database.h"

#include "Migrations.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "theke.store")

namespace {

// Primary SQLite result codes (the driver may report extended codes; the low byte is the primary).
constexpr int kSqlitePerm = 3;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return u"theke-%1"_s.arg(++counter);
}

int primaryCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

Error sqlError(const QSqlError& error, const QString& what) {
    // The driver text names tables and constraints, never bound values, so it is safe to log.
    const QString detail = what + u": "_s + error.text();
    switch (primaryCode(error)) {
    case kSqliteFull:
        return makeError(ErrorCode::kStoreDiskFull, detail);
    case kSqlitePerm:
    case kSqliteReadOnly:
    case kSqliteCorrupt:
    case kSqliteCantOpen:
    case kSqliteNotADatabase:
        return makeError(ErrorCode::kStoreOpen, detail);
    default:
        break;
    }
    if (error.databaseText().contains(u"database or disk is full"_s))
        return makeError(ErrorCode::kStoreDiskFull, detail);
    return makeError(ErrorCode::kStoreQuery, detail);
}

Database::Database(QSqlDatabase db, QString connectionName, QString path)
    : m_db(std::move(db))
    , m_connectionName(std::move(connectionName))
    , m_path(std::move(path)) {}

Database::~Database() {
    if (m_db.isOpen())
        m_db.close();
    // removeDatabase warns when a handle is still alive, so drop ours first.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path) {
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(u"QSQLITE"_s, name), name, path));
    QSqlDatabase& db = database->m_db;
    if (!db.isValid())
        return makeError(ErrorCode::kStoreOpen, u"the Qt SQLite driver (QSQLITE) is not available"_s);
    db.setDatabaseName(path);
    if (!db.open()) {
        Error error = sqlError(db.lastError(), u"opening the cache"_s);
        error.code = ErrorCode::kStoreOpen.toString();
        return error;
    }

    // SQLite opens lazily: the first statement is what finds out that a file is no database.
    // busy_timeout comes first so the others wait for a concurrent writer instead of failing.
    const QString pragmas[] = {u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA journal_mode = WAL"_s,
                               u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s,
                               u"PRAGMA secure_delete = ON"_s};
    for (const QString& pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            Error error = sqlError(query.lastError(), pragma);
            error.code = ErrorCode::kStoreOpen.toString();
            return error;
        }
        if (pragma.contains(u"journal_mode"_s) &&
            (!query.next() || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)) {
            // A read-only file or directory cannot switch to WAL; without WAL readers block the writer.
            return makeError(ErrorCode::kStoreOpen, u"cannot switch the cache to WAL mode (read-only?)"_s);
        }
    }

    if (Status migrated = Migrations::apply(db); !migrated)
        return migrated.error();
    qCDebug(lcDatabase) << "opened cache, schema" << database->schemaVersion();
    return database;
}

int Database::schemaVersion() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::transaction(const std::function<Status()>& work) {
    const bool nested = m_depth > 0;
    const QString savepoint = u"theke_%1"_s.arg(m_depth);
    QSqlQuery query(m_db);
    if (!query.exec(nested ? u"SAVEPOINT "_s + savepoint : u"BEGIN IMMEDIATE"_s))
        return sqlError(query.lastError(), u"beginning a transaction"_s);

    ++m_depth;
    Status result = work();
    --m_depth;

    if (result) {
        if (query.exec(nested ? u"RELEASE "_s + savepoint : u"COMMIT"_s))
            return {};
        result = sqlError(query.lastError(), u"committing"_s);
    }
    // SQLite may already have rolled back on its own (disk full, I/O error); a failing ROLLBACK
    // then only says there is nothing left to undo.
    if (nested) {
        query.exec(u"ROLLBACK TO "_s + savepoint);
        query.exec(u"RELEASE "_s + savepoint);
    } else {
        query.exec(u"ROLLBACK"_s);
    }
    qCDebug(lcDatabase) << "transaction rolled back:" << result.error().code;
    return result;
}
