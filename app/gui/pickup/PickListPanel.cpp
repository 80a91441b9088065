#include "PickListPanel.h"

#include "Formatting.h"
#include "PickupRules.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PickListPanel::PickListPanel(QWidget* parent)
    : QWidget(parent)
    , m_progress(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_table(new QTableWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress->setAccessibleName(tr("Pick progress"));
    m_feedback->setWordWrap(true);
    m_feedback->setAccessibleName(tr("Scan result"));
    m_feedback->hide();
    m_table->setAccessibleName(tr("Pick list"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(110);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleColumn, QHeaderView::Stretch);
    layout->addWidget(m_progress);
    layout->addWidget(m_feedback);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != ConfirmedColumn)
            return;
        const QString lineId = item->data(Qt::UserRole).toString();
        m_list.setConfirmed(lineId, item->checkState() == Qt::Checked);
        updateRow(item->row());
        report();
    });
    retranslate();
}

QString PickListPanel::reasonText(const QString& reason) {
    if (reason == u"not_found")
        return tr("Cannot be found");
    if (reason == u"damaged")
        return tr("Damaged");
    if (reason == u"stock_incorrect")
        return tr("Stock record wrong");
    return reason;
}

void PickListPanel::show(const QString& pickupId, const QString& orderNo, const PickList& list) {
    if (pickupId != m_pickupId)
        setFeedback({}, false);
    m_pickupId = pickupId;
    m_orderNo = orderNo;
    m_list = list;
    fill();
}

void PickListPanel::fill() {
    m_filling = true;
    m_table->clearContents();
    m_table->setRowCount(int(m_list.lines().size()));
    for (int row = 0; row < m_list.lines().size(); ++row) {
        const PickListLine& line = m_list.lines().at(row);
        const QString name = line.name.isEmpty() ? tr("Line %1").arg(line.lineId) : line.name;
        auto* article = new QTableWidgetItem(name);
        article->setFlags(Qt::ItemIsEnabled);
        article->setToolTip(line.eans.isEmpty()
                                ? tr("No barcode known: tick the line when the piece is there.")
                                : tr("EAN %1").arg(line.eans.join(u", "_s)));
        m_table->setItem(row, ArticleColumn, article);
        auto* confirmed = new QTableWidgetItem;
        confirmed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        confirmed->setData(Qt::UserRole, line.lineId);
        m_table->setItem(row, ConfirmedColumn, confirmed);

        auto* unavailable = new QSpinBox(m_table);
        unavailable->setRange(0, line.quantity);
        unavailable->setValue(line.unavailable);
        unavailable->setAccessibleName(tr("Unavailable: %1").arg(name));
        unavailable->setToolTip(
            tr("Pieces of this line the store cannot provide. They are not handed over."));
        m_table->setCellWidget(row, UnavailableColumn, unavailable);
        auto* reason = new QComboBox(m_table);
        for (const QString& wire : PickupRules::unavailableReasons())
            reason->addItem(reasonText(wire), wire);
        reason->setAccessibleName(tr("Reason unavailable: %1").arg(name));
        if (const int index = reason->findData(line.reason); index >= 0)
            reason->setCurrentIndex(index);
        m_table->setCellWidget(row, ReasonColumn, reason);

        const QString lineId = line.lineId;
        const auto mark = [this, lineId, unavailable, reason, row] {
            if (m_filling)
                return;
            (void)m_list.markUnavailable(lineId, unavailable->value(), reason->currentData().toString());
            updateRow(row);
            report();
        };
        connect(unavailable, &QSpinBox::valueChanged, this, mark);
        connect(reason, &QComboBox::currentIndexChanged, this, mark);
        updateRow(row);
    }
    m_filling = false;
    updateProgress();
}

QSpinBox* PickListPanel::unavailableBox(int row) const {
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, UnavailableColumn));
}

QComboBox* PickListPanel::reasonBox(int row) const {
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, ReasonColumn));
}

void PickListPanel::updateRow(int row) {
    const PickListLine& line = m_list.lines().at(row);
    const bool wasFilling = m_filling;
    m_filling = true;
    QTableWidgetItem* confirmed = m_table->item(row, ConfirmedColumn);
    confirmed->setText(
        tr("%1 / %2").arg(Formatting::integer(line.picked), Formatting::integer(line.toPick())));
    confirmed->setCheckState(line.toPick() > 0 && line.isConfirmed() ? Qt::Checked : Qt::Unchecked);
    confirmed->setToolTip(tr("Confirmed by scan, or tick when every piece is there."));
    if (QSpinBox* box = unavailableBox(row))
        box->setValue(line.unavailable);
    if (QComboBox* reason = reasonBox(row))
        reason->setEnabled(line.unavailable > 0);
    m_filling = wasFilling;
}

void PickListPanel::updateProgress() {
    QString text = tr("%1 of %n piece(s) confirmed", nullptr, m_list.piecesToPick())
                       .arg(Formatting::integer(m_list.confirmedPieces()));
    if (const int missing = m_list.unavailablePieces(); missing > 0)
        text += u" · "_s + tr("%n unavailable", nullptr, missing);
    m_progress->setText(text);
}

void PickListPanel::report() {
    updateProgress();
    Q_EMIT progressChanged(m_pickupId, m_list.progress());
}

void PickListPanel::setFeedback(const QString& text, bool warning) {
    // Bold for a warning, in the theme's text colour: light and dark themes both read it.
    m_feedback->setText(warning ? u"<b>%1</b>"_s.arg(text.toHtmlEscaped()) : text.toHtmlEscaped());
    m_feedback->setVisible(!text.isEmpty());
    if (warning)
        QApplication::beep();
}

bool PickListPanel::scan(const QString& ean) {
    const PickList::ScanAnswer answer = m_list.scan(ean);
    const PickListLine* line = m_list.line(answer.lineId);
    const QString name = line && !line->name.isEmpty() ? line->name : tr("Line %1").arg(answer.lineId);
    switch (answer.outcome) {
    case PickList::ScanOutcome::Confirmed:
        setFeedback(tr("Confirmed: %1 (%2 of %3).")
                        .arg(name, Formatting::integer(line->picked), Formatting::integer(line->toPick())),
                    false);
        updateRow(int(std::distance(m_list.lines().data(), line)));
        report();
        return true;
    case PickList::ScanOutcome::AlreadyComplete:
        setFeedback(
            tr("Every piece of %1 is confirmed already. Put the extra piece back; nothing was changed.")
                .arg(name),
            true);
        return false;
    case PickList::ScanOutcome::NotOnOrder:
        break;
    }
    setFeedback(
        tr("Wrong article: %1 is not on order %2. Nothing was changed.").arg(ean.trimmed(), m_orderNo), true);
    return false;
}

void PickListPanel::retranslate() {
    m_table->setHorizontalHeaderLabels({tr("Article"), tr("Confirmed"), tr("Unavailable"), tr("Reason")});
    if (!m_pickupId.isEmpty())
        fill();
}
