#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Small helpers the feed repositories share: how times, optional text and JSON lists are stored,
// and statements that report failures as Errors.
namespace CacheSql {

QVariant textOrNull(const QString& text);  // NULL for an empty string
QVariant text(const QString& text);        // never NULL: a null QString becomes ''
QVariant timeOrNull(const QDateTime& utc); // ISO-8601 UTC with ms, NULL when invalid
// The same text ("2025-03-05T10:31:00.000Z"), empty when invalid; written digit by digit, as
// QDateTime::toString took a tenth of a feed page's apply.
QString timeText(const QDateTime& utc);
QDateTime time(const QVariant& stored); // invalid for NULL
// SQL that turns a stored time column into milliseconds since the epoch inside SQLite (exact to
// the ms), for reading thousands of rows without parsing each ISO text in C++; NULL stays NULL.
QString epochMsExpression(const QString& column);
QDateTime timeFromEpochMs(const QVariant& ms); // invalid for NULL
QString json(const QJsonArray& array);
QString json(const QJsonObject& object);
// The stored JSON text of column what; a row that is not JSON of that shape is store.query.
Result<QJsonArray> jsonArray(const QVariant& stored, const QString& what);
Result<QJsonObject> jsonObject(const QVariant& stored, const QString& what);

Status prepare(QSqlQuery& query, const QString& sql);
Status exec(QSqlQuery& query, const QString& what);
// Runs deleteById (one bound id) for every id; ids not cached are no error (tombstones repeat).
Status removeEach(QSqlDatabase db, const QString& deleteById, const QStringList& ids, const QString& what);

// Runs query and decodes every row with read (a function of the query giving Result<Record>); the
// first row that cannot be decoded fails the whole read.
template <typename Record, typename Read>
Result<QList<Record>> readAll(QSqlQuery& query, const QString& what, Read read) {
    if (Status s = exec(query, what); !s)
        return s.error();
    QList<Record> records;
    while (query.next()) {
        Result<Record> record = read(query);
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }
    return records;
}

} // namespace CacheSql
