#include "ReturnLinesModel.h"

#include "Formatting.h"
#include "ReturnReasonText.h"
#include "ReturnTexts.h"

#include <QBrush>
#include <QPalette>

ReturnLinesModel::ReturnLinesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReturnLinesModel::setOrder(const ReturnableOrder& order) {
    beginResetModel();
    m_rows.clear();
    m_decision = ReturnDecision();
    for (const ReturnOrderLine& line : order.facts.lines) {
        Row row{line, order.lineNames.value(line.lineId), order.lineSkus.value(line.lineId), {}};
        row.asked.lineId = line.lineId;
        row.asked.quantity = 0;
        row.asked.reason = ReturnReason::ChangedMind;
        row.asked.condition = ItemCondition::AsNew;
        row.asked.disposition = ReturnDisposition::Restock;
        m_rows.append(row);
    }
    endResetModel();
}

void ReturnLinesModel::setDecision(const ReturnDecision& decision) {
    m_decision = decision;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, RefundColumn), index(rowCount() - 1, RefundColumn));
}

ReturnRequest ReturnLinesModel::request(RefundMethod method) const {
    ReturnRequest request;
    request.refundMethod = method;
    for (const Row& row : m_rows) {
        if (row.asked.quantity > 0)
            request.lines.append(row.asked);
    }
    return request;
}

bool ReturnLinesModel::setReasonText(int row, const QString& text) {
    if (row < 0 || row >= m_rows.size())
        return false;
    m_rows[row].asked.reasonText = ReturnReasonText::normalise(text);
    Q_EMIT dataChanged(index(row, ReasonColumn), index(row, ReasonColumn));
    Q_EMIT requestChanged();
    return true;
}

QString ReturnLinesModel::reasonText(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).asked.reasonText : QString();
}

QString ReturnLinesModel::articleName(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int ReturnLinesModel::left(int row) const {
    const ReturnOrderLine& line = m_rows.at(row).line;
    return std::max(0, line.quantity - line.returnedQuantity);
}

bool ReturnLinesModel::setQuantity(const QString& lineId, int quantity) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).line.lineId == lineId)
            return setData(index(row, QuantityColumn), quantity);
    }
    return false;
}

int ReturnLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReturnLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const ReturnLineDecision* decided = m_decision.line(row.line.lineId);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case QuantityColumn:
            return row.asked.quantity;
        case ReasonColumn:
            return int(row.asked.reason);
        case ConditionColumn:
            return int(row.asked.condition);
        case DispositionColumn:
            return int(row.asked.disposition);
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ArticleColumn:
            return row.sku.isEmpty() ? row.name : tr("%1\n%2").arg(row.name, row.sku);
        case BoughtColumn:
            return row.line.quantity;
        case ReturnedColumn:
            return row.line.returnedQuantity;
        case QuantityColumn:
            return tr("%1 of %2").arg(row.asked.quantity).arg(left(index.row()));
        case ReasonColumn:
            if (row.asked.reason == ReturnReason::Other && row.asked.reasonText.isEmpty())
                return tr("Other reason (say which)");
            return ReturnTexts::reason(row.asked.reason, row.asked.reasonText);
        case ConditionColumn:
            return ReturnTexts::condition(row.asked.condition);
        case DispositionColumn:
            return ReturnTexts::disposition(row.asked.disposition);
        case RefundColumn:
            if (row.asked.quantity == 0 || !decided)
                return QString();
            if (decided->verdict == LineVerdict::Refused)
                return tr("refused");
            return Formatting::money(decided->refund);
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= BoughtColumn && index.column() <= QuantityColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole && index.column() == RefundColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == QuantityColumn)
        return tr("Bought %1, already returned %2 (in any channel), %3 left to return")
            .arg(row.line.quantity)
            .arg(row.line.returnedQuantity)
            .arg(left(index.row()));
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn && row.asked.reason == ReturnReason::Other)
        return tr("Choose “Other reason” again to change the text.");
    if (role == Qt::ForegroundRole && index.column() == ReasonColumn && row.asked.quantity > 0 &&
        row.asked.reason == ReturnReason::Other && row.asked.reasonText.isEmpty())
        return QPalette().brush(QPalette::Active, QPalette::Link); // stands out: something is missing
    if (role == Qt::ForegroundRole && left(index.row()) == 0)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

bool ReturnLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    ReturnRequestLine& asked = m_rows[index.row()].asked;
    switch (index.column()) {
    case QuantityColumn:
        asked.quantity = std::clamp(value.toInt(), 0, left(index.row()));
        break;
    case ReasonColumn:
        asked.reason = ReturnReason(value.toInt());
        if (asked.reason != ReturnReason::Other)
            asked.reasonText.clear(); // a text belongs to "other" only
        break;
    case ConditionColumn:
        asked.condition = ItemCondition(value.toInt());
        break;
    case DispositionColumn:
        asked.disposition = ReturnDisposition(value.toInt());
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT requestChanged();
    if (index.column() == ReasonColumn && asked.reason == ReturnReason::Other)
        Q_EMIT reasonTextWanted(index.row());
    return true;
}

Qt::ItemFlags ReturnLinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const bool editable = index.column() >= QuantityColumn && index.column() <= DispositionColumn;
    if (editable && left(index.row()) > 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ReturnLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case BoughtColumn:
        return tr("Bought");
    case ReturnedColumn:
        return tr("Returned");
    case QuantityColumn:
        return tr("Quantity");
    case ReasonColumn:
        return tr("Reason");
    case ConditionColumn:
        return tr("Condition");
    case DispositionColumn:
        return tr("Goes to");
    case RefundColumn:
        return tr("Refund");
    default:
        return {};
    }
}
