#include "OrderDetailDialog.h"

#include "Formatting.h"
#include "ReturnTexts.h"
#include "TimelineTexts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableWidget* makeTable(int columns, const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

void setCell(QTableWidget* table, int row, int column, const QString& text, bool right = false) {
    auto* item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

// Columns as wide as their contents and their caption; one column takes the rest.
void fitColumns(QTableWidget* table, int stretchColumn) {
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    const QFontMetrics fm = header->fontMetrics();
    for (int c = 0; c < table->columnCount(); ++c) {
        const QString caption =
            table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString();
        header->resizeSection(c, std::max(header->sectionSize(c), fm.horizontalAdvance(caption) + 20));
    }
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QLabel* value(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

OrderDetailDialog::OrderDetailDialog(const Order& order, const QList<ReturnRecord>& returns,
                                     const QHash<QString, QString>& storeNames, QWidget* parent)
    : QDialog(parent)
    , m_lines(makeTable(LineColumnCount,
                        {tr("Article"), tr("Qty"), tr("Returned"), tr("Unit price"), tr("Total")}, this))
    , m_returns(makeTable(ReturnColumnCount, {tr("Date"), tr("Where"), tr("What"), tr("Refund"), tr("State")},
                          this)) {
    setObjectName(u"orderDetailDialog"_s);
    setWindowTitle(tr("Order %1").arg(order.orderNo));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Order %1").arg(order.orderNo), this);
    heading->setObjectName(u"orderHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QString channel = Formatting::channel(order.channel);
    if (!order.storeId.isEmpty())
        channel += u" · "_s + storeNames.value(order.storeId, order.storeId);
    form->addRow(tr("Channel:"), value(channel, this));
    form->addRow(tr("Placed:"), value(Formatting::dateTime(order.placedAt), this));
    QString payment = ReturnTexts::paymentMethod(order.payment.method);
    if (!order.payment.cardBrand.isEmpty())
        payment += u" (%1)"_s.arg(order.payment.cardBrand);
    form->addRow(tr("Payment:"), value(payment, this));
    form->addRow(tr("Fulfilment:"), value(TimelineTexts::fulfilment(order.fulfilment), this));
    form->addRow(tr("Delivered:"), value(order.deliveredAt.isValid() ? Formatting::dateTime(order.deliveredAt)
                                                                     : tr("not yet delivered"),
                                         this));
    form->addRow(tr("State:"), value(TimelineTexts::orderState(order.state), this));
    QString total = Formatting::money(order.totals.gross);
    if (!order.totals.shipping.isZero())
        total += u" "_s + tr("(incl. shipping %1)").arg(Formatting::money(order.totals.shipping));
    form->addRow(tr("Total:"), value(total, this));
    layout->addLayout(form);

    m_lines->setObjectName(u"orderLines"_s);
    m_lines->setAccessibleName(tr("Order lines"));
    m_lines->setRowCount(int(order.lines.size()));
    QHash<QString, QString> lineNames;
    for (int r = 0; r < order.lines.size(); ++r) {
        const OrderLine& line = order.lines.at(r);
        lineNames.insert(line.lineId, line.name);
        setCell(m_lines, r, ArticleColumn, u"%1 (%2)"_s.arg(line.name, line.sku));
        setCell(m_lines, r, QuantityColumn, Formatting::integer(line.quantity), true);
        setCell(m_lines, r, ReturnedColumn,
                line.returnedQuantity > 0 ? Formatting::integer(line.returnedQuantity) : u"–"_s, true);
        setCell(m_lines, r, UnitPriceColumn, Formatting::money(line.unitPrice), true);
        setCell(m_lines, r, TotalColumn, Formatting::money(line.total), true);
    }
    fitColumns(m_lines, ArticleColumn);
    layout->addWidget(new QLabel(tr("Lines"), this));
    layout->addWidget(m_lines, 2);

    m_returns->setObjectName(u"orderReturns"_s);
    m_returns->setAccessibleName(tr("Returns of this order"));
    m_returns->setRowCount(int(returns.size()));
    for (int r = 0; r < returns.size(); ++r) {
        const ReturnRecord& ret = returns.at(r);
        QStringList what;
        for (const ReturnLine& l : ret.lines)
            what << tr("%1 × %2").arg(Formatting::integer(l.quantity), lineNames.value(l.lineId, l.lineId));
        const QString where = ret.storeId.isEmpty() ? tr("by post (%1)").arg(Formatting::channel(ret.channel))
                                                    : storeNames.value(ret.storeId, ret.storeId);
        setCell(m_returns, r, ReturnDateColumn, Formatting::dateTime(ret.createdAt));
        setCell(m_returns, r, ReturnWhereColumn, where);
        setCell(m_returns, r, ReturnWhatColumn, what.join(u", "_s));
        m_returns->item(r, ReturnWhatColumn)->setToolTip(what.join(u'\n'));
        setCell(m_returns, r, ReturnRefundColumn, Formatting::money(ret.refund.amount), true);
        setCell(m_returns, r, ReturnStateColumn, TimelineTexts::returnState(ret.state));
    }
    fitColumns(m_returns, ReturnWhatColumn);
    auto* returnsCaption =
        new QLabel(returns.isEmpty() ? tr("Nothing of this order has been returned.") : tr("Returns"), this);
    layout->addWidget(returnsCaption);
    layout->addWidget(m_returns, 1);
    m_returns->setVisible(!returns.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Something left to return: straight to the returns desk with this order.
    const bool returnable = std::any_of(order.lines.cbegin(), order.lines.cend(),
                                        [](const OrderLine& line) { return line.quantityLeft() > 0; });
    if (returnable && order.state != u"cancelled") {
        QPushButton* takeBack =
            buttons->addButton(tr("Take back at the returns desk…"), QDialogButtonBox::ActionRole);
        takeBack->setObjectName(u"takeBackButton"_s);
        connect(takeBack, &QPushButton::clicked, this, [this, orderNo = order.orderNo] {
            Q_EMIT returnRequested(orderNo);
            accept();
        });
    }
    layout->addWidget(buttons);
    resize(640, 480);
}
