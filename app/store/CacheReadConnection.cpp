#include "CacheReadConnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

QString nextName() {
    static std::atomic<int> counter{0};
    return u"theke-read-%1"_s.arg(++counter);
}

} // namespace

CacheReadConnection::CacheReadConnection(const QString& path)
    : m_name(nextName())
    , m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name)) {
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        m_error = makeError(ErrorCode::kStoreOpen, u"read connection: "_s + m_db.lastError().text());
        return;
    }
    QSqlQuery pragma(m_db);
    if (!pragma.exec(u"PRAGMA query_only = ON"_s))
        m_error = makeError(ErrorCode::kStoreOpen, u"read connection: "_s + pragma.lastError().text());
}

CacheReadConnection::~CacheReadConnection() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<QSqlDatabase> CacheReadConnection::database() const {
    if (!m_error.code.isEmpty())
        return m_error;
    return m_db;
}
