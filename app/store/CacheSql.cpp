#include "CacheSql.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

QVariant CacheSql::textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant CacheSql::text(const QString& text) {
    return text.isNull() ? QVariant(QString(u""_s)) : QVariant(text);
}

QVariant CacheSql::timeOrNull(const QDateTime& utc) {
    return utc.isValid() ? QVariant(timeText(utc)) : QVariant();
}

QString CacheSql::timeText(const QDateTime& utc) {
    if (!utc.isValid())
        return {};
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    t.date().getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return t.toString(Qt::ISODateWithMs);
    const QTime time = t.time();
    char16_t text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, time.hour(), 2);
    text[13] = u':';
    put(14, time.minute(), 2);
    text[16] = u':';
    put(17, time.second(), 2);
    text[19] = u'.';
    put(20, time.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 24);
}

QDateTime CacheSql::time(const QVariant& stored) {
    if (stored.isNull())
        return {};
    const QDateTime time = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString CacheSql::epochMsExpression(const QString& column) {
    return u"CAST(ROUND((julianday(%1) - 2440587.5) * 86400000.0) AS INTEGER)"_s.arg(column);
}

QDateTime CacheSql::timeFromEpochMs(const QVariant& ms) {
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QString CacheSql::json(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString CacheSql::json(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QJsonArray> CacheSql::jsonArray(const QVariant& stored, const QString& what) {
    const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8());
    if (!document.isArray())
        return makeError(ErrorCode::kStoreQuery, u"cached %1 is not a JSON array"_s.arg(what));
    return document.array();
}

Result<QJsonObject> CacheSql::jsonObject(const QVariant& stored, const QString& what) {
    const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8());
    if (!document.isObject())
        return makeError(ErrorCode::kStoreQuery, u"cached %1 is not a JSON object"_s.arg(what));
    return document.object();
}

Status CacheSql::prepare(QSqlQuery& query, const QString& sql) {
    if (query.prepare(sql))
        return {};
    return sqlError(query.lastError(), u"preparing a statement"_s);
}

Status CacheSql::exec(QSqlQuery& query, const QString& what) {
    if (query.exec())
        return {};
    return sqlError(query.lastError(), what);
}

Status CacheSql::removeEach(QSqlDatabase db, const QString& deleteById, const QStringList& ids,
                            const QString& what) {
    if (ids.isEmpty())
        return {};
    QSqlQuery query(db);
    if (Status s = prepare(query, deleteById); !s)
        return s;
    for (const QString& id : ids) {
        query.bindValue(0, id);
        if (Status s = exec(query, what); !s)
            return s;
    }
    return {};
}
