#pragma once

#include "ProductRepository.h"

#include <QAbstractTableModel>
#include <QHash>

// The rows of the product search as you type: at most kMaxRows matches with their stock here.
class ProductSearchModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        BrandColumn,
        SizeColumn,
        ColourColumn,
        SkuColumn,
        PriceColumn,
        HereColumn,
        ColumnCount
    };
    static constexpr int kMaxRows = 100;

    // ownStoreId: whose stock the Here column shows.
    ProductSearchModel(QSqlDatabase db, QString ownStoreId, QObject* parent = nullptr);

    // Runs the search (on the calling thread: the FTS query is limited, see ProductSearchPanel);
    // an empty query clears the rows.
    void setQuery(const QString& query);
    QString query() const { return m_query; }
    bool truncated() const { return m_truncated; }
    const Product* productAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void searched(int rows, bool truncated);
    void searchFailed(const QString& message);

private:
    QSqlDatabase m_db;
    QString m_ownStoreId;
    QList<Product> m_rows;
    QHash<QString, int> m_here; // SKU → pieces in this store
    QString m_query;
    bool m_truncated = false;
};
