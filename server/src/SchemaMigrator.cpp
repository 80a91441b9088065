#include "SchemaMigrator.h"

#include "MigrationScript.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SchemaMigrator::SchemaMigrator(QSqlDatabase db, DatabaseUrl::Engine engine)
    : m_db(std::move(db))
    , m_engine(engine) {}

QString SchemaMigrator::fileFor(const QString& portableName) const {
    if (m_engine == DatabaseUrl::Engine::Postgres) {
        const QString override = u":/server/sql/postgresql/"_s + portableName;
        if (QFile::exists(override))
            return override;
    }
    return u":/server/sql/"_s + portableName;
}

Result<int> SchemaMigrator::currentVersion() {
    QSqlQuery query(m_db);
    if (m_engine == DatabaseUrl::Engine::Sqlite) {
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return ServerDatabase::queryError(query.lastError(), u"read schema version");
        return query.value(0).toInt();
    }
    // Runs inside the migration's write transaction, so two servers starting at once wait for each other.
    // Looked up first: CREATE TABLE IF NOT EXISTS would print a NOTICE on every start.
    if (!query.exec(u"SELECT to_regclass('schema_version') IS NOT NULL"_s) || !query.next())
        return ServerDatabase::queryError(query.lastError(), u"look for the schema version table"_s);
    if (!query.value(0).toBool()) {
        if (!query.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s))
            return ServerDatabase::queryError(query.lastError(), u"create schema version table");
        return 0;
    }
    if (!query.exec(u"SELECT version FROM schema_version"_s))
        return ServerDatabase::queryError(query.lastError(), u"read schema version");
    return query.next() ? query.value(0).toInt() : 0;
}

Status SchemaMigrator::setVersion(int version) {
    QSqlQuery query(m_db);
    if (m_engine == DatabaseUrl::Engine::Sqlite) {
        // PRAGMA takes no bound parameters; the number comes from our own file name, not from input.
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
            return ServerDatabase::queryError(query.lastError(), u"set schema version");
        return {};
    }
    if (!query.exec(u"DELETE FROM schema_version"_s))
        return ServerDatabase::queryError(query.lastError(), u"set schema version");
    query.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
    query.addBindValue(version);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"set schema version");
    return {};
}

Result<int> SchemaMigrator::migrate() {
    static const QRegularExpression kFileName(u"^(\\d{3})_[a-z0-9_]+\\.sql$"_s);
    const QStringList files = QDir(u":/server/sql"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    int newest = 0;
    int current = 0;
    for (const QString& file : files) {
        const QRegularExpressionMatch match = kFileName.match(file);
        if (!match.hasMatch())
            return makeError(u"internal_error", u"badly named migration "_s + file, 500);
        const int number = match.captured(1).toInt();
        newest = number;

        Transaction tx(m_db, Transaction::Mode::Write);
        if (Status begun = tx.begin(); !begun)
            return begun.error();
        const Result<int> version = currentVersion();
        if (!version)
            return version.error();
        current = version.value();
        if (number <= current)
            continue; // tx rolls back: nothing was written

        QFile sqlFile(fileFor(file));
        if (!sqlFile.open(QIODevice::ReadOnly))
            return makeError(u"internal_error", u"cannot read migration "_s + file, 500);
        const QStringList statements = MigrationScript::statements(QString::fromUtf8(sqlFile.readAll()));
        QSqlQuery query(m_db);
        for (const QString& statement : statements) {
            if (!query.exec(statement))
                return ServerDatabase::queryError(query.lastError(), u"migration "_s + file);
        }
        if (Status written = setVersion(number); !written)
            return written.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        current = number;
        qCInfo(lcServer) << "applied schema migration" << number;
    }
    if (current > newest) {
        return makeError(u"internal_error",
                         u"database schema %1 is newer than this server (%2)"_s.arg(current).arg(newest),
                         500);
    }
    return std::max(current, newest);
}
