#include "ProductAvailability.h"

#include "StockLevel.h"
#include "StockRepository.h"
#include "StoreRepository.h"

#include <QCollator>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The stores of this retailer are all in Germany; a store without a zone is counted in Berlin's.
constexpr QByteArrayView kDefaultTimeZone = "Europe/Berlin";

AvailabilityRow rowFor(AvailabilityRow::Place place, const QString& location, const QString& name,
                       const StockLevel* level, const QDateTime& now, const QTimeZone& zone) {
    AvailabilityRow row;
    row.place = place;
    row.location = location;
    row.storeName = name;
    if (level) {
        row.quantity = level->quantity;
        row.updatedAt = level->updatedAt;
    }
    row.age = StockAge::of(row.updatedAt, now, zone);
    if (place == AvailabilityRow::Place::OnlineWarehouse && row.inStock())
        row.delivery = DeliveryEstimate::forOrderAt(now, zone);
    return row;
}

} // namespace

ProductAvailability::ProductAvailability(QSqlDatabase db, QString ownStoreId, const Clock& clock)
    : m_db(std::move(db))
    , m_ownStoreId(std::move(ownStoreId))
    , m_clock(clock) {}

QTimeZone ProductAvailability::ownTimeZone() const {
    if (const std::optional<StoreRecord> own = StoreRepository(m_db).find(m_ownStoreId)) {
        const QTimeZone zone(own->timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone(kDefaultTimeZone.toByteArray());
}

Result<QList<AvailabilityRow>> ProductAvailability::forSku(const QString& sku) const {
    Result<QList<StockLevel>> levels = StockRepository(m_db).forSku(sku);
    if (!levels)
        return levels.error();
    Result<QList<StoreRecord>> stores = StoreRepository(m_db).all();
    if (!stores)
        return stores.error();

    QHash<QString, const StockLevel*> byLocation;
    for (const StockLevel& level : levels.value())
        byLocation.insert(level.location, &level);
    QHash<QString, QString> names;
    for (const StoreRecord& store : stores.value())
        names.insert(store.id, store.name);

    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = ownTimeZone();
    QList<AvailabilityRow> others;
    for (const StoreRecord& store : stores.value()) {
        if (store.id != m_ownStoreId)
            others.append(rowFor(AvailabilityRow::Place::OtherStore, store.id, store.name,
                                 byLocation.value(store.id), now, zone));
    }
    // A location the stock feed knows before the stores feed does is still a place to look.
    for (const StockLevel& level : levels.value()) {
        if (!level.isOnline() && level.location != m_ownStoreId && !names.contains(level.location))
            others.append(rowFor(AvailabilityRow::Place::OtherStore, level.location, level.location, &level,
                                 now, zone));
    }
    QCollator collator(QLocale(QLocale::German, QLocale::Germany));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(others.begin(), others.end(),
                     [&collator](const AvailabilityRow& a, const AvailabilityRow& b) {
                         return collator.compare(a.storeName, b.storeName) < 0;
                     });

    QList<AvailabilityRow> rows;
    rows.reserve(others.size() + 2);
    rows.append(rowFor(AvailabilityRow::Place::OwnStore, m_ownStoreId,
                       names.value(m_ownStoreId, m_ownStoreId), byLocation.value(m_ownStoreId), now, zone));
    rows.append(others);
    const QString online = StockLevel::kOnline.toString();
    rows.append(
        rowFor(AvailabilityRow::Place::OnlineWarehouse, online, {}, byLocation.value(online), now, zone));
    return rows;
}

QHash<QString, int> ProductAvailability::hereFor(const QStringList& skus) const {
    QHash<QString, int> here;
    if (skus.isEmpty())
        return here;
    // One statement prepared once for a page of search results (StockRepository::at prepares per call).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT quantity FROM stock WHERE sku = ? AND location = ?"_s))
        return here;
    query.bindValue(1, m_ownStoreId);
    for (const QString& sku : skus) {
        query.bindValue(0, sku);
        if (query.exec() && query.next())
            here.insert(sku, query.value(0).toInt());
        query.finish();
    }
    return here;
}
