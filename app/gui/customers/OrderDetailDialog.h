#pragma once

#include "Order.h"
#include "ReturnRecord.h"

#include <QDialog>
#include <QHash>

class QTableWidget;

// One order of the customer's history: its lines with what came back, how it was paid and
// fulfilled, when it was delivered, and which return (where, when) took what back.
class OrderDetailDialog : public QDialog {
    Q_OBJECT

public:
    enum LineColumn {
        ArticleColumn,
        QuantityColumn,
        ReturnedColumn,
        UnitPriceColumn,
        TotalColumn,
        LineColumnCount
    };
    enum ReturnColumn {
        ReturnDateColumn,
        ReturnWhereColumn,
        ReturnWhatColumn,
        ReturnRefundColumn,
        ReturnStateColumn,
        ReturnColumnCount
    };

    // storeNames: store id → name, for where the order was placed and returns were taken back.
    OrderDetailDialog(const Order& order, const QList<ReturnRecord>& returns,
                      const QHash<QString, QString>& storeNames, QWidget* parent = nullptr);

    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* returnsTable() const { return m_returns; }

private:
    QTableWidget* m_lines;
    QTableWidget* m_returns;

Q_SIGNALS:
    // The associate wants to take goods of this order back.
    void returnRequested(const QString& orderNo);
};
