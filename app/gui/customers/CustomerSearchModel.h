#pragma once

#include "CustomerRepository.h"

#include <QAbstractTableModel>

// The rows of the customer search as you type: at most a page of matches, never the whole cache.
class CustomerSearchModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CustomerNoColumn, EmailColumn, PhoneColumn, CityColumn, ColumnCount };
    static constexpr int kMaxRows = 100;

    explicit CustomerSearchModel(QSqlDatabase db, QObject* parent = nullptr);

    // Runs the search; an empty query clears the rows.
    void setQuery(const QString& query);
    QString query() const { return m_query; }
    bool truncated() const { return m_truncated; }
    const Customer* customerAt(int row) const;
    // The row showing that customer, or -1.
    int rowOf(const QString& customerId) const;
    // The central search's answer for query (when the cache had none); shown in italics.
    void setCentralResults(const QString& query, const QList<Customer>& customers, bool truncated);
    bool fromCentral() const { return m_fromCentral; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void searched(int rows, bool truncated);
    void searchFailed(const QString& message);

private:
    CustomerRepository m_repository;
    QList<Customer> m_rows;
    QString m_query;
    bool m_truncated = false;
    bool m_fromCentral = false;
};
