#include "ConsentPanel.h"

#include "ConsentGate.h"
#include "ConsentTexts.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

ConsentPanel::ConsentPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    int row = 0;
    for (const QString& purpose : ConsentGate::purposes()) {
        Row r{purpose, new QLabel(ConsentTexts::purposeName(purpose), this), new QLabel(this),
              new QPushButton(this), false};
        r.state->setWordWrap(true);
        r.toggle->setObjectName(QStringLiteral("toggle_") + purpose);
        r.toggle->setAccessibleDescription(ConsentTexts::purposeName(purpose));
        connect(r.toggle, &QPushButton::clicked, this, [this, row] {
            const Row& clicked = m_rows.at(row);
            Q_EMIT changeRequested(clicked.purpose, !clicked.granted);
        });
        m_grid->addWidget(r.name, row, 0);
        m_grid->addWidget(r.state, row, 1);
        m_grid->addWidget(r.toggle, row, 2);
        m_rows.append(r);
        ++row;
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
        row.toggle->setToolTip(row.granted ? tr("The customer withdraws this consent")
                                           : tr("The customer grants this consent here in the store"));
    }
}

QPushButton* ConsentPanel::toggleButton(const QString& purpose) const {
    for (const Row& row : m_rows) {
        if (row.purpose == purpose)
            return row.toggle;
    }
    return nullptr;
}

QLabel* ConsentPanel::stateLabel(const QString& purpose) const {
    for (const Row& row : m_rows) {
        if (row.purpose == purpose)
            return row.state;
    }
    return nullptr;
}
