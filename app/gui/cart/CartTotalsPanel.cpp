#include "CartTotalsPanel.h"

#include "Formatting.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CartTotalsPanel::CartTotalsPanel(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_note(new QLabel(this)) {
    setAccessibleName(tr("Cart total"));
    m_note->setWordWrap(true);
    m_note->setObjectName(u"vatNote"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_note);
}

QString CartTotalsPanel::vatRate(int hundredths) {
    const QLocale locale;
    const QString number = hundredths % 100 == 0
                               ? locale.toString(hundredths / 100)
                               : locale.toString(hundredths / 100.0, 'f', hundredths % 10 ? 2 : 1);
    return number + u" %"_s;
}

QString CartTotalsPanel::totalText() const {
    return m_total ? m_total->text() : QString();
}

QLabel* CartTotalsPanel::addRow(const QString& caption, const QString& value, const QString& name) {
    const int row = m_grid->rowCount();
    auto* captionLabel = new QLabel(caption, m_rows);
    auto* valueLabel = new QLabel(value, m_rows);
    valueLabel->setObjectName(name);
    valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setAccessibleName(caption);
    m_grid->addWidget(captionLabel, row, 0);
    m_grid->addWidget(valueLabel, row, 1);
    return valueLabel;
}

void CartTotalsPanel::showTotals(const CartTotals& totals) {
    delete m_rows;
    m_rows = new QWidget(this);
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    m_grid->setHorizontalSpacing(16);
    m_layout->insertWidget(0, m_rows);
    addRow(tr("Pieces"), Formatting::integer(totals.pieces), u"piecesValue"_s);
    addRow(tr("Net"), Formatting::money(totals.net), u"netValue"_s);
    for (const CartTotals::Rate& rate : totals.byRate) {
        addRow(tr("VAT %1 on %2").arg(vatRate(rate.vatRate), Formatting::money(rate.gross)),
               Formatting::money(rate.vat), u"vatValue%1"_s.arg(rate.vatRate));
    }
    m_total = addRow(tr("Total"), Formatting::money(totals.total), u"totalValue"_s);
    QFont font = m_total->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_total->setFont(font);
    if (auto* caption = qobject_cast<QLabel*>(m_grid->itemAtPosition(m_grid->rowCount() - 1, 0)->widget()))
        caption->setFont(font);

    QStringList notes;
    if (!totals.skusWithoutRate.isEmpty())
        notes << tr("VAT incomplete: %n article(s) not on this device yet (%1); the figure is complete "
                    "after the next synchronisation.",
                    nullptr, int(totals.skusWithoutRate.size()))
                     .arg(totals.skusWithoutRate.join(u", "_s));
    if (!totals.uncountedSkus.isEmpty())
        notes << tr("Not in the total (another currency): %1.").arg(totals.uncountedSkus.join(u", "_s));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
}
