#include "CartHandOnDesk.h"

#include "AvailabilityPanel.h"
#include "CartDesk.h"
#include "CartOrderDialog.h"
#include "CartTexts.h"
#include "CustomerRepository.h"
#include "ProductRepository.h"
#include "SettingsRepository.h"
#include "StoreRepository.h"
#include "TillCodeDialog.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

CartHandOnDesk::CartHandOnDesk(CartDesk* desk, QSqlDatabase db)
    : QObject(desk)
    , m_desk(desk)
    , m_db(db)
    , m_bar(new QWidget(desk->page()))
    , m_till(new QPushButton(m_bar))
    , m_online(new QPushButton(m_bar))
    , m_order(new QPushButton(m_bar)) {
    qRegisterMetaType<CartHandOn::Outcome>();
    m_bar->setObjectName(u"handOnBar"_s);
    m_till->setObjectName(u"tillButton"_s);
    m_online->setObjectName(u"onlineAccountButton"_s);
    m_order->setObjectName(u"orderButton"_s);
    auto* layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_till);
    layout->addWidget(m_online);
    layout->addWidget(m_order);
    layout->addStretch(1);
    retranslate();
    connect(m_till, &QPushButton::clicked, this, &CartHandOnDesk::handToTill);
    connect(m_online, &QPushButton::clicked, this, &CartHandOnDesk::handToOnlineAccount);
    connect(m_order, &QPushButton::clicked, this, &CartHandOnDesk::order);
    desk->page()->addHandOnBar(m_bar);
    desk->availabilityPanel()->offerReservation(true);
    connect(desk->availabilityPanel(), &AvailabilityPanel::reserveRequested, this, &CartHandOnDesk::reserve);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(m_desk->page(), tr("Reserve in store"), question) == QMessageBox::Yes;
    };

    m_chooser = [this](const OrderDraft& base) -> std::optional<OrderDraft> {
        const std::optional<Customer> customer = CustomerRepository(m_db).find(base.customerId);
        QString address;
        if (customer && !customer->street.isEmpty())
            address = tr("%1, %2 %3").arg(customer->street, customer->postcode, customer->city);
        const Result<QList<StoreRecord>> stores = StoreRepository(m_db).all();
        CartOrderDialog dialog(base, address, stores ? stores.value() : QList<StoreRecord>{},
                               SettingsRepository(m_db).value(SettingKey::kStoreId.toString()),
                               m_desk->page());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.draft();
    };
}

void CartHandOnDesk::setHandOn(CartHandOn* handOn) {
    if (m_handOn)
        disconnect(m_handOn, nullptr, this, nullptr);
    m_handOn = handOn;
    if (handOn)
        connect(handOn, &CartHandOn::finished, this, &CartHandOnDesk::onFinished);
}

void CartHandOnDesk::retranslate() {
    m_till->setText(tr("&Hand to the till"));
    m_till->setToolTip(tr("The cart gets a code the till loads it by; the customer pays there"));
    m_online->setText(tr("Into the online &account"));
    m_online->setToolTip(tr("Moves the lines into the customer's online cart; the store cart is closed"));
    m_order->setText(tr("O&rder…"));
    m_order->setToolTip(tr("Order the articles for delivery or pickup in a store"));
}

std::optional<Cart> CartHandOnDesk::startableCart() {
    CartPage* page = m_desk->page();
    if (m_running)
        return std::nullopt; // the buttons are disabled; a shortcut may still arrive
    const std::optional<Cart>& cart = m_desk->shownCart();
    if (!cart || cart->lines.isEmpty()) {
        page->showMessage(tr("The cart is empty: scan or search the articles first."), true);
        return std::nullopt;
    }
    if (!canReachServer())
        return std::nullopt;
    return cart;
}

bool CartHandOnDesk::canReachServer() {
    if (m_handOn && m_desk->isOnline())
        return true;
    m_desk->page()->showMessage(CartTexts::describe(Error{u"local.needs_network"_s, {}, 0}), true);
    return false;
}

bool CartHandOnDesk::reserve(const QString& sku, const QString& storeId, const QString& storeName) {
    const QString customerId = m_desk->customerId();
    if (m_running || customerId.isEmpty() || sku.isEmpty() || !canReachServer())
        return false;
    const std::optional<Customer> customer = CustomerRepository(m_db).find(customerId);
    const std::optional<Product> product = ProductRepository(m_db).findBySku(sku);
    const QString question =
        tr("Reserve one piece of %1 in %2 for %3? The customer collects and pays it there.")
            .arg(product ? product->name : sku, storeName.isEmpty() ? storeId : storeName,
                 customer ? customer->displayName() : customerId);
    if (m_confirm && !m_confirm(question))
        return false;
    m_reservedAt = storeName.isEmpty() ? storeId : storeName;
    begin(m_order, tr("Reserving…"));
    m_handOn->placeOrder(OrderDraft::reservation(customerId, sku, 1, storeId), m_desk->staffId());
    return true;
}

void CartHandOnDesk::begin(QPushButton* button, const QString& busyText) {
    m_running = button;
    for (QPushButton* each : {m_till, m_online, m_order})
        each->setEnabled(false);
    button->setText(busyText);
    m_desk->page()->showMessage(busyText);
}

bool CartHandOnDesk::handToTill() {
    const std::optional<Cart> cart = startableCart();
    if (!cart)
        return false;
    begin(m_till, tr("Handing to the till…"));
    m_handOn->handToTill(cart->id, m_desk->staffId());
    return true;
}

bool CartHandOnDesk::handToOnlineAccount() {
    const std::optional<Cart> cart = startableCart();
    if (!cart)
        return false;
    if (cart->origin == u"online") {
        m_desk->page()->showMessage(CartTexts::describe(Error{u"local.cart_already_online"_s, {}, 0}), true);
        return false;
    }
    begin(m_online, tr("Moving into the online account…"));
    m_handOn->handToOnlineAccount(cart->id, m_desk->staffId());
    return true;
}

bool CartHandOnDesk::order() {
    const std::optional<Cart> cart = startableCart();
    if (!cart)
        return false;
    OrderDraft base;
    base.customerId = cart->customerId;
    base.cartId = cart->id;
    for (const CartLine& line : cart->lines)
        base.lines.append({line.sku, line.quantity});
    const std::optional<OrderDraft> draft = m_chooser ? m_chooser(base) : std::nullopt;
    if (!draft)
        return false;
    if (const Status checked = draft->check(); !checked) {
        m_desk->page()->showMessage(CartTexts::describe(checked.error()), true);
        return false;
    }
    begin(m_order, tr("Placing the order…"));
    m_handOn->placeOrder(*draft, m_desk->staffId());
    return true;
}

void CartHandOnDesk::onFinished(const CartHandOn::Outcome& outcome) {
    if (!m_running)
        return; // not asked for here
    m_running = nullptr;
    const QString reservedAt = std::exchange(m_reservedAt, QString());
    for (QPushButton* each : {m_till, m_online, m_order})
        each->setEnabled(true);
    retranslate();
    CartPage* page = m_desk->page();
    if (!outcome.ok()) {
        page->showMessage(CartTexts::describe(outcome.error), true);
        Q_EMIT handedOn(outcome);
        return;
    }
    switch (outcome.kind) {
    case CartHandOn::Kind::Till: {
        m_desk->refresh();
        const QString code = outcome.cart.handoffCode;
        page->showMessage(tr("Handed to the till: code %1.").arg(code));
        if (m_tillDialog)
            m_tillDialog->close();
        m_tillDialog = new TillCodeDialog(code, outcome.tillQrPayload(), page);
        m_tillDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_tillDialog->open();
        break;
    }
    case CartHandOn::Kind::OnlineAccount:
        m_desk->show(CartPage::Which::Online);
        page->showMessage(tr("The articles are in the customer's online account now; the store cart is "
                             "closed."));
        break;
    case CartHandOn::Kind::Order:
        m_desk->refresh();
        page->showMessage(reservedAt.isEmpty() ? tr("Order %1 placed.").arg(outcome.order.orderNo)
                                               : tr("Reserved in %1: order %2, collected and paid there.")
                                                     .arg(reservedAt, outcome.order.orderNo));
        break;
    }
    Q_EMIT handedOn(outcome);
}
