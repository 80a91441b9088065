#pragma once

#include "Cart.h"
#include "CartTotals.h"
#include "Product.h"

#include <QAbstractTableModel>
#include <QHash>

// The lines of the cart shown at the counter: article, variant (size, colour), article no., quantity
// (editable, 0…999), unit price and line total. An edit does not change the model: it asks for the
// change (quantityEdited) and the desk reloads the cart once the change is in the cache.
class CartLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ArticleColumn,
        VariantColumn,
        SkuColumn,
        QuantityColumn,
        UnitPriceColumn,
        TotalColumn,
        ColumnCount
    };
    static constexpr int kSkuRole = Qt::UserRole + 1;

    explicit CartLinesModel(QObject* parent = nullptr);

    // products: the cached articles of the lines by SKU (variant); totals: CartTotals of the lines.
    void setLines(const QList<CartLine>& lines, const QHash<QString, Product>& products,
                  const CartTotals& totals);
    const QList<CartLine>& lines() const { return m_lines; }
    int rowOf(const QString& sku) const; // -1 when not in the cart
    QString skuAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void quantityEdited(const QString& sku, int quantity);

private:
    QList<CartLine> m_lines;
    QHash<QString, Product> m_products;
    CartTotals m_totals;
};
