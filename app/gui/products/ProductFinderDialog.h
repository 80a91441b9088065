#pragma once

#include "Product.h"

#include <QDialog>
#include <QSqlDatabase>

class ProductSearchPanel;

// The product search in a window of its own (F3 at the counter): for an article the customer asks
// for by name; choosing one closes it.
class ProductFinderDialog : public QDialog {
    Q_OBJECT

public:
    explicit ProductFinderDialog(QSqlDatabase db, QWidget* parent = nullptr);

    ProductSearchPanel* searchPanel() const { return m_panel; }

Q_SIGNALS:
    void productChosen(const Product& product);

protected:
    void showEvent(QShowEvent* event) override;

private:
    ProductSearchPanel* m_panel;
};
