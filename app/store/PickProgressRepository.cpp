#include "PickProgressRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

PickProgressRepository::PickProgressRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

QList<PickProgress> PickProgressRepository::load(const QString& pickupId) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT line_id, picked, unavailable, reason FROM pick_progress WHERE pickup_id = ? "
                  u"ORDER BY line_id"_s);
    query.addBindValue(pickupId);
    QList<PickProgress> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(),
                       query.value(3).toString()});
    return result;
}

Status PickProgressRepository::save(const QString& pickupId, const QList<PickProgress>& progress,
                                    const QDateTime& nowUtc) {
    if (Status s = remove(pickupId); !s)
        return s;
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO pick_progress (pickup_id, line_id, picked, unavailable, reason, updated_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const PickProgress& line : progress) {
        if (line.picked <= 0 && line.unavailable <= 0)
            continue;
        query.addBindValue(pickupId);
        query.addBindValue(line.lineId);
        query.addBindValue(std::max(0, line.picked));
        query.addBindValue(std::max(0, line.unavailable));
        query.addBindValue(line.unavailable > 0 ? QVariant(line.reason) : QVariant());
        query.addBindValue(nowUtc.toUTC().toString(Qt::ISODateWithMs));
        if (!query.exec())
            return sqlError(query.lastError(), u"saving the pick list"_s);
    }
    return {};
}

Status PickProgressRepository::remove(const QString& pickupId) {
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM pick_progress WHERE pickup_id = ?"_s);
    query.addBindValue(pickupId);
    if (!query.exec())
        return sqlError(query.lastError(), u"removing the pick list"_s);
    return {};
}
