#pragma once

#include "Clock.h"
#include "Pickup.h"
#include "PickupCodeSearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

// The pickup desk's queue: this store's pickups from the cache in one bucket at a time, soonest
// deadline first, narrowed by a search over order no. and customer name.
class PickupQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Bucket { ToPrepare, ReadyBucket, Overdue, HandedOverToday, BucketCount };
    enum Column {
        OrderColumn,
        CustomerColumn,
        StateColumn,
        ShelfColumn,
        DeadlineColumn,
        AgeColumn,
        ColumnCount
    };
    static constexpr int kPickupIdRole = Qt::UserRole + 1;

    PickupQueueModel(QSqlDatabase db, const Clock& clock, QObject* parent = nullptr);

    void setStoreId(const QString& storeId);
    // Reads the cache again; keeps bucket and search.
    void reload();
    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }
    void setSearch(const QString& text);

    int count(Bucket bucket) const;
    static Bucket bucketOf(const Pickup& pickup, const QDateTime& nowUtc);
    // Days since the pickup became ready (or since its last change while it waits for stock).
    static int ageDays(const Pickup& pickup, const QDateTime& nowUtc);
    // What of the line is still waiting: ordered minus every handover.
    static int openQuantity(const Pickup& pickup, const QString& lineId);
    std::optional<Pickup> pickup(const QString& id) const;
    std::optional<Pickup> pickupForOrder(const QString& orderNo) const;
    // The waiting pickups (ready or partly handed over) with their code hashes: what a code may open.
    QList<PickupCodeSearch::Candidate> codeCandidates() const;
    QString customerName(const QString& customerId) const { return m_names.value(customerId); }
    int rowOf(const QString& pickupId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void filter();

    QSqlDatabase m_db;
    const Clock& m_clock;
    QString m_storeId;
    QList<Pickup> m_all;
    QList<Pickup> m_shown;
    QHash<QString, QString> m_names; // customer id → name
    Bucket m_bucket = ReadyBucket;
    QString m_search;
};
