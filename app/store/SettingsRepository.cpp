#include "SettingsRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString SettingsRepository::value(const QString& key, const QString& fallback) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next() || query.isNull(0))
        return fallback;
    return query.value(0).toString();
}

Status SettingsRepository::setValue(const QString& key, const QString& value) {
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), u"saving setting %1"_s.arg(key));
    return {};
}
