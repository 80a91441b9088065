#include "ProductFinderDialog.h"

#include "ProductSearchPanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

ProductFinderDialog::ProductFinderDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_panel(new ProductSearchPanel(std::move(db), this)) {
    setObjectName(QStringLiteral("productFinder"));
    setWindowTitle(tr("Find article"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the search (it chooses); Esc or the button closes.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    connect(m_panel, &ProductSearchPanel::productChosen, this, [this](const Product& product) {
        Q_EMIT productChosen(product);
        accept();
    });
    resize(900, 520);
}

void ProductFinderDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    m_panel->focusSearch(); // the associate types at once
}
