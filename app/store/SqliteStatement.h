#pragma once

#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement straight on the sqlite3 handle of a QSqlDatabase connection, for the bulk
// writes of feed pages. QSqlQuery wraps every bound value in a QVariant and keeps result bookkeeping
// per exec, which cost several times the insert itself (bench_feedapply). Same connection, so the
// statement runs inside the caller's transaction. Positions are 0-based like QSqlQuery::bindValue.
class SqliteStatement {
public:
    SqliteStatement(const QSqlDatabase& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // The error of preparing (store.query), or ok.
    Status prepared() const;

    void bindText(int position, QStringView text);       // '' for an empty or null text
    void bindTextOrNull(int position, QStringView text); // NULL for an empty text
    // UTF-8 bound as it is, without a copy: utf8 must stay unchanged until run() returns. Same rules
    // for empty texts as the two above.
    void bindUtf8(int position, const QByteArray& utf8);
    void bindUtf8OrNull(int position, const QByteArray& utf8);
    // NULL for a null QByteArray, '' for an empty one (QSqlQuery's rule for QString).
    void bindUtf8KeepingNull(int position, const QByteArray& utf8);
    void bindInteger(int position, qint64 number);
    void bindNull(int position);

    // Steps once, then resets and clears the bindings. An error says "what subject: sqlite's text";
    // the text is only put together then, not for every row.
    Status run(QStringView what, QStringView subject = {});
    // The same for a statement that returns at most one row: read(*this) gets it before the reset
    // and reads it with the column functions.
    template <typename Read> Status runReading(QStringView what, QStringView subject, Read&& read);
    qint64 columnInteger(int column) const;
    QString columnText(int column) const;
    // Whether the column's text is utf8 byte for byte (NULL counts as ''), without a copy.
    bool columnEquals(int column, const QByteArray& utf8) const;

    // Rowid of the last insert on the connection.
    qint64 lastInsertRowid() const;

private:
    bool stepRow(); // true when a row is there
    Status finish(QStringView what, QStringView subject);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    Status m_prepared;
    std::vector<QByteArray> m_texts; // UTF-8 of the bound texts by position, until the next bind there
    int m_stepResult = 0;
};

template <typename Read>
Status SqliteStatement::runReading(QStringView what, QStringView subject, Read&& read) {
    if (stepRow())
        read(*this);
    return finish(what, subject);
}
