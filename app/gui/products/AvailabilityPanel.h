#pragma once

#include "AvailabilityRow.h"
#include "Clock.h"
#include "Product.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// Where an article is available: this store first and highlighted, the other stores, the online
// warehouse with a delivery estimate, each figure with its age ("Stand 10:42"); below, the article's
// other sizes and colours with their stock here. Reads the cache with a few small queries.
class AvailabilityPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { PlaceColumn, QuantityColumn, AsOfColumn, NoteColumn, ColumnCount };
    enum VariantColumn { SizeColumn, ColourColumn, SkuColumn, HereColumn, VariantColumnCount };

    AvailabilityPanel(QSqlDatabase db, const QString& ownStoreId, QWidget* parent = nullptr);

    // Ages and the delivery estimate count from this clock (tests); the system clock by default.
    void setClock(const Clock& clock);

    // Shows the SKU's availability, and its variants when the SKU's product is cached.
    void showSku(const QString& sku);
    // The same for a product already at hand (saves looking it up again).
    void showProduct(const Product& product);
    void clear();
    // Shows "Reserve in store…" under the stores: for a selected other store with the article in
    // stock it asks for reserveRequested (the cart page offers it; the article dialog does not).
    void offerReservation(bool offered);
    QPushButton* reserveButton() const { return m_reserve; }

    QString sku() const { return m_sku; }
    const QList<AvailabilityRow>& rows() const { return m_rows; }
    const QList<Product>& variants() const { return m_variants; }
    QTableWidget* table() const { return m_table; }
    QTableWidget* variantsTable() const { return m_variantsTable; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* deliveryLabel() const { return m_delivery; }

Q_SIGNALS:
    // The associate opened another size or colour (Enter or double-click in the variants).
    void variantChosen(const Product& product);
    // One piece of sku, to be collected at storeId (storeName as shown).
    void reserveRequested(const QString& sku, const QString& storeId, const QString& storeName);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showAvailability();
    void showVariants(const Product& product);
    void chooseVariant(int row);
    void updateReserveButton();

    QSqlDatabase m_db;
    QString m_ownStoreId;
    const Clock* m_clock;
    QString m_sku;
    QList<AvailabilityRow> m_rows;
    QList<Product> m_variants;
    QLabel* m_message;
    QTableWidget* m_table;
    QLabel* m_delivery;
    QPushButton* m_reserve;
    bool m_reservationOffered = false;
    QLabel* m_variantsLabel;
    QTableWidget* m_variantsTable;
};
