#include "PickupQueueModel.h"

#include "CustomerNames.h"
#include "Formatting.h"
#include "PickupActions.h"
#include "PickupRepository.h"
#include "PickupRules.h"
#include "PickupTexts.h"

#include <QPalette>

using namespace Qt::StringLiterals;

PickupQueueModel::PickupQueueModel(QSqlDatabase db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock) {}

void PickupQueueModel::setStoreId(const QString& storeId) {
    m_storeId = storeId;
    reload();
}

void PickupQueueModel::reload() {
    Result<QList<Pickup>> pickups = PickupRepository(m_db).forStore(m_storeId);
    m_all = pickups ? pickups.value() : QList<Pickup>{};
    // Every reload (after each sync) reads the names afresh: a customer may have been renamed.
    QStringList customerIds;
    for (const Pickup& pickup : std::as_const(m_all)) {
        if (!pickup.customerId.isEmpty())
            customerIds << pickup.customerId;
    }
    customerIds.removeDuplicates();
    Result<QHash<QString, QString>> names = CustomerNames::of(m_db, customerIds);
    m_names = names ? std::move(names).value() : QHash<QString, QString>{};
    filter();
}

void PickupQueueModel::setBucket(Bucket bucket) {
    m_bucket = bucket;
    filter();
}

void PickupQueueModel::setSearch(const QString& text) {
    m_search = text.simplified();
    filter();
}

PickupQueueModel::Bucket PickupQueueModel::bucketOf(const Pickup& pickup, const QDateTime& nowUtc) {
    if (pickup.state == PickupState::AwaitingStock)
        return ToPrepare;
    if (PickupRules::isOverdue(pickup.state, pickup.deadline, nowUtc) ||
        (pickup.state == PickupState::PartlyHandedOver && pickup.deadline.isValid() &&
         pickup.deadline < nowUtc))
        return Overdue;
    if (pickup.state == PickupState::Ready || pickup.state == PickupState::PartlyHandedOver)
        return ReadyBucket;
    if (pickup.state == PickupState::HandedOver && !pickup.handovers.isEmpty() &&
        pickup.handovers.last().at.toLocalTime().date() == nowUtc.toLocalTime().date())
        return HandedOverToday;
    return BucketCount; // done earlier, returned or cancelled: not in the queue
}

int PickupQueueModel::ageDays(const Pickup& pickup, const QDateTime& nowUtc) {
    const QDateTime since = pickup.deadline.isValid() && pickup.state != PickupState::AwaitingStock
                                ? pickup.deadline.addDays(-PickupActions::kCollectDays)
                                : pickup.updatedAt;
    return since.isValid() ? std::max<qint64>(0, since.daysTo(nowUtc)) : 0;
}

int PickupQueueModel::openQuantity(const Pickup& pickup, const QString& lineId) {
    const QList<PickupLineQuantity> ordered = PickupRules::ordered(pickup); // less what is unavailable
    QList<PickupLineQuantity> given;
    for (const Handover& handover : pickup.handovers) {
        for (const PickupLine& line : handover.lines)
            given.append({line.lineId, line.quantity});
    }
    for (const PickupLineQuantity& open : PickupRules::openQuantities(ordered, given)) {
        if (open.lineId == lineId)
            return open.quantity;
    }
    return 0;
}

int PickupQueueModel::count(Bucket bucket) const {
    const QDateTime now = m_clock.nowUtc();
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [&](const Pickup& pickup) { return bucketOf(pickup, now) == bucket; }));
}

void PickupQueueModel::filter() {
    beginResetModel();
    m_shown.clear();
    const QDateTime now = m_clock.nowUtc();
    for (const Pickup& pickup : std::as_const(m_all)) {
        if (bucketOf(pickup, now) != m_bucket)
            continue;
        if (!m_search.isEmpty() && !pickup.orderNo.contains(m_search, Qt::CaseInsensitive) &&
            !m_names.value(pickup.customerId).contains(m_search, Qt::CaseInsensitive))
            continue;
        m_shown.append(pickup);
    }
    endResetModel();
}

std::optional<Pickup> PickupQueueModel::pickup(const QString& id) const {
    for (const Pickup& pickup : m_all) {
        if (pickup.id == id)
            return pickup;
    }
    return std::nullopt;
}

std::optional<Pickup> PickupQueueModel::pickupForOrder(const QString& orderNo) const {
    for (const Pickup& pickup : m_all) {
        if (pickup.orderNo.compare(orderNo, Qt::CaseInsensitive) == 0)
            return pickup;
    }
    return std::nullopt;
}

QList<PickupCodeSearch::Candidate> PickupQueueModel::codeCandidates() const {
    QList<PickupCodeSearch::Candidate> candidates;
    for (const Pickup& pickup : m_all) {
        if (pickup.state == PickupState::Ready || pickup.state == PickupState::PartlyHandedOver)
            candidates.append({pickup.id, pickup.pickupCodeHash});
    }
    return candidates;
}

int PickupQueueModel::rowOf(const QString& pickupId) const {
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == pickupId)
            return row;
    }
    return -1;
}

int PickupQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PickupQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PickupQueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Pickup& pickup = m_shown.at(index.row());
    if (role == kPickupIdRole)
        return pickup.id;
    if (role == Qt::ForegroundRole && index.column() == DeadlineColumn &&
        bucketOf(pickup, m_clock.nowUtc()) == Overdue)
        return QPalette().brush(QPalette::Active, QPalette::Link);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case OrderColumn:
        return pickup.orderNo;
    case CustomerColumn:
        return m_names.value(pickup.customerId);
    case StateColumn:
        return PickupTexts::state(pickup.state);
    case ShelfColumn:
        return pickup.shelf;
    case DeadlineColumn:
        return pickup.deadline.isValid() ? Formatting::date(pickup.deadline.toLocalTime().date()) : QString();
    case AgeColumn:
        return tr("%n day(s)", nullptr, ageDays(pickup, m_clock.nowUtc()));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PickupQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case OrderColumn:
        return tr("Order no.");
    case CustomerColumn:
        return tr("Customer");
    case StateColumn:
        return tr("State");
    case ShelfColumn:
        return tr("Shelf");
    case DeadlineColumn:
        return tr("Collect by");
    case AgeColumn:
        return tr("Waiting");
    case ColumnCount:
        break;
    }
    return {};
}
