#pragma once

#include "Order.h"
#include "Pickup.h"

#include <QObject>

#include <optional>

class QSpinBox;
class QTableWidget;

// The pickup's lines at the desk: what was ordered and handed over so far, and per line the pieces
// handed over now and the pieces the customer refuses (together at most what is open; refusing a
// piece takes it off "now"). Fills a table of the page's form; the page reads what was chosen.
class HandoverLinesTable : public QObject {
    Q_OBJECT

public:
    enum Column { ArticleColumn, OrderedColumn, HandedOverColumn, NowColumn, RefusedColumn, ColumnCount };

    HandoverLinesTable(QTableWidget* table, QObject* parent = nullptr);

    // Shows the pickup's lines, named from the order (when cached).
    void show(const Pickup& pickup, const std::optional<Order>& order);
    // What is handed over now and what is refused, per line (lines with 0 left out).
    QList<PickupLine> handOver() const;
    QList<PickupLine> refused() const;
    // The article's name on the order, or "Line N".
    QString articleName(const QString& lineId) const;
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    QSpinBox* addSpinBox(int row, int column, int open, const QString& accessibleName);
    QList<PickupLine> chosen(const QList<QSpinBox*>& boxes) const;

    QTableWidget* m_table;
    QStringList m_lineIds;
    QStringList m_names;
    QList<QSpinBox*> m_now;
    QList<QSpinBox*> m_refused;
};
