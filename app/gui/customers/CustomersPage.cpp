#include "CustomersPage.h"

#include "CustomerDetailPane.h"
#include "CustomerHistoryPanel.h"
#include "CustomerSearchModel.h"
#include "ErrorMessages.h"
#include "Formatting.h"
#include "OnlineCustomerSearch.h"
#include "OrderRepository.h"
#include "ProductDialog.h"
#include "ProductFinderDialog.h"
#include "ProductScan.h"
#include "ProductTexts.h"
#include "ScanClassifier.h"
#include "SettingsRepository.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Typing pauses shorter than this are still one search (DESIGN §4: ~150 ms).
constexpr int kDebounceMs = 150;
} // namespace

CustomersPage::CustomersPage(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_searchField(new QLineEdit(this))
    , m_resultLabel(new QLabel(this))
    , m_resultView(new QTableView(this))
    , m_detailPane(new CustomerDetailPane(db, this))
    , m_model(new CustomerSearchModel(db, this))
    , m_debounce(new QTimer(this)) {
    m_searchField->setPlaceholderText(tr("Name, phone, e-mail, customer no., loyalty card or EAN"));
    m_searchField->setAccessibleName(tr("Customer search"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_searchField->setClearButtonEnabled(true);
    QFont searchFont = m_searchField->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.3);
    m_searchField->setFont(searchFont);
    m_searchField->setMinimumHeight(36);

    m_resultView->setModel(m_model);
    m_resultView->setAccessibleName(tr("Search results"));
    m_resultView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->setAlternatingRowColors(true);
    m_resultView->verticalHeader()->hide();
    // Names and e-mails take what room there is; numbers and places keep their natural width.
    QHeaderView* header = m_resultView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CustomerSearchModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CustomerSearchModel::EmailColumn, QHeaderView::Stretch);
    m_resultView->setTextElideMode(Qt::ElideMiddle);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_resultView);
    splitter->addWidget(m_detailPane);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    // The customer view wants room, but the matches must stay readable beside it.
    m_resultView->setMinimumWidth(480);
    splitter->setSizes({550, 660});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchField);
    layout->addWidget(m_resultLabel);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CustomersPage::searchNow);
    connect(m_searchField, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            searchNow(); // the clear button empties the list at once
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        // An order number or a pickup QR/code scanned at the counter goes where it belongs.
        const ScanResult scan = ScanClassifier::classify(m_searchField->text());
        if (scan.kind == ScanKind::OrderNo) {
            Q_EMIT orderScanned(scan.orderNo);
            return;
        }
        if (scan.kind == ScanKind::PickupQr || scan.kind == ScanKind::PickupCode) {
            Q_EMIT pickupScanned(m_searchField->text().trimmed());
            return;
        }
        if ((scan.kind == ScanKind::Ean || scan.kind == ScanKind::Sku) &&
            routeProductScan(m_searchField->text()))
            return;
        searchNow();
        if (m_model->rowCount() > 0)
            m_resultView->setFocus();
    });
    connect(m_model, &CustomerSearchModel::searched, this, &CustomersPage::onSearched);
    connect(m_model, &CustomerSearchModel::searchFailed, m_resultLabel, &QLabel::setText);
    connect(m_resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::onCurrentRowChanged);
    connect(m_detailPane, &CustomerDetailPane::customerErased, this, [this] {
        refresh();
        focusSearch();
    });
    onSearched(0, false);
}

void CustomersPage::setCentralSearch(OnlineCustomerSearch* search, std::function<bool()> online) {
    m_central = search;
    m_online = std::move(online);
    connect(
        search, &OnlineCustomerSearch::finished, this, [this](const OnlineCustomerSearch::Answer& answer) {
            if (answer.query != m_model->query())
                return;
            if (!answer.error.code.isEmpty()) {
                m_resultLabel->setText(
                    tr("No customer found for “%1” on this device; the central search is not "
                       "possible right now (%2).")
                        .arg(answer.query, ErrorMessages::describe(answer.error)));
                return;
            }
            if (answer.customers.isEmpty()) {
                m_resultLabel->setText(tr("No customer found for “%1”, neither on this device nor centrally.")
                                           .arg(answer.query));
                return;
            }
            m_model->setCentralResults(answer.query, answer.customers, answer.truncated);
            m_resultLabel->setText(tr("%n customer(s) found by the central search (not on this device yet)",
                                      nullptr, int(answer.customers.size())));
            m_resultView->selectRow(0);
        });
}

bool CustomersPage::openOrder(const QString& orderNo) {
    const std::optional<Order> order = OrderRepository(m_db).findByOrderNo(orderNo);
    if (!order || order->customerId.isEmpty()) {
        m_resultLabel->setText(tr("Order %1 is not on this device, or has no customer.").arg(orderNo));
        return false;
    }
    // Clearing the search empties the list and the pane: first clear, then show the customer.
    m_searchField->clear();
    if (!m_detailPane->showCustomerById(order->customerId))
        return false;
    m_detailPane->showHistory();
    return m_detailPane->historyPanel()->openOrder(orderNo) != nullptr;
}

bool CustomersPage::routeProductScan(const QString& text) {
    const ProductScan scan = ProductScan::lookUp(m_db, text);
    // An unknown SKU-like text may still be part of a name or an address: search customers with it.
    if (scan.outcome != ProductScan::Outcome::Found && scan.outcome != ProductScan::Outcome::UnknownEan)
        return false;
    // The customer on screen stays; the scan text is selected so the next scan replaces it.
    m_debounce->stop();
    m_searchField->selectAll();
    if (!scan.product) {
        m_resultLabel->setText(ProductTexts::notInAssortment(scan));
        return true;
    }
    m_resultLabel->setText(tr("Article %1 scanned: %2").arg(scan.product->sku, scan.product->name));
    Q_EMIT productScanned(*scan.product);
    return true;
}

ProductDialog* CustomersPage::productDialog() const {
    return m_productDialog;
}

ProductDialog* CustomersPage::openProduct(const Product& product) {
    if (!m_productDialog) {
        m_productDialog =
            new ProductDialog(m_db, SettingsRepository(m_db).value(SettingKey::kStoreId.toString()), this);
        m_productDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_productDialog->showProduct(product);
    m_productDialog->show();
    m_productDialog->raise();
    m_productDialog->activateWindow();
    return m_productDialog;
}

void CustomersPage::findProduct() {
    auto* finder = new ProductFinderDialog(m_db, this);
    finder->setAttribute(Qt::WA_DeleteOnClose);
    connect(finder, &ProductFinderDialog::productChosen, this, &CustomersPage::openProduct);
    finder->show();
}

void CustomersPage::setSession(Session* session) {
    m_detailPane->setSession(session);
}

void CustomersPage::focusSearch() {
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void CustomersPage::searchNow() {
    m_debounce->stop();
    if (m_searchField->text().trimmed() == m_model->query() && !m_model->query().isEmpty())
        return;
    m_model->setQuery(m_searchField->text());
}

void CustomersPage::refresh() {
    if (m_model->query().isEmpty())
        return;
    const Customer* chosen = m_model->customerAt(m_resultView->currentIndex().row());
    m_keepCustomerId = chosen ? chosen->id : QString();
    m_model->setQuery(m_model->query());
    m_keepCustomerId.clear();
}

void CustomersPage::onSearched(int rows, bool truncated) {
    if (m_model->query().isEmpty())
        m_resultLabel->setText(tr("Type or scan to search the customers of this store."));
    else if (truncated)
        m_resultLabel->setText(
            tr("More than %1 matches: please refine your search.").arg(Formatting::integer(rows)));
    else if (rows == 0 && m_central && m_online && m_online() && m_model->query().size() >= 3) {
        m_resultLabel->setText(
            tr("Not on this device: asking the central search for “%1” …").arg(m_model->query()));
        m_central->search(m_model->query());
    } else if (rows == 0)
        m_resultLabel->setText(tr("No customer found for “%1”.").arg(m_model->query()));
    else
        m_resultLabel->setText(tr("%n customer(s) found", nullptr, rows));

    if (rows > 0)
        m_resultView->selectRow(qMax(0, m_model->rowOf(m_keepCustomerId)));
    else
        m_detailPane->clear();
}

void CustomersPage::onCurrentRowChanged() {
    // The result rows hold what the list shows; the pane needs the whole customer (consents too).
    const Customer* customer = m_model->customerAt(m_resultView->currentIndex().row());
    if (!customer) {
        m_detailPane->clear();
        return;
    }
    if (m_detailPane->showCustomerById(customer->id))
        return;
    if (!m_model->fromCentral() || !m_detailPane->adoptCentralCustomer(*customer))
        m_detailPane->clear();
}
