#include "ProductSearchModel.h"

#include "ErrorMessages.h"
#include "Formatting.h"
#include "ProductAvailability.h"

ProductSearchModel::ProductSearchModel(QSqlDatabase db, QString ownStoreId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_ownStoreId(std::move(ownStoreId)) {}

void ProductSearchModel::setQuery(const QString& query) {
    m_query = query.trimmed();
    QList<Product> rows;
    bool truncated = false;
    if (!m_query.isEmpty()) {
        Result<ProductSearchResult> found = ProductRepository(m_db).search(m_query, kMaxRows);
        if (!found) {
            Q_EMIT searchFailed(ErrorMessages::describe(found.error()));
        } else {
            rows = found->rows;
            truncated = found->truncated;
        }
    }
    QStringList skus;
    for (const Product& product : std::as_const(rows))
        skus << product.sku;
    beginResetModel();
    m_rows = std::move(rows);
    m_here = ProductAvailability(m_db, m_ownStoreId).hereFor(skus);
    m_truncated = truncated;
    endResetModel();
    Q_EMIT searched(int(m_rows.size()), m_truncated);
}

const Product* ProductSearchModel::productAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int ProductSearchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductSearchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductSearchModel::data(const QModelIndex& index, int role) const {
    const Product* p = productAt(index.row());
    if (!p)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == PriceColumn || index.column() == HereColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SkuColumn)
        return p->eans.join(QStringLiteral(", "));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p->name;
    case BrandColumn:
        return p->brand;
    case SizeColumn:
        return p->size;
    case ColourColumn:
        return p->colour;
    case SkuColumn:
        return p->sku;
    case PriceColumn:
        return Formatting::money(p->price);
    case HereColumn: {
        const auto found = m_here.constFind(p->sku);
        return found == m_here.cend() ? tr("–", "no stock figure") : Formatting::integer(*found);
    }
    default:
        return {};
    }
}

QVariant ProductSearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Article");
    case BrandColumn:
        return tr("Brand");
    case SizeColumn:
        return tr("Size");
    case ColourColumn:
        return tr("Colour");
    case SkuColumn:
        return tr("SKU");
    case PriceColumn:
        return tr("Price");
    case HereColumn:
        return tr("Here");
    default:
        return {};
    }
}
