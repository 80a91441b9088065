#include "PickupPage.h"

#include "ReceiptMessage.h"

#include "Formatting.h"
#include "HandoverLinesTable.h"
#include "OrderRepository.h"
#include "PickListPanel.h"
#include "PickListSource.h"
#include "PickupCode.h"
#include "PickupCodeSearch.h"
#include "PickupQueueModel.h"
#include "PickupRules.h"
#include "PickupTexts.h"
#include "ScanClassifier.h"
#include "ui_PickupPage.h"

#include <QHeaderView>
#include <QShortcut>
#include <QTabBar>
#include <QUrl>

using namespace Qt::StringLiterals;

PickupPage::PickupPage(QSqlDatabase db, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PickupPage>())
    , m_db(db)
    , m_clock(clock)
    , m_queue(new PickupQueueModel(db, clock, this))
    , m_codeSearch(new PickupCodeSearch(this))
    , m_buckets(new QTabBar(this)) {
    m_ui->setupUi(this);
    m_buckets->setAccessibleName(tr("Queue"));
    m_buckets->setExpanding(false);
    m_buckets->setDrawBase(false);
    for (int i = 0; i < PickupQueueModel::BucketCount; ++i)
        m_buckets->addTab(QString());
    m_ui->queueLayout->insertWidget(0, m_buckets);
    m_ui->queueView->setModel(m_queue);
    m_ui->queueView->verticalHeader()->hide();
    m_ui->queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->queueView->horizontalHeader()->setSectionResizeMode(PickupQueueModel::CustomerColumn,
                                                              QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_lines = new HandoverLinesTable(m_ui->linesView, this);
    connect(m_lines, &HandoverLinesTable::changed, this, &PickupPage::updateButtons);
    m_pickList = new PickListPanel(m_ui->detailContents);
    m_ui->detailLayout->insertWidget(m_ui->detailLayout->indexOf(m_ui->linesView) + 1, m_pickList);
    for (const QString& type : PickupTexts::documentTypes())
        m_ui->documentCombo->addItem(PickupTexts::documentType(type), type);
    ReceiptMessage::follow(m_ui->messageLabel, [this] { Q_EMIT printReceiptRequested(); });
    m_ui->messageLabel->hide();
    m_buckets->setCurrentIndex(m_queue->bucket());
    retranslate();

    connect(m_buckets, &QTabBar::currentChanged, this, [this](int index) {
        m_queue->setBucket(PickupQueueModel::Bucket(index));
        if (m_queue->rowOf(m_currentId) >= 0)
            m_ui->queueView->selectRow(m_queue->rowOf(m_currentId));
    });
    connect(m_ui->searchField, &QLineEdit::textChanged, this, [this](const QString& text) {
        // A scanned QR code is no search (Enter selects its pickup); a typed code is searched as an
        // order no. or name too, the list only narrows.
        // Nor is an article's EAN while a pickup is prepared: it goes to the pick list on Enter.
        const ScanKind kind = ScanClassifier::classify(text).kind;
        if (kind != ScanKind::PickupQr && !(kind == ScanKind::Ean && m_pickList->isVisibleTo(this)))
            m_queue->setSearch(text);
    });
    connect(m_ui->searchField, &QLineEdit::textEdited, m_codeSearch, &PickupCodeSearch::cancel);
    connect(m_codeSearch, &PickupCodeSearch::finished, this, [this](const QString& code, const QString& id) {
        if (!selectPickup(id)) {
            showMessage(tr("No pickup waiting at this store opens with this code. Check the code, or find "
                           "the order by its number or the customer's name."));
            return;
        }
        showMessage({});
        checkScannedCode(code);
    });
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, [this] {
        if (handleScan(m_ui->searchField->text()))
            m_ui->searchField->clear();
    });
    connect(m_ui->queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (!index.isValid())
                    return;
                m_codeSearch->cancel(); // the associate chose: a code search still running is moot
                showPickup(m_queue->pickup(index.data(PickupQueueModel::kPickupIdRole).toString()));
            });
    connect(m_queue, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_queue->rowOf(m_currentId); row >= 0)
            m_ui->queueView->selectRow(row);
    });
    connect(m_ui->readyButton, &QPushButton::clicked, this,
            [this] { Q_EMIT readyRequested(m_currentId, m_ui->shelfField->text().trimmed()); });
    connect(m_ui->shelfField, &QLineEdit::textChanged, this, &PickupPage::updateButtons);
    connect(m_ui->notifyEmailButton, &QPushButton::clicked, this,
            [this] { Q_EMIT notifyRequested(m_currentId, u"email"_s); });
    connect(m_ui->notifySmsButton, &QPushButton::clicked, this,
            [this] { Q_EMIT notifyRequested(m_currentId, u"sms"_s); });
    connect(m_ui->codeField, &QLineEdit::returnPressed, this, &PickupPage::checkCode);
    connect(m_ui->codeField, &QLineEdit::textEdited, this, [this] {
        m_verifiedCode.clear();
        m_ui->checkLabel->clear();
        updateButtons();
    });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &PickupPage::checkCode);
    connect(m_ui->codeRadio, &QRadioButton::toggled, this, &PickupPage::updateButtons);
    connect(m_ui->recipientCombo, &QComboBox::currentIndexChanged, this, &PickupPage::updateButtons);
    connect(m_ui->handoverButton, &QPushButton::clicked, this,
            [this] { Q_EMIT handoverRequested(m_currentId, handoverInput()); });
    connect(m_ui->returnButton, &QPushButton::clicked, this,
            [this] { Q_EMIT returnToStockRequested(m_currentId); });
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_ui->readyButton->isEnabled())
                m_ui->readyButton->click();
        });
    }
    showPickup(std::nullopt);
}

PickupPage::~PickupPage() = default;

QLineEdit* PickupPage::searchField() const {
    return m_ui->searchField;
}

void PickupPage::focusSearch() {
    m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchField->selectAll();
}

void PickupPage::setStoreId(const QString& storeId) {
    m_queue->setStoreId(storeId);
    updateBucketTitles();
}

void PickupPage::refresh() {
    m_queue->reload();
    updateBucketTitles();
    showPickup(m_queue->pickup(m_currentId));
}

void PickupPage::updateBucketTitles() {
    const QString titles[] = {tr("To prepare (%1)"), tr("Ready (%1)"), tr("Overdue (%1)"),
                              tr("Handed over today (%1)")};
    for (int i = 0; i < PickupQueueModel::BucketCount; ++i)
        m_buckets->setTabText(i, titles[i].arg(m_queue->count(PickupQueueModel::Bucket(i))));
    Q_EMIT attentionChanged(m_queue->count(PickupQueueModel::Overdue) +
                            m_queue->count(PickupQueueModel::ToPrepare));
}

bool PickupPage::selectPickup(const QString& pickupId) {
    const std::optional<Pickup> pickup = m_queue->pickup(pickupId);
    if (!pickup)
        return false;
    m_codeSearch->cancel();
    m_currentId = pickupId;
    m_ui->searchField->clear();
    m_queue->setSearch({});
    const PickupQueueModel::Bucket bucket = PickupQueueModel::bucketOf(*pickup, m_clock.nowUtc());
    if (bucket != PickupQueueModel::BucketCount && bucket != m_queue->bucket())
        m_buckets->setCurrentIndex(bucket);
    if (const int row = m_queue->rowOf(pickupId); row >= 0)
        m_ui->queueView->selectRow(row);
    showPickup(pickup);
    return true;
}

std::optional<Pickup> PickupPage::current() const {
    return m_queue->pickup(m_currentId);
}

bool PickupPage::handleScan(const QString& text) {
    const ScanResult scan = ScanClassifier::classify(text);
    if (scan.kind == ScanKind::PickupQr || scan.kind == ScanKind::OrderNo) {
        const std::optional<Pickup> pickup = m_queue->pickupForOrder(scan.orderNo);
        if (!pickup) {
            showMessage(tr("No pickup for order %1 at this store.").arg(scan.orderNo));
            return false;
        }
        selectPickup(pickup->id);
        if (scan.kind == ScanKind::PickupQr)
            checkScannedCode(scan.value);
        return true;
    }
    if (scan.kind == ScanKind::Ean && current() && current()->state == PickupState::AwaitingStock) {
        m_pickList->scan(scan.value);
        return true;
    }
    if (scan.kind == ScanKind::PickupCode) {
        if (!current()) {
            // No pickup chosen: find the waiting one this code opens, checked offline against each
            // cached hash on a pool thread; the typed text stays until the answer selects a pickup.
            m_codeSearch->start(scan.value, m_queue->codeCandidates());
            showMessage(tr("Checking the code …"));
            return false;
        }
        checkScannedCode(scan.value);
        return true;
    }
    return false;
}

bool PickupPage::isCheckingCode() const {
    return m_codeSearch->isRunning();
}

void PickupPage::checkScannedCode(const QString& code) {
    m_ui->codeRadio->setChecked(true);
    m_ui->codeField->setText(code);
    checkCode();
}

void PickupPage::checkCode() {
    if (m_currentId.isEmpty())
        return;
    QString code = m_ui->codeField->text();
    if (const std::optional<PickupCode::Scan> qr = PickupCode::parseQr(code)) {
        if (const std::optional<Pickup> pickup = current(); pickup && pickup->orderNo != qr->orderNo) {
            handleScan(code); // the QR of another order: go there
            return;
        }
        code = qr->code;
        m_ui->codeField->setText(code);
    }
    m_ui->codeRadio->setChecked(true);
    Q_EMIT verifyRequested(m_currentId, PickupCode::normalise(code));
}

void PickupPage::setCodeChecked(bool matches, const QString& text) {
    m_verifiedCode = matches ? PickupCode::normalise(m_ui->codeField->text()) : QString();
    m_ui->checkLabel->setText(text);
    updateButtons();
    if (matches && m_ui->handoverButton->isEnabled())
        m_ui->handoverButton->setFocus(Qt::OtherFocusReason);
}

void PickupPage::setCodeChecking(const QString& text) {
    m_verifiedCode.clear();
    m_ui->checkLabel->setText(text);
    updateButtons();
}

QString PickupPage::typedCode() const {
    return PickupCode::normalise(m_ui->codeField->text());
}

void PickupPage::clearCodeCheck() {
    m_ui->codeField->clear();
    m_ui->checkLabel->clear();
    m_verifiedCode.clear();
    updateButtons();
}

void PickupPage::showPickup(const std::optional<Pickup>& pickup) {
    if (!pickup) {
        m_currentId.clear();
        m_shownId.clear();
        m_ui->detailStack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    const bool other = pickup->id != m_shownId;
    m_currentId = pickup->id;
    m_shownId = pickup->id;
    m_ui->detailStack->setCurrentWidget(m_ui->detailPage);
    const QString customer = m_queue->customerName(pickup->customerId);
    QStringList facts{
        tr("<b>Order %1</b> — %2").arg(pickup->orderNo.toHtmlEscaped(), PickupTexts::state(pickup->state))};
    if (!customer.isEmpty())
        facts << tr("Customer: %1").arg(customer.toHtmlEscaped());
    if (pickup->deadline.isValid())
        facts << tr("Collect by %1 · waiting %n day(s)", nullptr,
                    PickupQueueModel::ageDays(*pickup, m_clock.nowUtc()))
                     .arg(Formatting::date(pickup->deadline.toLocalTime().date()));
    if (const QString notified = PickupTexts::notifications(pickup->notifications); !notified.isEmpty())
        facts << notified.toHtmlEscaped();
    m_ui->summaryLabel->setText(facts.join(u"<br>"_s));
    if (other) {
        m_ui->shelfField->setText(pickup->shelf);
        m_ui->codeField->clear();
        m_ui->checkLabel->clear();
        m_verifiedCode.clear();
        m_ui->recipientCombo->clear();
        m_ui->recipientCombo->addItem(
            customer.isEmpty() ? tr("The customer") : tr("%1 (customer)").arg(customer), QString());
        for (const AuthorisedPerson& person : pickup->authorisedPersons)
            m_ui->recipientCombo->addItem(tr("%1 (authorised)").arg(person.name), person.name);
    }
    fillLines(*pickup);
    updateButtons();
}

void PickupPage::fillLines(const Pickup& pickup) {
    const bool preparing = pickup.state == PickupState::AwaitingStock;
    m_ui->linesView->setVisible(!preparing);
    m_pickList->setVisible(preparing);
    if (preparing)
        m_pickList->show(pickup.id, pickup.orderNo, PickListSource::load(m_db, pickup));
    else
        m_lines->show(pickup, OrderRepository(m_db).findByOrderNo(pickup.orderNo));
}

QList<PickupLine> PickupPage::chosenLines() const {
    return current() ? m_lines->handOver() : QList<PickupLine>();
}

QList<PickupLine> PickupPage::refusedLines() const {
    return current() ? m_lines->refused() : QList<PickupLine>();
}

PickupActions::HandoverInput PickupPage::handoverInput() const {
    PickupActions::HandoverInput input;
    input.lines = chosenLines();
    input.refusedLines = refusedLines();
    const QString person = m_ui->recipientCombo->currentData().toString();
    input.toAuthorisedPerson = !person.isEmpty();
    input.recipientName =
        person.isEmpty() ? m_queue->customerName(current() ? current()->customerId : QString()) : person;
    if (m_ui->codeRadio->isChecked()) {
        input.method = IdentityMethod::PickupCode;
        input.code = m_verifiedCode;
    } else {
        input.method = IdentityMethod::IdentityDocument;
        input.documentType = m_ui->documentCombo->currentData().toString();
    }
    return input;
}

void PickupPage::updateButtons() {
    const std::optional<Pickup> pickup = current();
    const PickupState state = pickup ? pickup->state : PickupState::Cancelled;
    const bool waiting = state == PickupState::Ready || state == PickupState::PartlyHandedOver;
    m_ui->readyButton->setEnabled(
        pickup && PickupRules::checkReady(state, m_ui->shelfField->text()).ok() &&
        (state == PickupState::AwaitingStock || m_ui->shelfField->text().trimmed() != pickup->shelf));
    m_ui->readyButton->setText(state == PickupState::AwaitingStock ? tr("Ready for pickup")
                                                                   : tr("Move to shelf"));
    m_ui->notifyEmailButton->setEnabled(state == PickupState::Ready);
    m_ui->notifySmsButton->setEnabled(state == PickupState::Ready);
    m_ui->handoverGroup->setEnabled(waiting);
    m_ui->documentCombo->setEnabled(m_ui->documentRadio->isChecked());
    m_ui->codeField->setEnabled(m_ui->codeRadio->isChecked());
    m_ui->verifyButton->setEnabled(m_ui->codeRadio->isChecked());
    const bool checked = m_ui->codeRadio->isChecked() ? !m_verifiedCode.isEmpty() : true;
    const QList<PickupLine> refused = refusedLines();
    m_ui->handoverButton->setEnabled(waiting && checked && !(chosenLines().isEmpty() && refused.isEmpty()));
    int refusedPieces = 0;
    for (const PickupLine& line : refused)
        refusedPieces += line.quantity;
    // Before the confirmation: refusing moves money, the associate sees it coming.
    m_ui->refusalLabel->setText(
        refusedPieces == 0 ? QString()
                           : tr("%n refused piece(s) go back on the shelf as a return, refunded in full to "
                                "the original payment method.",
                                nullptr, refusedPieces));
    m_ui->refusalLabel->setVisible(refusedPieces > 0);
    m_ui->returnButton->setEnabled(
        pickup && PickupRules::checkReturnToStock(state, PickupRules::ReturnToStockReason::NotCollected,
                                                  pickup->deadline, m_clock.nowUtc())
                      .ok());
}

void PickupPage::showMessage(const QString& message, const QString& receiptPath,
                             const QString& returnReceiptPath) {
    m_ui->messageLabel->setTextFormat(Qt::RichText);
    m_ui->messageLabel->setText(ReceiptMessage::html(message, receiptPath, returnReceiptPath));
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void PickupPage::retranslate() {
    for (int i = 0; i < m_ui->documentCombo->count(); ++i)
        m_ui->documentCombo->setItemText(
            i, PickupTexts::documentType(m_ui->documentCombo->itemData(i).toString()));
    m_lines->retranslate();
    m_pickList->retranslate();
}

void PickupPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}
