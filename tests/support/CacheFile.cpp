#include "CacheFile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

CacheFile::CacheFile(const QString& path) {
    static std::atomic<int> counter{0};
    m_connectionName = u"cache-file-%1"_s.arg(++counter);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!m_db.open())
        m_error = m_db.lastError().text();
}

CacheFile::~CacheFile() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString CacheFile::integrityCheck() {
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return u"integrity_check failed to run: "_s + query.lastError().text();
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    return findings.join(u"; "_s);
}

QString CacheFile::cursor(const QString& feed) {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT cursor FROM sync_state WHERE feed = ?"_s);
    query.addBindValue(feed);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

CacheFile::Versions CacheFile::versions(const QString& table) {
    Versions rows;
    QSqlQuery query(m_db);
    // The table name comes from the test itself, never from data.
    if (!query.exec(u"SELECT id, version FROM %1 WHERE id IS NOT NULL"_s.arg(table))) {
        m_error = query.lastError().text();
        return rows;
    }
    while (query.next())
        rows.insert(query.value(0).toString(), query.value(1).toLongLong());
    return rows;
}

qint64 CacheFile::scalar(const QString& sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        m_error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QStringList CacheFile::column(const QString& sql) {
    QStringList values;
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return values;
    }
    while (query.next())
        values << query.value(0).toString();
    return values;
}
