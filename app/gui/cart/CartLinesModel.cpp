#include "CartLinesModel.h"

#include "CartChanges.h"
#include "Formatting.h"

using namespace Qt::StringLiterals;

CartLinesModel::CartLinesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CartLinesModel::setLines(const QList<CartLine>& lines, const QHash<QString, Product>& products,
                              const CartTotals& totals) {
    beginResetModel();
    m_lines = lines;
    m_products = products;
    m_totals = totals;
    endResetModel();
}

int CartLinesModel::rowOf(const QString& sku) const {
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).sku == sku)
            return row;
    }
    return -1;
}

QString CartLinesModel::skuAt(int row) const {
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).sku : QString();
}

int CartLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const CartLine& line = m_lines.at(index.row());
    if (role == kSkuRole)
        return line.sku;
    if (role == Qt::TextAlignmentRole && index.column() >= QuantityColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == QuantityColumn)
        return tr("Change with + and −, or type the number (F2); 0 removes the line");
    if (role == Qt::ToolTipRole && index.column() == ArticleColumn && !m_products.contains(line.sku))
        return tr("This article is not on this device yet: its VAT is missing from the total until the "
                  "next synchronisation.");
    if (role == Qt::EditRole && index.column() == QuantityColumn)
        return line.quantity;
    if (role != Qt::DisplayRole)
        return {};
    const Product product = m_products.value(line.sku);
    switch (Column(index.column())) {
    case ArticleColumn:
        return product.name.isEmpty() ? line.name : product.name;
    case VariantColumn: {
        QStringList parts;
        if (!product.size.isEmpty())
            parts << tr("size %1").arg(product.size);
        if (!product.colour.isEmpty())
            parts << product.colour;
        return parts.join(u", "_s);
    }
    case SkuColumn:
        return line.sku;
    case QuantityColumn:
        return Formatting::integer(line.quantity);
    case UnitPriceColumn:
        return Formatting::money(line.unitPrice);
    case TotalColumn:
        return index.row() < m_totals.lines.size() ? Formatting::money(m_totals.lines.at(index.row()).total)
                                                   : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

bool CartLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != QuantityColumn || role != Qt::EditRole ||
        index.row() >= m_lines.size())
        return false;
    bool ok = false;
    const int quantity = value.toInt(&ok);
    if (!ok)
        return false;
    // A copy: the edit reloads this model, which would pull a referenced line away.
    const CartLine line = m_lines.at(index.row());
    const int bounded = std::clamp(quantity, 0, CartChanges::kMaxQuantity);
    if (bounded != line.quantity)
        Q_EMIT quantityEdited(line.sku, bounded);
    return true;
}

Qt::ItemFlags CartLinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CartLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ArticleColumn:
        return tr("Article");
    case VariantColumn:
        return tr("Size / colour");
    case SkuColumn:
        return tr("Article no.");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case TotalColumn:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}
