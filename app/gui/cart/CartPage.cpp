#include "CartPage.h"

#include "CartLinesModel.h"
#include "CartTotalsPanel.h"
#include "Formatting.h"
#include "ui_CartPage.h"

#include <QAction>
#include <QHeaderView>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace {

QAction* makeAction(QWidget* owner, const QKeySequence& shortcut, Qt::ShortcutContext context) {
    auto* action = new QAction(owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(context);
    owner->addAction(action);
    return action;
}

QString withShortcut(const QString& tip, const QAction* action) {
    return u"%1 (%2)"_s.arg(tip, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

CartPage::CartPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CartPage>())
    , m_lines(new CartLinesModel(this))
    , m_totals(new CartTotalsPanel(this)) {
    m_ui->setupUi(this);
    m_ui->totalsLayout->addWidget(m_totals);
    m_ui->linesView->setModel(m_lines);
    m_ui->linesView->verticalHeader()->hide();
    QHeaderView* header = m_ui->linesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CartLinesModel::ArticleColumn, QHeaderView::Stretch);
    QFont heading = m_ui->customerLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->customerLabel->setFont(heading);
    QFont field = m_ui->scanField->font();
    field.setPointSizeF(field.pointSizeF() * 1.3);
    m_ui->scanField->setFont(field);
    m_ui->scanField->setMinimumHeight(36);
    m_ui->conflictBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->conflictLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->productArea->hide(); // until the product panels are put in

    buildActions();

    const auto scan = [this] {
        const QString code = m_ui->scanField->text().trimmed();
        if (!code.isEmpty())
            Q_EMIT scanned(code);
    };
    connect(m_ui->scanField, &QLineEdit::returnPressed, this, scan);
    connect(m_ui->addButton, &QPushButton::clicked, this, scan);
    // From the scan field, Down goes to the lines (then + and − work on the selected line).
    auto* toLines =
        new QShortcut(QKeySequence(Qt::Key_Down), m_ui->scanField, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toLines, &QShortcut::activated, this, [this] {
        m_ui->linesView->setFocus(Qt::ShortcutFocusReason);
        if (!m_ui->linesView->currentIndex().isValid() && m_lines->rowCount() > 0)
            selectSku(m_lines->skuAt(0));
    });
    connect(m_ui->onlineButton, &QToolButton::clicked, this, [this] { Q_EMIT cartChosen(Which::Online); });
    connect(m_ui->storeButton, &QToolButton::clicked, this, [this] { Q_EMIT cartChosen(Which::Store); });
    connect(m_ui->conflictButton, &QPushButton::clicked, this, &CartPage::conflictActionRequested);
    connect(m_ui->findCustomerButton, &QPushButton::clicked, this, &CartPage::findCustomerRequested);
    connect(m_lines, &CartLinesModel::quantityEdited, this, &CartPage::quantityRequested);
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        Q_EMIT currentSkuChanged(currentSku());
    });
    retranslate();
    showNoCustomer();
}

CartPage::~CartPage() = default;

void CartPage::buildActions() {
    // +, − and Del act on the selected line while the lines have focus: in the scan field a "-" is
    // part of an article no.
    m_increase = makeAction(m_ui->linesView, QKeySequence(Qt::Key_Plus), Qt::WidgetShortcut);
    m_decrease = makeAction(m_ui->linesView, QKeySequence(Qt::Key_Minus), Qt::WidgetShortcut);
    m_remove = makeAction(m_ui->linesView, QKeySequence(QKeySequence::Delete), Qt::WidgetShortcut);
    m_undo = makeAction(this, QKeySequence(QKeySequence::Undo), Qt::WidgetWithChildrenShortcut);
    m_conflictAction = makeAction(this, QKeySequence(Qt::CTRL | Qt::Key_M), Qt::WidgetWithChildrenShortcut);
    m_increase->setObjectName(u"increaseAction"_s);
    m_decrease->setObjectName(u"decreaseAction"_s);
    m_remove->setObjectName(u"removeAction"_s);
    m_undo->setObjectName(u"undoAction"_s);
    connect(m_increase, &QAction::triggered, this, [this] { stepQuantity(+1); });
    connect(m_decrease, &QAction::triggered, this, [this] { stepQuantity(-1); });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (!currentSku().isEmpty())
            Q_EMIT removeRequested(currentSku());
    });
    connect(m_undo, &QAction::triggered, this, &CartPage::undoRequested);
    connect(m_conflictAction, &QAction::triggered, this, [this] {
        if (m_conflict != ConflictState::None)
            Q_EMIT conflictActionRequested();
    });
    m_ui->increaseButton->setDefaultAction(m_increase);
    m_ui->decreaseButton->setDefaultAction(m_decrease);
    m_ui->removeButton->setDefaultAction(m_remove);
    m_ui->undoButton->setDefaultAction(m_undo);
    for (QToolButton* button :
         {m_ui->increaseButton, m_ui->decreaseButton, m_ui->removeButton, m_ui->undoButton})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_undo->setEnabled(false);
}

void CartPage::retranslate() {
    m_increase->setText(tr("+ 1"));
    m_increase->setToolTip(withShortcut(tr("One piece more of the selected line"), m_increase));
    m_decrease->setText(tr("− 1"));
    m_decrease->setToolTip(withShortcut(tr("One piece less; at one piece the line is removed"), m_decrease));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(withShortcut(tr("Remove the selected line; Ctrl+Z brings it back"), m_remove));
    m_undo->setText(tr("Undo"));
    m_ui->onlineButton->setText(m_onlineLines < 0 ? tr("Online cart (none)")
                                                  : tr("Online cart (%n line(s))", nullptr, m_onlineLines));
    m_ui->storeButton->setText(m_storeLines < 0
                                   ? tr("Cart in this store (new)")
                                   : tr("Cart in this store (%n line(s))", nullptr, m_storeLines));
    m_ui->onlineButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_O));
    m_ui->storeButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F));
    switch (m_conflict) {
    case ConflictState::WaitingForServer:
        m_ui->conflictButton->setText(tr("Synchronise now"));
        break;
    case ConflictState::Refused:
        m_ui->conflictButton->setText(tr("Open synchronisation"));
        break;
    default:
        m_ui->conflictButton->setText(tr("Compare versions…"));
        break;
    }
    setWaitingChanges(m_waiting);
    showAge();
}

QWidget* CartPage::productArea() const {
    return m_ui->productArea;
}

void CartPage::addProductPanel(QWidget* panel, int stretch) {
    m_ui->productAreaLayout->addWidget(panel, stretch);
    m_ui->productArea->show();
}

void CartPage::addHandOnBar(QWidget* bar) {
    m_ui->lineActionsLayout->insertWidget(2, bar);
}

QLineEdit* CartPage::scanField() const {
    return m_ui->scanField;
}

QTableView* CartPage::linesView() const {
    return m_ui->linesView;
}

QString CartPage::currentSku() const {
    return m_lines->skuAt(m_ui->linesView->currentIndex().row());
}

QString CartPage::messageText() const {
    return m_ui->messageLabel->text();
}

QString CartPage::pendingText() const {
    return m_ui->pendingLabel->isVisibleTo(this) ? m_ui->pendingLabel->text() : QString();
}

QString CartPage::conflictText() const {
    return m_ui->conflictBanner->isVisibleTo(this) ? m_ui->conflictLabel->text() : QString();
}

void CartPage::showNoCustomer() {
    m_cart.reset();
    m_lines->setLines({}, {}, {});
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    offerUndo({});
}

void CartPage::showCustomer(const QString& heading) {
    m_ui->customerLabel->setText(heading);
    m_ui->stack->setCurrentWidget(m_ui->cartPage);
}

void CartPage::setCartChoice(int onlineLines, int storeLines, Which shown) {
    m_onlineLines = onlineLines;
    m_storeLines = storeLines;
    m_shown = shown;
    m_ui->onlineButton->setEnabled(onlineLines >= 0);
    (shown == Which::Online ? m_ui->onlineButton : m_ui->storeButton)->setChecked(true);
    // The cart shown in bold: a checked tool button alone is hard to tell apart in some styles.
    for (QToolButton* button : {m_ui->onlineButton, m_ui->storeButton}) {
        QFont font = button->font();
        font.setBold(button->isChecked());
        button->setFont(font);
    }
    retranslate();
}

void CartPage::showCart(const std::optional<Cart>& cart, const QHash<QString, Product>& products,
                        const CartTotals& totals, const QDateTime& pulledAtUtc) {
    const QString current = currentSku();
    m_lines->setLines(cart ? cart->lines : QList<CartLine>{}, products, totals);
    m_totals->showTotals(totals);
    if (!current.isEmpty())
        selectSku(current);
    m_cart = cart;
    m_pulledAt = pulledAtUtc;
    showAge();
    updateActions();
}

void CartPage::showAge() {
    // "Stand": how current what this device knows is — the carts feed's last pull.
    const QString pulled = m_pulledAt.isValid()
                               ? tr("as of %1 (last synchronisation)").arg(Formatting::dateTime(m_pulledAt))
                               : tr("not synchronised yet");
    QString age;
    if (!m_cart)
        age = tr("Still empty: scan the first article to start the cart in this store.");
    else if (m_cart->version == 0)
        age = tr("Started here, not at the server yet · %1").arg(pulled);
    else
        age = tr("Last changed %1 · %2").arg(Formatting::dateTime(m_cart->updatedAt), pulled);
    m_ui->ageLabel->setText(age);
}

void CartPage::setWaitingChanges(int count) {
    m_waiting = count;
    m_ui->pendingLabel->setText(
        tr("%n change(s) of this cart wait for the synchronisation; they are saved on this device.", nullptr,
           count));
    m_ui->pendingLabel->setVisible(count > 0);
}

void CartPage::setConflict(ConflictState state, const QString& text) {
    m_conflict = state;
    m_ui->conflictLabel->setText(text);
    m_ui->conflictBanner->setVisible(state != ConflictState::None);
    const bool editable = state == ConflictState::None;
    m_ui->scanField->setEnabled(editable);
    m_ui->addButton->setEnabled(editable);
    retranslate();
    updateActions();
}

void CartPage::showMessage(const QString& text, bool warning) {
    m_warning = warning && !text.isEmpty();
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setForegroundRole(m_warning ? QPalette::BrightText : QPalette::WindowText);
    m_ui->messageLabel->setBackgroundRole(m_warning ? QPalette::Highlight : QPalette::Window);
    m_ui->messageLabel->setAutoFillBackground(m_warning);
    m_ui->messageLabel->setMargin(m_warning ? 6 : 0);
}

void CartPage::offerUndo(const QString& text) {
    m_undo->setEnabled(!text.isEmpty());
    m_undo->setToolTip(text.isEmpty() ? tr("Nothing to undo") : withShortcut(text, m_undo));
}

void CartPage::selectSku(const QString& sku) {
    const int row = m_lines->rowOf(sku);
    if (row < 0)
        return;
    m_ui->linesView->setCurrentIndex(m_lines->index(row, CartLinesModel::QuantityColumn));
}

void CartPage::focusScanField() {
    m_ui->scanField->setFocus(Qt::ShortcutFocusReason);
    m_ui->scanField->selectAll();
}

void CartPage::stepQuantity(int delta) {
    const int row = m_ui->linesView->currentIndex().row();
    if (row < 0 || row >= m_lines->rowCount())
        return;
    // Copies: the request reloads the model, which would pull a referenced line away.
    const QString sku = m_lines->lines().at(row).sku;
    const int quantity = m_lines->lines().at(row).quantity + delta;
    if (quantity <= 0)
        Q_EMIT removeRequested(sku);
    else
        Q_EMIT quantityRequested(sku, std::min(quantity, 999));
}

void CartPage::updateActions() {
    const bool editable = m_conflict == ConflictState::None;
    const bool line = editable && !currentSku().isEmpty();
    m_increase->setEnabled(line);
    m_decrease->setEnabled(line);
    m_remove->setEnabled(line);
    m_ui->linesView->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                                    QAbstractItemView::EditKeyPressed |
                                                    QAbstractItemView::SelectedClicked
                                              : QAbstractItemView::NoEditTriggers);
}

void CartPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
