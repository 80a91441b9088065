#pragma once

#include "Product.h"

#include <QSqlDatabase>
#include <QWidget>

class ProductSearchModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// Find an article as you type (name, brand, SKU or EAN, with size and colour shown) and choose it
// with the keyboard: Down moves into the matches, Enter chooses; a scanned EAN or an exact SKU with
// Enter chooses its article at once. Stock in the Here column is this device's store's.
class ProductSearchPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProductSearchPanel(QSqlDatabase db, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_field; }
    QTableView* resultView() const { return m_view; }
    ProductSearchModel* model() const { return m_model; }

    void focusSearch();
    // Runs the pending search at once instead of waiting for the typing pause.
    void searchNow();

Q_SIGNALS:
    void productChosen(const Product& product);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSearched(int rows, bool truncated);
    void onReturnInField();
    void chooseRow(int row);

    ProductSearchModel* m_model;
    QLineEdit* m_field;
    QLabel* m_resultLabel;
    QTableView* m_view;
    QTimer* m_debounce;
};
