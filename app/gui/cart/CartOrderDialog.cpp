#include "CartOrderDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

CartOrderDialog::CartOrderDialog(const OrderDraft& base, const QString& addressText,
                                 const QList<StoreRecord>& stores, const QString& ownStoreId, QWidget* parent)
    : QDialog(parent)
    , m_base(base)
    , m_delivery(new QRadioButton(this))
    , m_pickup(new QRadioButton(tr("Pickup in store:"), this))
    , m_store(new QComboBox(this))
    , m_payOnline(new QRadioButton(tr("Online"), this))
    , m_payAtTill(new QRadioButton(tr("At the till"), this)) {
    setWindowTitle(tr("Order for the customer"));
    auto* layout = new QVBoxLayout(this);

    auto* fulfilment = new QGroupBox(tr("How the customer gets it"), this);
    auto* fulfilmentLayout = new QVBoxLayout(fulfilment);
    m_delivery->setObjectName(QStringLiteral("deliveryButton"));
    m_delivery->setText(addressText.isEmpty() ? tr("Delivery (no address in the customer's profile)")
                                              : tr("Delivery to %1").arg(addressText));
    m_delivery->setEnabled(!addressText.isEmpty());
    m_pickup->setObjectName(QStringLiteral("pickupButton"));
    m_store->setObjectName(QStringLiteral("storeBox"));
    m_store->setAccessibleName(tr("Pickup store"));
    for (const StoreRecord& store : stores)
        m_store->addItem(store.city.isEmpty() ? store.name : tr("%1, %2").arg(store.name, store.city),
                         store.id);
    m_store->setCurrentIndex(qMax(0, m_store->findData(ownStoreId)));
    auto* pickupRow = new QHBoxLayout;
    pickupRow->addWidget(m_pickup);
    pickupRow->addWidget(m_store, 1);
    fulfilmentLayout->addWidget(m_delivery);
    fulfilmentLayout->addLayout(pickupRow);
    layout->addWidget(fulfilment);

    auto* payment = new QGroupBox(tr("Payment"), this);
    auto* paymentLayout = new QVBoxLayout(payment);
    m_payOnline->setObjectName(QStringLiteral("payOnlineButton"));
    m_payAtTill->setObjectName(QStringLiteral("payAtTillButton"));
    paymentLayout->addWidget(m_payOnline);
    paymentLayout->addWidget(m_payAtTill);
    layout->addWidget(payment);

    auto* linesLabel = new QLabel(
        tr("%n article(s) from the cart; the server prices the order.", nullptr, int(base.lines.size())),
        this);
    linesLabel->setWordWrap(true);
    layout->addWidget(linesLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_placeButton = buttons->addButton(tr("Place order"), QDialogButtonBox::AcceptRole);
    m_placeButton->setObjectName(QStringLiteral("placeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const bool delivery = base.fulfilment == OrderDraft::Fulfilment::Delivery && m_delivery->isEnabled();
    (delivery ? m_delivery : m_pickup)->setChecked(true);
    (base.payment == OrderDraft::Payment::Online ? m_payOnline : m_payAtTill)->setChecked(true);
    connect(m_delivery, &QRadioButton::toggled, this, &CartOrderDialog::updateState);
    connect(m_pickup, &QRadioButton::toggled, this, &CartOrderDialog::updateState);
    updateState();
}

void CartOrderDialog::updateState() {
    m_store->setEnabled(m_pickup->isChecked());
    m_placeButton->setEnabled(m_delivery->isChecked() || m_store->count() > 0);
}

OrderDraft CartOrderDialog::draft() const {
    OrderDraft draft = m_base;
    if (m_pickup->isChecked()) {
        draft.fulfilment = OrderDraft::Fulfilment::Pickup;
        draft.pickupStoreId = m_store->currentData().toString();
        draft.deliveryAddress.reset();
    } else {
        draft.fulfilment = OrderDraft::Fulfilment::Delivery;
        draft.pickupStoreId.clear();
        draft.deliveryAddress.reset(); // the address on file
    }
    draft.payment = m_payOnline->isChecked() ? OrderDraft::Payment::Online : OrderDraft::Payment::Till;
    return draft;
}
