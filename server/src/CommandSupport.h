#pragma once

#include "CommandAnswer.h"
#include "FeedColumns.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
#include <string>

class QSqlQuery;

// What the retail commands (pickups, returns, carts) share: If-Match, the answers for stale and missing
// versions, request-body errors, the asking device's store and reading a changed row back in the exact
// bytes its sync feed serves.
namespace CommandSupport {

// If-Match as clients send it: "3", 3 or W/"3"; nullopt when it is no version.
std::optional<qint64> parseIfMatch(const QString& value);

// The header as the route saw it, so the command decides what a missing one means.
struct IfMatch {
    bool present = false;
    QString value;
};

// 428 precondition_required, or 400 for an If-Match that is no version; the version otherwise.
Result<qint64> requireVersion(const IfMatch& header, QStringView what);

CommandAnswer versionMismatch(QStringView what, qint64 expected, qint64 current);

// A JsonFieldReader error about a request body: a missing member or a wrong type is 400 invalid_request,
// a value out of range or not allowed 422 invalid_value.
CommandAnswer requestProblem(const Error& readerError);

// The store the device enrolled for.
Result<QString> deviceStore(const QSqlDatabase& db, const QString& deviceId);

// One row of table as its feed writes it (columns as the writer expects, seq last); nullopt when gone.
using RowWriter = std::string (*)(const FeedColumns& columns);
Result<std::optional<std::string>> feedRow(const QSqlDatabase& db, const QString& table,
                                           const QString& columns, RowWriter writer, const QString& id);

// A 200/201 answer with the row's JSON and its version as ETag.
CommandAnswer rowAnswer(int status, std::string json, qint64 version);

QString timestamp(const QDateTime& utc);
QVariant textOrNull(const QString& text);
QString compact(const QJsonArray& array);
QString compact(const QJsonObject& object);

} // namespace CommandSupport
