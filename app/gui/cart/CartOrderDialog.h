#pragma once

#include "OrderDraft.h"
#include "StoreRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

// "Order…" from the cart (endless aisle): delivered to the address in the customer's profile or
// collected in a store chosen from the cache, paid online or at the till. The draft it gives back
// has the cart's lines; the server prices and places it.
class CartOrderDialog : public QDialog {
    Q_OBJECT

public:
    // addressText: the customer's address on file, one line; empty when there is none (no delivery).
    CartOrderDialog(const OrderDraft& base, const QString& addressText, const QList<StoreRecord>& stores,
                    const QString& ownStoreId, QWidget* parent = nullptr);

    OrderDraft draft() const;

    QRadioButton* deliveryButton() const { return m_delivery; }
    QRadioButton* pickupButton() const { return m_pickup; }
    QComboBox* storeBox() const { return m_store; }
    QRadioButton* payOnlineButton() const { return m_payOnline; }
    QRadioButton* payAtTillButton() const { return m_payAtTill; }

private:
    void updateState();

    OrderDraft m_base;
    QRadioButton* m_delivery;
    QRadioButton* m_pickup;
    QComboBox* m_store;
    QRadioButton* m_payOnline;
    QRadioButton* m_payAtTill;
    class QPushButton* m_placeButton = nullptr;
};
