#include "MainWindow.h"

#include "AuthController.h"
#include "CartDesk.h"
#include "CartHandOnDesk.h"
#include "CartPage.h"
#include "CustomerDetailPane.h"
#include "CustomerRepository.h"
#include "CustomersPage.h"
#include "OutboxRepository.h"
#include "OutboxSection.h"
#include "PickupDesk.h"
#include "PickupPage.h"
#include "ProductDialog.h"
#include "ReturnsDesk.h"
#include "ReturnsPage.h"
#include "SettingsRepository.h"
#include "StatusBarIndicators.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "SyncStateRepository.h"
#include "TypeAnywhereFilter.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(QSqlDatabase db, SyncService& service, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_service(service)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_customersPage(new CustomersPage(db, this))
    , m_syncPage(new SyncPage(db, service, this))
    , m_returnsDesk(new ReturnsDesk(db, this))
    , m_pickupDesk(new PickupDesk(db, this))
    , m_cartDesk(new CartDesk(db, this))
    , m_indicators(new StatusBarIndicators(this)) {
    const QString storeName = SettingsRepository(m_db).value(SettingKey::kStoreName.toString());
    setWindowTitle(storeName.isEmpty() ? tr("Theke") : tr("Theke — %1").arg(storeName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/theke.svg")));

    m_pages->addWidget(m_customersPage);
    m_pages->addWidget(m_cartDesk->page());
    m_pages->addWidget(m_pickupDesk->page());
    m_pages->addWidget(m_returnsDesk->page());
    m_pages->addWidget(m_syncPage);

    buildNavigation();
    buildActions();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_indicators);

    auto* typeAnywhere = new TypeAnywhereFilter(this, m_customersPage->searchField());
    typeAnywhere->addPageTarget(m_pickupDesk->page(), m_pickupDesk->page()->searchField());
    typeAnywhere->addPageTarget(m_cartDesk->page(), m_cartDesk->page()->scanField());
    connect(typeAnywhere, &TypeAnywhereFilter::redirecting, this, [this] {
        if (currentArea() != CustomersArea)
            m_navigation->setCurrentRow(CustomersArea);
    });

    connect(&m_service, &SyncService::onlineChanged, m_indicators, &StatusBarIndicators::setOnline);
    connect(&m_service, &SyncService::syncProgress, m_indicators, &StatusBarIndicators::setSyncProgress);
    connect(&m_service, &SyncService::syncFinished, m_indicators, &StatusBarIndicators::endSyncProgress);
    connect(&m_service, &SyncService::unsentAuditChanged, m_syncPage->outbox(), &OutboxSection::reload);
    connect(&m_service, &SyncService::outboxCountsChanged, this,
            [this](qint64 pending, qint64 conflicts, qint64 quarantined) {
                m_indicators->setPending(pending);
                m_indicators->setProblems(conflicts, quarantined);
            });
    connect(&m_service, &SyncService::syncFinished, this, [this](bool ok) { onSyncFinished(ok); });
    // A discarded note or consent change is undone in the cache: the customer screen must show it.
    connect(m_syncPage->outbox(), &OutboxSection::outboxChanged, this, [this] {
        refreshStatus();
        m_customersPage->refresh();
        m_pickupDesk->page()->refresh();
        m_cartDesk->refresh();
    });
    // A note or consent change made at the counter goes out at once when online; an erased customer's
    // old search-index text is purged on the sync thread, which does so after every pull.
    connect(m_customersPage->detailPane(), &CustomerDetailPane::localChangeMade, this, [this] {
        refreshStatus();
        m_service.pushNow();
    });
    m_returnsDesk->setOnline([this] { return m_service.isOnline(); });
    m_returnsDesk->setOnlineLookUp(m_service.orderLookup());
    m_customersPage->setCentralSearch(m_service.centralSearch(), [this] { return m_service.isOnline(); });
    connect(m_returnsDesk, &ReturnsDesk::localChangeMade, this, [this] {
        refreshStatus();
        m_service.pushNow();
    });
    m_pickupDesk->setOnline([this] { return m_service.isOnline(); });
    connect(m_pickupDesk, &PickupDesk::localChangeMade, this, [this] {
        refreshStatus();
        m_service.pushNow();
    });
    m_cartDesk->setOnline([this] { return m_service.isOnline(); });
    connect(m_cartDesk, &CartDesk::localChangeMade, this, [this] {
        refreshStatus();
        m_service.pushNow();
    });
    connect(m_cartDesk, &CartDesk::syncRequested, &m_service, &SyncService::syncNow);
    auto* handOnDesk = new CartHandOnDesk(m_cartDesk, db);
    handOnDesk->setHandOn(m_service.cartHandOn());
    connect(handOnDesk, &CartHandOnDesk::handedOn, this, [this] { refreshStatus(); });
    connect(m_cartDesk, &CartDesk::syncScreenRequested, this, [this] { showArea(SyncArea); });
    connect(m_cartDesk->page(), &CartPage::findCustomerRequested, this, [this] { showArea(CustomersArea); });
    // A push may have brought a 412 for a cart change; a pull the customer's version.
    connect(&m_service, &SyncService::pushFinished, m_cartDesk, &CartDesk::refresh);
    connect(m_customersPage->detailPane(), &CustomerDetailPane::cartRequested, this,
            [this](const QString& customerId) {
                m_cartDesk->openCustomer(customerId);
                showArea(CartArea);
            });
    connect(m_syncPage->outbox(), &OutboxSection::cartConflictOpened, this, [this](const QString& cartId) {
        if (m_cartDesk->openCart(cartId)) {
            showArea(CartArea);
            m_cartDesk->resolveConflict();
        }
    });
    // "Pickup (3)": what needs the desk, overdue and to prepare.
    connect(m_pickupDesk->page(), &PickupPage::attentionChanged, this, [this](int count) {
        m_navigation->item(PickupArea)->setText(count > 0 ? tr("Pickup (%1)").arg(count) : tr("Pickup"));
    });
    m_pickupDesk->page()->refresh();
    connect(m_customersPage, &CustomersPage::orderScanned, m_customersPage, &CustomersPage::openOrder);
    // A scan on the customer screen opens the article; with a cart open, the dialog can add it there.
    connect(m_customersPage, &CustomersPage::productScanned, this, [this](const Product& product) {
        ProductDialog* dialog = m_customersPage->openProduct(product);
        dialog->offerCart(
            [this] {
                const QString id = m_cartDesk->customerId();
                const std::optional<Customer> customer =
                    id.isEmpty() ? std::nullopt : CustomerRepository(m_db).find(id);
                return customer ? customer->displayName() : QString();
            },
            [this](const Product& chosen) { return m_cartDesk->addProduct(chosen); });
    });
    connect(m_customersPage, &CustomersPage::pickupScanned, this, [this](const QString& text) {
        showArea(PickupArea);
        m_pickupDesk->page()->handleScan(text);
    });
    connect(m_customersPage->detailPane(), &CustomerDetailPane::returnRequested, this,
            [this](const QString& orderNo) {
                showArea(ReturnsArea);
                m_returnsDesk->page()->lookUp(orderNo);
            });
    connect(m_customersPage->detailPane(), &CustomerDetailPane::pickupRequested, this,
            [this](const QString& pickupId) {
                showArea(PickupArea);
                m_pickupDesk->page()->refresh();
                m_pickupDesk->page()->selectPickup(pickupId);
            });
    connect(m_customersPage->detailPane(), &CustomerDetailPane::customerErased, &m_service,
            &SyncService::syncNow);
    refreshStatus();
    showArea(CustomersArea);
}

void MainWindow::buildNavigation() {
    struct Entry {
        QString label;
        const char* icon;
    };
    const Entry entries[] = {{tr("Customers"), ":/icons/customers.svg"},
                             {tr("Cart"), ":/icons/cart.svg"},
                             {tr("Pickup"), ":/icons/pickup.svg"},
                             {tr("Returns"), ":/icons/returns.svg"},
                             {tr("Synchronisation"), ":/icons/sync.svg"}};
    for (const Entry& entry : entries)
        new QListWidgetItem(QIcon(QString::fromLatin1(entry.icon)), entry.label, m_navigation);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The cart area (Ctrl+2, or a click) opens the cart of the customer on the customer screen.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        const QString shown = m_customersPage->detailPane()->shownCustomerId();
        if (row == CartArea && !shown.isEmpty() && shown != m_cartDesk->customerId())
            m_cartDesk->openCustomer(shown);
    });
}

void MainWindow::buildActions() {
    auto* findCustomer = new QAction(tr("&Find customer"), this);
    findCustomer->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F2)});
    findCustomer->setToolTip(tr("Jump to the customer search (Ctrl+F, F2)"));
    connect(findCustomer, &QAction::triggered, this, [this] {
        showArea(CustomersArea);
        m_customersPage->focusSearch();
    });

    auto* findArticle = new QAction(tr("Find &article"), this);
    findArticle->setShortcut(QKeySequence(Qt::Key_F3));
    findArticle->setToolTip(tr("Search the assortment and see the stock everywhere (F3)"));
    connect(findArticle, &QAction::triggered, m_customersPage, &CustomersPage::findProduct);

    auto* syncNow = new QAction(tr("&Sync now"), this);
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    syncNow->setToolTip(tr("Fetch the latest data from the server now (F5)"));
    connect(syncNow, &QAction::triggered, &m_service, &SyncService::syncNow);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* theke = menuBar()->addMenu(tr("&Theke"));
    theke->addAction(findCustomer);
    theke->addAction(findArticle);
    theke->addAction(syncNow);
    theke->addSeparator();
    theke->addAction(quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int area = 0; area < AreaCount; ++area) {
        auto* action = new QAction(m_navigation->item(area)->text(), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + area)));
        connect(action, &QAction::triggered, this, [this, area] { showArea(Area(area)); });
        go->addAction(action);
    }
}

void MainWindow::showArea(Area area) {
    m_navigation->setCurrentRow(area);
    if (area == CustomersArea)
        m_customersPage->focusSearch();
    if (area == ReturnsArea)
        m_returnsDesk->page()->focusOrderField();
    if (area == PickupArea)
        m_pickupDesk->page()->focusSearch();
    if (area == CartArea)
        m_cartDesk->page()->focusScanField();
}

MainWindow::Area MainWindow::currentArea() const {
    return Area(m_pages->currentIndex());
}

void MainWindow::refreshStatus() {
    SyncStateRepository state(m_db);
    m_indicators->setLastSync(state.lastSyncOfAll());
    const Result<OutboxCounts> counts = OutboxRepository(m_db).counts();
    if (counts) {
        m_indicators->setPending(counts->pending);
        m_indicators->setProblems(counts->conflicts, counts->quarantined);
    }
}

void MainWindow::onSyncFinished(bool ok) {
    refreshStatus();
    if (ok) {
        m_customersPage->refresh();
        m_pickupDesk->page()->refresh();
        m_cartDesk->refresh();
    }
    // The Sync screen refreshes itself on syncFinished (SyncPage::onFinished).
}

// --- staff sign-in (issue 6) ---

void MainWindow::setSession(Session* session) {
    if (m_auth || !session)
        return;
    m_auth = new AuthController(*this, *session, m_db);
    m_syncPage->setSession(session);
    m_customersPage->setSession(session);
    m_returnsDesk->setSession(session);
    m_pickupDesk->setSession(session);
    m_cartDesk->setSession(session);
    connect(&m_service, &SyncService::syncFinished, m_auth, &AuthController::staffMayHaveChanged);
}

void MainWindow::addExtraPage(QWidget* page, const QIcon& icon, const QString& label) {
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(icon, label, m_navigation);
    item->setHidden(true);
}

void MainWindow::setExtraPageAvailable(QWidget* page, bool available) {
    const int index = m_pages->indexOf(page);
    if (index < AreaCount)
        return;
    m_navigation->item(index)->setHidden(!available);
    if (!available && m_pages->currentIndex() == index)
        showArea(CustomersArea);
}

void MainWindow::showExtraPage(QWidget* page) {
    const int index = m_pages->indexOf(page);
    if (index >= AreaCount && !m_navigation->item(index)->isHidden())
        m_navigation->setCurrentRow(index);
}
