#include "ConsentPanel.h"

#include "ConsentGate.h"
#include "ConsentHistory.h"
#include "ConsentTexts.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ConsentPanel::ConsentPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    int row = 0;
    for (const QString& purpose : ConsentGate::purposes()) {
        const int index = int(m_rows.size());
        Row r{purpose,
              new QLabel(ConsentTexts::purposeName(purpose), this),
              new QLabel(this),
              new QPushButton(this),
              new QToolButton(this),
              new QLabel(this),
              false};
        r.state->setWordWrap(true);
        r.toggle->setObjectName(QStringLiteral("toggle_") + purpose);
        r.toggle->setAccessibleDescription(ConsentTexts::purposeName(purpose));
        connect(r.toggle, &QPushButton::clicked, this, [this, index] {
            const Row& clicked = m_rows.at(index);
            Q_EMIT changeRequested(clicked.purpose, !clicked.granted);
        });
        r.history->setObjectName(QStringLiteral("history_") + purpose);
        r.history->setText(tr("History"));
        r.history->setCheckable(true);
        r.history->setAutoRaise(true);
        r.history->setAccessibleName(tr("History: %1").arg(ConsentTexts::purposeName(purpose)));
        r.historyList->setObjectName(QStringLiteral("historyList_") + purpose);
        r.historyList->setWordWrap(true);
        r.historyList->setTextInteractionFlags(Qt::TextSelectableByMouse);
        r.historyList->setVisible(false);
        connect(r.history, &QToolButton::toggled, r.historyList, &QLabel::setVisible);
        m_grid->addWidget(r.name, row, 0);
        m_grid->addWidget(r.state, row, 1);
        m_grid->addWidget(r.history, row, 2);
        m_grid->addWidget(r.toggle, row, 3);
        m_grid->addWidget(r.historyList, row + 1, 1, 1, 3);
        m_rows.append(r);
        row += 2;
    }
    setHistory({});
}

void ConsentPanel::setHistory(const QList<ConsentEvent>& history) {
    for (Row& row : m_rows) {
        QStringList lines;
        for (const ConsentEvent& event : ConsentHistory::newestFirst(history, row.purpose))
            lines << ConsentTexts::historyLine(event);
        row.historyList->setText(lines.join(u'\n'));
        row.history->setEnabled(!lines.isEmpty());
        row.history->setToolTip(lines.isEmpty() ? tr("No change recorded") : lines.join(u'\n'));
        if (lines.isEmpty())
            row.history->setChecked(false);
    }
}

void ConsentPanel::setCustomer(const Customer& customer) {
    for (Row& row : m_rows) {
        const ConsentGate::Permission permission = ConsentGate::check(customer, row.purpose);
        const Consent* consent = ConsentGate::find(customer, row.purpose);
        row.granted = consent && consent->granted;
        row.name->setText(ConsentTexts::purposeName(row.purpose));
        row.state->setText(ConsentTexts::state(permission));
        row.toggle->setText(row.granted ? tr("Withdraw") : tr("Grant"));
        row.history->setText(tr("History"));
        row.toggle->setToolTip(row.granted ? tr("The customer withdraws this consent")
                                           : tr("The customer grants this consent here in the store"));
    }
}

const ConsentPanel::Row* ConsentPanel::find(const QString& purpose) const {
    for (const Row& row : m_rows) {
        if (row.purpose == purpose)
            return &row;
    }
    return nullptr;
}

QPushButton* ConsentPanel::toggleButton(const QString& purpose) const {
    const Row* row = find(purpose);
    return row ? row->toggle : nullptr;
}

QLabel* ConsentPanel::stateLabel(const QString& purpose) const {
    const Row* row = find(purpose);
    return row ? row->state : nullptr;
}

QToolButton* ConsentPanel::historyButton(const QString& purpose) const {
    const Row* row = find(purpose);
    return row ? row->history : nullptr;
}

QLabel* ConsentPanel::historyList(const QString& purpose) const {
    const Row* row = find(purpose);
    return row ? row->historyList : nullptr;
}
