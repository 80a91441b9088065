#pragma once

#include "Product.h"

#include <QDialog>
#include <QSqlDatabase>

class AvailabilityPanel;
class QLabel;

// One article as the counter needs it after a scan: name, brand, size, colour, SKU, EANs, price,
// whether it can be returned (and why not), and where it is available; another size or colour
// opens in the same dialog.
class ProductDialog : public QDialog {
    Q_OBJECT

public:
    ProductDialog(QSqlDatabase db, const QString& ownStoreId, QWidget* parent = nullptr);

    void showProduct(const Product& product);
    const Product& product() const { return m_product; }
    AvailabilityPanel* availabilityPanel() const { return m_availability; }

private:
    QLabel* addField(class QFormLayout* form, const QString& label, const char* objectName);

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
};
