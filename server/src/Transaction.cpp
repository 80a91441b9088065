#include "Transaction.h"

#include "ServerDatabase.h"
#include "ServerLog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

std::mutex s_writeMutex;

// Every writer holds this transaction-scoped advisory lock on PostgreSQL, also writers in other
// theke-server processes on the same database. Change sequence numbers are then taken and committed
// one writer after another, so a feed reader that has seen seq N has seen every row below N: without
// it, a later number could commit first and a cursor would skip the earlier one for good.
constexpr qint64 kWriterLockKey = 0x7468656b65; // "theke"

QString beginStatement(const QSqlDatabase& db, Transaction::Mode mode) {
    const bool postgres = db.driverName() == u"QPSQL";
    if (mode == Transaction::Mode::Write)
        return postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    return postgres ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s;
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
    , m_mode(mode) {}

Transaction::~Transaction() {
    rollback();
}

Status Transaction::begin() {
    if (m_mode == Mode::Write)
        m_writeLock = std::unique_lock<std::mutex>(s_writeMutex);
    QSqlQuery query(m_db);
    if (!query.exec(beginStatement(m_db, m_mode))) {
        if (m_writeLock.owns_lock())
            m_writeLock.unlock();
        return ServerDatabase::queryError(query.lastError(), u"begin transaction");
    }
    m_active = true;
    if (m_mode == Mode::Write && m_db.driverName() == u"QPSQL") {
        if (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriterLockKey))) {
            const Error error = ServerDatabase::queryError(query.lastError(), u"take the writer lock");
            rollback();
            return error;
        }
    }
    return {};
}

Status Transaction::commit() {
    if (!m_active)
        return makeError(u"internal_error", u"commit without an open transaction"_s, 500);
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        const Error error = ServerDatabase::queryError(query.lastError(), u"commit");
        rollback();
        return error;
    }
    m_active = false;
    if (m_writeLock.owns_lock())
        m_writeLock.unlock();
    return {};
}

void Transaction::rollback() {
    if (m_active) {
        QSqlQuery query(m_db);
        if (!query.exec(u"ROLLBACK"_s))
            qCWarning(lcServer) << "rollback failed:" << query.lastError().text();
        m_active = false;
    }
    if (m_writeLock.owns_lock())
        m_writeLock.unlock();
}
