#pragma once

#include "Product.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class CustomerDetailPane;
class CustomerSearchModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class OnlineCustomerSearch;
class ProductDialog;
class Session;

// The counter's main screen: one search field (typed or scanned), the matches, and the chosen customer.
class CustomersPage : public QWidget {
    Q_OBJECT

public:
    explicit CustomersPage(QSqlDatabase db, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_searchField; }
    QTableView* resultView() const { return m_resultView; }
    CustomerDetailPane* detailPane() const { return m_detailPane; }
    CustomerSearchModel* model() const { return m_model; }

    void setSession(Session* session);
    // Shows the order's customer with the order opened in their history; false when not cached.
    bool openOrder(const QString& orderNo);
    // Where the page asks when the cache has no match and online() says the server is reachable.
    void setCentralSearch(OnlineCustomerSearch* search, std::function<bool()> online);
    void focusSearch();
    // Runs the pending search at once (Enter, or after a scan) instead of waiting for the debounce.
    void searchNow();
    // Re-runs the current query, e.g. after a sync brought new data. The customer the associate has
    // open stays chosen (re-read, same tab) while the query still finds them.
    void refresh();
    // Shows the article with its stock everywhere in a dialog (one at a time, the customer stays open).
    ProductDialog* openProduct(const Product& product);
    ProductDialog* productDialog() const;
    // Opens the product search (F3): for an article asked for by name; the chosen one opens as above.
    void findProduct();

Q_SIGNALS:
    // Scanned or typed into the search with Enter: an order number, a pickup QR code or pickup code.
    void orderScanned(const QString& orderNo);
    void pickupScanned(const QString& text);
    // Scanned or typed with Enter: an EAN or an exact SKU of a cached article. MainWindow opens it
    // (openProduct); with a cart open it may add it there instead.
    void productScanned(const Product& product);

private:
    void onSearched(int rows, bool truncated);
    void onCurrentRowChanged();
    // True when text named a cached article (productScanned) or an EAN that is not cached (said so).
    bool routeProductScan(const QString& text);

    QSqlDatabase m_db;
    QLineEdit* m_searchField;
    QLabel* m_resultLabel;
    QTableView* m_resultView;
    CustomerDetailPane* m_detailPane;
    CustomerSearchModel* m_model;
    QTimer* m_debounce;
    OnlineCustomerSearch* m_central = nullptr;
    std::function<bool()> m_online;
    QPointer<ProductDialog> m_productDialog;
    QString m_keepCustomerId; // chosen before refresh(); chosen again if still among the matches
};
