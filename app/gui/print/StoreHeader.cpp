#include "StoreHeader.h"

#include "SettingsRepository.h"
#include "StoreRepository.h"

using namespace Qt::StringLiterals;

QStringList StoreHeader::lines(QSqlDatabase db, const QString& storeId) {
    const std::optional<StoreRecord> store = StoreRepository(db).find(storeId);
    if (!store)
        return {SettingsRepository(db).value(SettingKey::kStoreName.toString())};
    QStringList lines{store->name};
    const QString place = (store->postcode + u' ' + store->city).trimmed();
    if (!store->street.isEmpty() || !place.isEmpty())
        lines << QStringList{store->street, place}.join(u", "_s);
    return lines;
}
