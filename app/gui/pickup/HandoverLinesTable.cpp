#include "HandoverLinesTable.h"

#include "Formatting.h"
#include "PickupRules.h"

#include <QHeaderView>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {

int sumFor(const QList<PickupLine>& lines, const QString& lineId) {
    int sum = 0;
    for (const PickupLine& line : lines)
        sum += line.lineId == lineId ? line.quantity : 0;
    return sum;
}

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

HandoverLinesTable::HandoverLinesTable(QTableWidget* table, QObject* parent)
    : QObject(parent)
    , m_table(table) {
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleColumn, QHeaderView::Stretch);
    retranslate();
}

void HandoverLinesTable::show(const Pickup& pickup, const std::optional<Order>& order) {
    m_table->setRowCount(int(pickup.lines.size()));
    m_lineIds.clear();
    m_names.clear();
    m_now.clear();
    m_refused.clear();
    QHash<QString, int> open;
    for (const PickupLineQuantity& line :
         PickupRules::openQuantities(PickupRules::ordered(pickup), PickupRules::settled(pickup)))
        open.insert(line.lineId, line.quantity);
    for (int row = 0; row < pickup.lines.size(); ++row) {
        const PickupLine& line = pickup.lines.at(row);
        QString name = tr("Line %1").arg(line.lineId);
        QString sku;
        for (const OrderLine& orderLine : order ? order->lines : QList<OrderLine>{}) {
            if (orderLine.lineId == line.lineId) {
                name = orderLine.name;
                sku = orderLine.sku;
            }
        }
        m_lineIds << line.lineId;
        m_names << name;
        QTableWidgetItem* article = readOnly(name);
        article->setToolTip(sku);
        m_table->setItem(row, ArticleColumn, article);
        // Pieces the store could not provide are never handed over: say so where the count is.
        m_table->setItem(row, OrderedColumn,
                         readOnly(line.unavailableQuantity == 0
                                      ? Formatting::integer(line.quantity)
                                      : tr("%1 (%2 unavailable)")
                                            .arg(Formatting::integer(line.quantity),
                                                 Formatting::integer(line.unavailableQuantity))));
        int given = 0;
        int refusedBefore = 0;
        for (const Handover& handover : pickup.handovers) {
            given += sumFor(handover.lines, line.lineId);
            refusedBefore += sumFor(handover.refusedLines, line.lineId);
        }
        QTableWidgetItem* handed = readOnly(
            refusedBefore == 0
                ? Formatting::integer(given)
                : tr("%1 (%2 refused)").arg(Formatting::integer(given), Formatting::integer(refusedBefore)));
        m_table->setItem(row, HandedOverColumn, handed);

        const int left = open.value(line.lineId);
        QSpinBox* now = addSpinBox(row, NowColumn, left, tr("Hand over now: %1").arg(name));
        now->setValue(left);
        QSpinBox* refused = addSpinBox(row, RefusedColumn, left, tr("Refused by the customer: %1").arg(name));
        refused->setToolTip(tr("Pieces the customer refuses: they are taken back as a return and refunded "
                               "in full to the original payment method."));
        // A refused piece is no longer handed over; what is handed over leaves room for refusals.
        connect(refused, &QSpinBox::valueChanged, now,
                [now, left](int value) { now->setMaximum(left - value); });
        m_now << now;
        m_refused << refused;
    }
    if (!m_now.isEmpty()) {
        // A spin box needs room for its arrows and a two-digit number, and its caption (“Abgelehnt”)
        // must fit too; the header would give neither by itself.
        QHeaderView* header = m_table->horizontalHeader();
        for (const int column : {int(NowColumn), int(RefusedColumn)}) {
            header->setSectionResizeMode(column, QHeaderView::Fixed);
            m_table->setColumnWidth(
                column, std::max(m_now.first()->sizeHint().width() + 24, header->sectionSizeHint(column)));
        }
    }
}

QSpinBox* HandoverLinesTable::addSpinBox(int row, int column, int open, const QString& accessibleName) {
    auto* box = new QSpinBox(m_table);
    box->setRange(0, open);
    box->setAccessibleName(accessibleName);
    connect(box, &QSpinBox::valueChanged, this, &HandoverLinesTable::changed);
    m_table->setCellWidget(row, column, box);
    return box;
}

QList<PickupLine> HandoverLinesTable::chosen(const QList<QSpinBox*>& boxes) const {
    QList<PickupLine> lines;
    for (int row = 0; row < boxes.size() && row < m_lineIds.size(); ++row) {
        if (boxes.at(row)->value() > 0)
            lines.append({m_lineIds.at(row), boxes.at(row)->value()});
    }
    return lines;
}

QList<PickupLine> HandoverLinesTable::handOver() const {
    return chosen(m_now);
}

QList<PickupLine> HandoverLinesTable::refused() const {
    return chosen(m_refused);
}

QString HandoverLinesTable::articleName(const QString& lineId) const {
    const qsizetype row = m_lineIds.indexOf(lineId);
    return row >= 0 ? m_names.at(row) : tr("Line %1").arg(lineId);
}

void HandoverLinesTable::retranslate() {
    m_table->setHorizontalHeaderLabels(
        {tr("Article"), tr("Ordered"), tr("Handed over"), tr("Now"), tr("Refused")});
}
