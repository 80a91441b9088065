#include "CommandSupport.h"

#include "QueryFeedColumns.h"
#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

std::optional<qint64> CommandSupport::parseIfMatch(const QString& value) {
    static const QRegularExpression kVersion(u"^\\s*(?:W/)?(\"?)(\\d{1,18})\\1\\s*$"_s);
    const QRegularExpressionMatch match = kVersion.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(2).toLongLong();
}

Result<qint64> CommandSupport::requireVersion(const IfMatch& header, QStringView what) {
    if (!header.present)
        return makeError(u"precondition_required",
                         u"Send If-Match with the %1 version this change is based on."_s.arg(what), 428);
    const std::optional<qint64> version = parseIfMatch(header.value);
    if (!version)
        return makeError(u"invalid_request", u"If-Match must be a %1 version, e.g. \"3\"."_s.arg(what), 400);
    return *version;
}

CommandAnswer CommandSupport::versionMismatch(QStringView what, qint64 expected, qint64 current) {
    CommandAnswer answer = CommandAnswer::problem(
        412, u"version_mismatch",
        u"The %1 has changed since version %2; it is now at version %3."_s.arg(what).arg(expected).arg(
            current),
        QJsonObject{{u"current_version"_s, current}});
    answer.headers.emplace_back("ETag", "\"" + std::to_string(current) + "\"");
    return answer;
}

CommandAnswer CommandSupport::requestProblem(const Error& readerError) {
    // The reader names the entity first ("request: field 'lines[0].quantity' is out of range").
    const qsizetype colon = readerError.detail.indexOf(u": "_s);
    const QString detail = colon >= 0 ? readerError.detail.mid(colon + 2) : readerError.detail;
    if (detail.endsWith(u"missing or wrong type"_s))
        return CommandAnswer::problem(400, u"invalid_request", detail);
    return CommandAnswer::problem(422, u"invalid_value", detail);
}

Result<QString> CommandSupport::deviceStore(const QSqlDatabase& db, const QString& deviceId) {
    QSqlQuery query(db);
    query.prepare(u"SELECT store_id FROM devices WHERE id = ?"_s);
    query.addBindValue(deviceId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read device store");
    if (!query.next())
        return makeError(u"unauthorized", u"The device is not enrolled."_s, 401);
    return query.value(0).toString();
}

Result<std::optional<std::string>> CommandSupport::feedRow(const QSqlDatabase& db, const QString& table,
                                                           const QString& columns, RowWriter writer,
                                                           const QString& id) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Table and columns come from our own feed definitions, never from a request.
    query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns, table));
    query.addBindValue(id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read changed row"_s);
    if (!query.next())
        return std::optional<std::string>();
    return std::optional<std::string>(writer(QueryFeedColumns(query)));
}

CommandAnswer CommandSupport::rowAnswer(int status, std::string json, qint64 version) {
    CommandAnswer answer = CommandAnswer::json(status, std::move(json));
    answer.headers.emplace_back("ETag", "\"" + std::to_string(version) + "\"");
    return answer;
}

QString CommandSupport::timestamp(const QDateTime& utc) {
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QVariant CommandSupport::textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString CommandSupport::compact(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString CommandSupport::compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
