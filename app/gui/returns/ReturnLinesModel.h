#pragma once

#include "ReturnDecision.h"
#include "ReturnableOrder.h"

#include <QAbstractTableModel>

// The lines of the order at the returns desk: what was bought and is left to return, and what the
// customer brings back now (quantity, reason, condition, what happens to the goods), with the
// refund the rules grant per line.
class ReturnLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ArticleColumn,
        BoughtColumn,
        ReturnedColumn,
        QuantityColumn,
        ReasonColumn,
        ConditionColumn,
        DispositionColumn,
        RefundColumn,
        ColumnCount
    };

    explicit ReturnLinesModel(QObject* parent = nullptr);

    void setOrder(const ReturnableOrder& order);
    void setDecision(const ReturnDecision& decision);
    // The lines with a quantity above zero.
    ReturnRequest request(RefundMethod method) const;
    // Sets the quantity of a line (clamped to what is left); false for an unknown line.
    bool setQuantity(const QString& lineId, int quantity);
    // What reason "other" means on a row (kept trimmed); false for an unknown row.
    bool setReasonText(int row, const QString& text);
    QString reasonText(int row) const;
    QString articleName(int row) const;
    int left(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void requestChanged();
    // Reason "other" was chosen on a row: the desk asks what it means.
    void reasonTextWanted(int row);

private:
    struct Row {
        ReturnOrderLine line;
        QString name;
        QString sku;
        ReturnRequestLine asked;
    };

    QList<Row> m_rows;
    ReturnDecision m_decision;
};
