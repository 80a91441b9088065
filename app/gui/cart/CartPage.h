#pragma once

#include "Cart.h"
#include "CartTotals.h"
#include "Product.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CartPage;
}
class CartLinesModel;
class CartTotalsPanel;
class QAction;
class QLineEdit;
class QTableView;

// The Warenkorb area at the counter: the customer's online cart and the cart built in this store
// (one shown at a time, switched with the two buttons), scan to add, quantities with + and −, remove
// with Del (undo with Ctrl+Z), the totals with VAT per rate, and what still waits for the server. The
// page shows and asks; CartDesk reads the cache and makes the changes.
//
// The right-hand column (productArea) is kept free for the product search and the availability
// panels: addProductPanel() puts one there and shows the column.
class CartPage : public QWidget {
    Q_OBJECT

public:
    enum class Which { Online, Store };
    enum class ConflictState {
        None,
        WaitingForServer, // a 412 came back; the server's cart comes with the next pull
        ReadyToMerge,     // both versions are here: compare and choose
        Refused,          // the server refused a change for another reason (see the sync screen)
    };

    explicit CartPage(QWidget* parent = nullptr);
    ~CartPage() override;

    QWidget* productArea() const;
    void addProductPanel(QWidget* panel, int stretch = 0);
    // The hand-on buttons (CartHandOnDesk), under the line buttons.
    void addHandOnBar(QWidget* bar);

    QLineEdit* scanField() const;
    QTableView* linesView() const;
    CartLinesModel* linesModel() const { return m_lines; }
    CartTotalsPanel* totalsPanel() const { return m_totals; }
    Which shownCart() const { return m_shown; }
    ConflictState conflictState() const { return m_conflict; }
    QString currentSku() const;
    QString messageText() const;
    bool messageIsWarning() const { return m_warning; }
    QString pendingText() const;
    QString conflictText() const;
    QAction* undoAction() const { return m_undo; }

    void showNoCustomer();
    void showCustomer(const QString& heading);
    // Lines in each cart, -1 when the customer has no such cart (yet); which one is shown.
    void setCartChoice(int onlineLines, int storeLines, Which shown);
    // The shown cart (none: the store cart is not started yet); pulledAtUtc: the carts feed's last pull.
    void showCart(const std::optional<Cart>& cart, const QHash<QString, Product>& products,
                  const CartTotals& totals, const QDateTime& pulledAtUtc);
    void setWaitingChanges(int count);
    void setConflict(ConflictState state, const QString& text);
    void showMessage(const QString& text, bool warning = false);
    // What Ctrl+Z would undo, empty when nothing.
    void offerUndo(const QString& text);
    void selectSku(const QString& sku);
    void focusScanField();

Q_SIGNALS:
    void scanned(const QString& code);
    void quantityRequested(const QString& sku, int quantity);
    void removeRequested(const QString& sku);
    void undoRequested();
    void cartChosen(CartPage::Which which);
    void conflictActionRequested();
    void findCustomerRequested();
    // The selected line's article, for the availability panel.
    void currentSkuChanged(const QString& sku);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void retranslate();
    void showAge();
    void stepQuantity(int delta);
    void updateActions();

    std::unique_ptr<Ui::CartPage> m_ui;
    CartLinesModel* m_lines;
    CartTotalsPanel* m_totals;
    QAction* m_increase = nullptr;
    QAction* m_decrease = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_conflictAction = nullptr;
    Which m_shown = Which::Store;
    int m_onlineLines = -1;
    int m_storeLines = -1;
    int m_waiting = 0;
    ConflictState m_conflict = ConflictState::None;
    bool m_warning = false;
    std::optional<Cart> m_cart;
    QDateTime m_pulledAt;
};
