#include "SqliteStatement.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

sqlite3* handleOf(const QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// In the shape sqlError() maps, so disk full and read-only keep their own codes.
Error errorOf(sqlite3* db, int code, const QString& what) {
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    return sqlError(QSqlError(text, text, QSqlError::StatementError, QString::number(code)), what);
}

const char kEmpty[] = "";

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase& db, const QString& sql)
    : m_db(handleOf(db)) {
    if (!m_db) {
        m_prepared = makeError(ErrorCode::kStoreQuery, u"the cache connection is not SQLite"_s);
        return;
    }
    const int code =
        sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)), &m_statement, nullptr);
    if (code != SQLITE_OK)
        m_prepared = errorOf(m_db, code, u"preparing a statement"_s);
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

Status SqliteStatement::prepared() const {
    return m_prepared;
}

void SqliteStatement::bindText(int position, QStringView text) {
    // Encoded here (Qt's UTF-8 encoder has fast paths for ASCII) into a buffer that lives until the
    // next bind at this position: SQLite neither copies it nor translates UTF-16 itself, which cost a
    // copy, a translation and two allocations per text (perf of a first sync).
    if (size_t(position) >= m_texts.size())
        m_texts.resize(size_t(position) + 1);
    QByteArray& utf8 = m_texts[size_t(position)];
    utf8 = text.toUtf8();
    bindUtf8(position, utf8);
}

void SqliteStatement::bindTextOrNull(int position, QStringView text) {
    if (text.isEmpty())
        bindNull(position);
    else
        bindText(position, text);
}

void SqliteStatement::bindUtf8(int position, const QByteArray& utf8) {
    // A null data pointer would bind NULL; the columns written with bindText/bindUtf8 are NOT NULL.
    sqlite3_bind_text(m_statement, position + 1, utf8.isEmpty() ? kEmpty : utf8.constData(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindUtf8OrNull(int position, const QByteArray& utf8) {
    if (utf8.isEmpty())
        bindNull(position);
    else
        bindUtf8(position, utf8);
}

void SqliteStatement::bindUtf8KeepingNull(int position, const QByteArray& utf8) {
    if (utf8.isNull())
        bindNull(position);
    else
        bindUtf8(position, utf8);
}

void SqliteStatement::bindInteger(int position, qint64 number) {
    sqlite3_bind_int64(m_statement, position + 1, number);
}

void SqliteStatement::bindNull(int position) {
    sqlite3_bind_null(m_statement, position + 1);
}

bool SqliteStatement::stepRow() {
    m_stepResult = sqlite3_step(m_statement);
    return m_stepResult == SQLITE_ROW;
}

Status SqliteStatement::finish(QStringView what, QStringView subject) {
    Status status;
    if (m_stepResult != SQLITE_DONE && m_stepResult != SQLITE_ROW) {
        // Read before the reset, which may replace the message.
        const QString named =
            subject.isEmpty() ? what.toString() : what.toString() + u' ' + subject.toString();
        status = errorOf(m_db, sqlite3_extended_errcode(m_db), named);
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return status;
}

Status SqliteStatement::run(QStringView what, QStringView subject) {
    stepRow();
    return finish(what, subject);
}

qint64 SqliteStatement::columnInteger(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::columnText(int column) const {
    const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
    if (!text)
        return {};
    return QString(reinterpret_cast<const QChar*>(text),
                   sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(char16_t)));
}

bool SqliteStatement::columnEquals(int column, const QByteArray& utf8) const {
    const auto* text = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return size == utf8.size() && (size == 0 || std::memcmp(text, utf8.constData(), size_t(size)) == 0);
}

qint64 SqliteStatement::lastInsertRowid() const {
    return sqlite3_last_insert_rowid(m_db);
}
