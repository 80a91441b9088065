#include "CartDesk.h"

#include "AvailabilityPanel.h"
#include "CacheWriter.h"
#include "CartLinesModel.h"
#include "CartMergeDialog.h"
#include "CartRepository.h"
#include "CartTexts.h"
#include "CustomerRepository.h"
#include "OutboxRepository.h"
#include "ProductRepository.h"
#include "ProductSearchPanel.h"
#include "Session.h"
#include "SettingsRepository.h"
#include "SyncStateRepository.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

bool waiting(const OutboxEntry& row) {
    return row.state == OutboxState::kPending || row.state == OutboxState::kSending ||
           row.state == OutboxState::kFailed;
}

QString lineName(const QList<CartLine>& lines, const QString& sku) {
    for (const CartLine& line : lines) {
        if (line.sku == sku)
            return line.name;
    }
    return sku;
}

} // namespace

CartDesk::CartDesk(QSqlDatabase db, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_db(db)
    , m_storeId(SettingsRepository(db).value(SettingKey::kStoreId.toString()))
    , m_writer(std::make_unique<CacheWriter>(db))
    , m_page(new CartPage(parentWidget))
    , m_searchPanel(new ProductSearchPanel(db, m_page))
    , m_availability(new AvailabilityPanel(db, m_storeId, m_page)) {
    m_searchPanel->setObjectName(u"cartProductSearch"_s);
    m_availability->setObjectName(u"cartAvailability"_s);
    m_page->addProductPanel(m_searchPanel, 3);
    m_page->addProductPanel(m_availability, 2);
    connect(m_searchPanel, &ProductSearchPanel::productChosen, this, &CartDesk::addProduct);
    connect(m_page, &CartPage::currentSkuChanged, m_availability, &AvailabilityPanel::showSku);
    m_chooser = [this](const CartConflicts::Conflict& conflict) {
        CartMergeDialog dialog(conflict, m_page);
        dialog.exec();
        return dialog.choice();
    };
    connect(m_page, &CartPage::scanned, this, &CartDesk::scan);
    connect(m_page, &CartPage::quantityRequested, this, &CartDesk::setQuantity);
    connect(m_page, &CartPage::removeRequested, this, &CartDesk::removeLine);
    connect(m_page, &CartPage::undoRequested, this, &CartDesk::undoRemoval);
    connect(m_page, &CartPage::cartChosen, this, &CartDesk::show);
    connect(m_page, &CartPage::conflictActionRequested, this, &CartDesk::resolveConflict);
}

CartDesk::~CartDesk() = default;

void CartDesk::setSession(Session* session) {
    m_session = session;
}

QString CartDesk::staffId() const {
    return m_session ? m_session->currentStaffId() : QString();
}

Database* CartDesk::writer() {
    Result<Database*> database = m_writer->get();
    if (!database) {
        m_page->showMessage(CartTexts::describe(database.error()), true);
        return nullptr;
    }
    return database.value();
}

bool CartDesk::openCustomer(const QString& customerId) {
    if (customerId.isEmpty() || !CustomerRepository(m_db).find(customerId))
        return false;
    if (customerId != m_customerId) {
        m_customerId = customerId;
        m_which = CartPage::Which::Online; // what the customer left online comes first
        m_removed.reset();
        m_page->offerUndo({});
        m_page->showMessage({});
    }
    refresh();
    return true;
}

bool CartDesk::openCart(const QString& cartId) {
    const std::optional<Cart> cart = CartRepository(m_db).find(cartId);
    if (!cart || !openCustomer(cart->customerId))
        return false;
    show(cart->origin == u"online" ? CartPage::Which::Online : CartPage::Which::Store);
    return true;
}

void CartDesk::clear() {
    m_customerId.clear();
    m_onlineCart.reset();
    m_storeCart.reset();
    m_shown.reset();
    m_conflict.reset();
    m_removed.reset();
    m_page->showNoCustomer();
}

void CartDesk::show(CartPage::Which which) {
    m_which = which;
    refresh();
}

void CartDesk::refresh() {
    const std::optional<Customer> customer =
        m_customerId.isEmpty() ? std::nullopt : CustomerRepository(m_db).find(m_customerId);
    if (!customer) {
        clear();
        return;
    }
    const CartRepository carts(m_db);
    const Result<std::optional<Cart>> online = carts.onlineCart(m_customerId);
    const Result<std::optional<Cart>> store = carts.storeCart(m_customerId, m_storeId);
    if (!online || !store) {
        m_page->showMessage(CartTexts::describe(online ? store.error() : online.error()), true);
        return;
    }
    m_onlineCart = online.value();
    m_storeCart = store.value();
    if (m_which == CartPage::Which::Online && !m_onlineCart)
        m_which = CartPage::Which::Store;
    m_shown = m_which == CartPage::Which::Online ? m_onlineCart : m_storeCart;

    const ProductRepository products(m_db);
    QHash<QString, Product> bySku;
    for (const CartLine& line : m_shown ? m_shown->lines : QList<CartLine>{}) {
        if (const std::optional<Product> product = products.findBySku(line.sku))
            bySku.insert(line.sku, *product);
    }
    const CartTotals totals = CartTotals::of(
        m_shown ? m_shown->lines : QList<CartLine>{}, [&bySku](const QString& sku) -> std::optional<int> {
            const auto it = bySku.constFind(sku);
            return it == bySku.cend() ? std::nullopt : std::optional<int>(it->vatRateHundredths);
        });
    QString heading = customer->displayName();
    if (!customer->customerNo.isEmpty())
        heading += u" · "_s + customer->customerNo;
    m_page->showCustomer(heading);
    m_page->setCartChoice(m_onlineCart ? int(m_onlineCart->lines.size()) : -1,
                          m_storeCart ? int(m_storeCart->lines.size()) : -1, m_which);
    m_page->showCart(m_shown, bySku, totals, SyncStateRepository(m_db).lastSync(u"carts"_s));
    showConflict(m_shown);
}

void CartDesk::showConflict(const std::optional<Cart>& cart) {
    m_conflict.reset();
    int waitingRows = 0;
    bool overtaken = false;
    QString refused;
    if (cart) {
        const Result<QList<OutboxEntry>> rows = CartChanges::standingRows(m_db, cart->id);
        for (const OutboxEntry& row : rows ? rows.value() : QList<OutboxEntry>{}) {
            waitingRows += waiting(row) ? 1 : 0;
            overtaken = overtaken || CartChanges::isOvertaken(row, cart);
            if (row.state == OutboxState::kConflict && row.serverStatus != 412 && refused.isEmpty())
                refused = row.lastErrorDetail;
        }
        const Result<std::optional<CartConflicts::Conflict>> found = CartConflicts::find(m_db, cart->id);
        if (found && found.value())
            m_conflict = found.value();
    }
    m_page->setWaitingChanges(waitingRows);
    if (m_conflict && m_conflict->theirsKnown()) {
        m_page->setConflict(
            CartPage::ConflictState::ReadyToMerge,
            tr("The customer changed this cart in the meantime, so your change was not taken. "
               "Shown below: the customer's version. Compare both and choose which to keep."));
    } else if (m_conflict) {
        m_page->setConflict(
            CartPage::ConflictState::WaitingForServer,
            tr("The customer changed this cart in the meantime, so your change was not taken. "
               "Their version arrives with the next synchronisation; then compare both."));
        // Fetch it at once when online (once per refused change): the associate is waiting for it.
        if (m_syncAskedForRow != m_conflict->row.id && m_online && m_online()) {
            m_syncAskedForRow = m_conflict->row.id;
            Q_EMIT syncRequested();
        }
    } else if (overtaken) {
        m_page->setConflict(CartPage::ConflictState::WaitingForServer,
                            tr("This cart was changed elsewhere while your change waits to be sent. Shown "
                               "below: the newer version. After the synchronisation, compare both."));
    } else if (!refused.isEmpty()) {
        m_page->setConflict(CartPage::ConflictState::Refused,
                            tr("The server refused a change of this cart. Send it again or discard it on the "
                               "synchronisation screen."));
    } else {
        m_page->setConflict(CartPage::ConflictState::None, {});
    }
}

bool CartDesk::changed(const Result<CartChanges::Changed>& result, const QString& message,
                       const QString& scanned) {
    if (!result) {
        m_page->showMessage(CartTexts::describe(result.error(), scanned), true);
        return false;
    }
    if (result->cart.origin == u"online")
        m_which = CartPage::Which::Online;
    else
        m_which = CartPage::Which::Store;
    Q_EMIT localChangeMade();
    refresh();
    const bool offline = m_online ? !m_online() : true;
    m_page->showMessage(offline ? message + u' ' +
                                      tr("Saved on this device; it goes out with the next synchronisation.")
                                : message);
    return true;
}

bool CartDesk::scan(const QString& input) {
    const QString code = input.trimmed();
    if (code.isEmpty() || m_customerId.isEmpty())
        return false;
    if (CartTexts::isMisreadBarcode(code)) {
        m_page->showMessage(tr("The check digit of “%1” is wrong: the barcode was misread. Please scan it "
                               "again. The cart is unchanged.")
                                .arg(code),
                            true);
        m_page->focusScanField();
        return false;
    }
    Database* database = writer();
    if (!database)
        return false;
    CartChanges changes(*database);
    const Result<CartChanges::Changed> result =
        m_shown ? changes.addToCart(m_shown->id, code, 1, staffId(), m_storeId)
                : changes.addToStoreCart(m_customerId, code, 1, staffId(), m_storeId);
    if (!result) {
        changed(result, {}, code);
        m_page->focusScanField();
        return false;
    }
    const std::optional<Product> product = ProductRepository(m_db).findByEan(code);
    const QString sku = product ? product->sku : code.toUpper();
    int pieces = 0;
    for (const CartLine& line : result->cart.lines)
        pieces += line.sku == sku ? line.quantity : 0;
    changed(result,
            tr("Added: %1 – now %n piece(s).", nullptr, pieces).arg(lineName(result->cart.lines, sku)));
    m_page->scanField()->clear();
    m_page->selectSku(sku);
    return true;
}

bool CartDesk::addProduct(const Product& product) {
    return scan(product.sku);
}

bool CartDesk::setQuantity(QString sku, int quantity) {
    if (!m_shown)
        return false;
    if (quantity == 0)
        return removeLine(sku);
    Database* database = writer();
    if (!database)
        return false;
    const QString name = lineName(m_shown->lines, sku);
    const bool done =
        changed(CartChanges(*database).setQuantity(m_shown->id, sku, quantity, staffId(), m_storeId),
                tr("%1 – now %n piece(s).", nullptr, quantity).arg(name));
    m_page->selectSku(sku);
    return done;
}

bool CartDesk::removeLine(QString sku) {
    if (!m_shown)
        return false;
    Database* database = writer();
    if (!database)
        return false;
    int position = 0;
    while (position < m_shown->lines.size() && m_shown->lines.at(position).sku != sku)
        ++position;
    if (position == m_shown->lines.size())
        return false;
    const Removed removed{m_shown->id, m_shown->lines.at(position), position};
    if (!changed(CartChanges(*database).removeLine(m_shown->id, sku, staffId(), m_storeId),
                 tr("Removed from the cart: %1. Ctrl+Z undoes it.").arg(removed.line.name)))
        return false;
    m_removed = removed;
    m_page->offerUndo(tr("Put back into the cart: %1").arg(removed.line.name));
    const int next = std::min<int>(position, m_page->linesModel()->rowCount() - 1);
    if (next >= 0)
        m_page->selectSku(m_page->linesModel()->skuAt(next));
    return true;
}

bool CartDesk::undoRemoval() {
    if (!m_removed)
        return false;
    Database* database = writer();
    if (!database)
        return false;
    const Removed removed = *m_removed;
    if (!changed(CartChanges(*database).restoreLine(removed.cartId, removed.line, removed.position, staffId(),
                                                    m_storeId),
                 tr("Back in the cart: %1.").arg(removed.line.name)))
        return false;
    m_removed.reset();
    m_page->offerUndo({});
    m_page->selectSku(removed.line.sku);
    return true;
}

bool CartDesk::resolveConflict() {
    refresh();
    if (!m_conflict && m_page->conflictState() == CartPage::ConflictState::Refused) {
        Q_EMIT syncScreenRequested(); // a refusal of another kind: retry or discard there
        return false;
    }
    if (!m_conflict || !m_conflict->theirsKnown()) {
        m_page->showMessage(tr("Fetching the customer's version …"));
        Q_EMIT syncRequested();
        return false;
    }
    const std::optional<CartConflicts::Resolution> choice = m_chooser(*m_conflict);
    return choice && resolve(*choice);
}

bool CartDesk::resolve(CartConflicts::Resolution resolution) {
    if (!m_shown)
        return false;
    Database* database = writer();
    if (!database)
        return false;
    const Result<std::optional<CartChanges::Changed>> resolved =
        CartConflicts(*database).resolve(m_shown->id, resolution, staffId(), m_storeId);
    if (!resolved) {
        m_page->showMessage(CartTexts::describe(resolved.error()), true);
        refresh();
        return false;
    }
    Q_EMIT localChangeMade();
    m_removed.reset();
    m_page->offerUndo({});
    refresh();
    QString message;
    switch (resolution) {
    case CartConflicts::Resolution::TakeTheirs:
        message = tr("The customer's version stands; your changes were dropped.");
        break;
    case CartConflicts::Resolution::KeepMine:
        message = tr("Your version replaces the customer's.");
        break;
    case CartConflicts::Resolution::Merge:
        message = tr("Both versions merged: every article, each with the larger quantity.");
        break;
    }
    if (resolved->has_value())
        message += u' ' + tr("It goes to the server with the next synchronisation.");
    m_page->showMessage(message);
    return true;
}
