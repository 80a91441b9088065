#pragma once

#include "Product.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class AvailabilityPanel;
class QLabel;
class QLineEdit;
class QPushButton;

// One article as the counter needs it after a scan: name, brand, size, colour, SKU, EANs, price,
// whether it can be returned (and why not), and where it is available; another size or colour, or
// the next scanned article, opens in the same dialog.
class ProductDialog : public QDialog {
    Q_OBJECT

public:
    ProductDialog(QSqlDatabase db, const QString& ownStoreId, QWidget* parent = nullptr);

    void showProduct(const Product& product);
    const Product& product() const { return m_product; }
    AvailabilityPanel* availabilityPanel() const { return m_availability; }
    // Where the next scan lands while the dialog is in front (keys typed anywhere in it go there).
    QLineEdit* scanField() const { return m_scanField; }
    QLabel* scanMessage() const { return m_scanMessage; }
    // With a customer's cart open, "Add to cart" puts one piece of the shown article into it (add
    // says whether it worked). openCartCustomer names the customer whose cart is open, empty when
    // none; asked again for every article shown, so the button follows the cart area.
    void offerCart(std::function<QString()> openCartCustomer, std::function<bool(const Product&)> add);
    QPushButton* addToCartButton() const { return m_addToCart; }

private:
    QLabel* addField(class QFormLayout* form, const QString& label, const char* objectName);
    void onScan();
    void updateCartOffer();

    QSqlDatabase m_db;
    Product m_product;
    QLabel* m_name;
    QLabel* m_brand;
    QLabel* m_size;
    QLabel* m_colour;
    QLabel* m_sku;
    QLabel* m_eans;
    QLabel* m_price;
    QLabel* m_returnable;
    AvailabilityPanel* m_availability;
    QLineEdit* m_scanField;
    QLabel* m_scanMessage;
    QPushButton* m_addToCart;
    std::function<QString()> m_openCartCustomer;
    std::function<bool(const Product&)> m_add;
};
