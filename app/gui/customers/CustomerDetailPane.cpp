#include "CustomerDetailPane.h"

#include "CacheWriter.h"
#include "ConsentEventRepository.h"
#include "ConsentGate.h"
#include "ConsentHistory.h"
#include "ConsentPanel.h"
#include "ConsentTexts.h"
#include "CustomerEraser.h"
#include "CustomerExport.h"
#include "CustomerHistoryPanel.h"
#include "CustomerRepository.h"
#include "ErrorMessages.h"
#include "Formatting.h"
#include "LocalChanges.h"
#include "NoteRepository.h"
#include "NotesPanel.h"
#include "OpenItemsPanel.h"
#include "PhoneNumber.h"
#include "RoleGate.h"
#include "Session.h"
#include "ui_CustomerDetailPane.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

CustomerDetailPane::CustomerDetailPane(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerDetailPane>())
    , m_db(db)
    , m_writer(std::make_unique<CacheWriter>(db))
    , m_consents(new ConsentPanel(this))
    , m_notes(new NotesPanel(this))
    , m_history(new CustomerHistoryPanel(db, this))
    , m_openItems(new OpenItemsPanel(db, this)) {
    m_ui->setupUi(this);
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    m_ui->loyaltyBadge->setStyleSheet(u"QLabel { background: palette(midlight); border-radius: 4px; "
                                      "padding: 3px 8px; }"_s);
    m_ui->loyaltyBadge->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_ui->headerLayout->setAlignment(m_ui->loyaltyBadge, Qt::AlignTop);
    m_ui->headerLayout->setAlignment(m_ui->moreButton, Qt::AlignTop);
    m_ui->headerLayout->setAlignment(m_ui->cartButton, Qt::AlignTop);
    m_ui->cartButton->setIcon(QIcon(u":/icons/cart.svg"_s));
    m_ui->cartButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_ui->cartButton, &QToolButton::clicked, this, [this] {
        if (!m_customer.id.isEmpty())
            Q_EMIT cartRequested(m_customer.id);
    });
    m_ui->consentLayout->addWidget(m_consents);
    m_ui->notesLayout->addWidget(m_notes);
    m_ui->historyLayout->addWidget(m_history);
    m_ui->openItemsLayout->addWidget(m_openItems);
    connect(m_openItems, &OpenItemsPanel::pickupRequested, this, &CustomerDetailPane::pickupRequested);
    connect(m_openItems, &OpenItemsPanel::orderRequested, m_history, &CustomerHistoryPanel::openOrder);
    connect(m_history, &CustomerHistoryPanel::returnRequested, this, &CustomerDetailPane::returnRequested);
    // The history is read when its tab is shown, so opening a customer stays quick.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &CustomerDetailPane::loadHistoryIfShown);

    auto* more = new QMenu(this);
    QAction* exportData = more->addAction(tr("Export customer data…"));
    exportData->setObjectName(u"exportAction"_s);
    connect(exportData, &QAction::triggered, this, &CustomerDetailPane::exportCustomer);
    QAction* erase = more->addAction(tr("Erase customer data from this device…"));
    erase->setObjectName(u"eraseAction"_s);
    connect(erase, &QAction::triggered, this, &CustomerDetailPane::eraseCustomer);
    m_ui->moreButton->setMenu(more);

    connect(m_ui->offerEmailButton, &QPushButton::clicked, this, [this] { contact(u"email"_s); });
    connect(m_ui->offerSmsButton, &QPushButton::clicked, this, [this] { contact(u"sms"_s); });
    connect(m_ui->callButton, &QPushButton::clicked, this, [this] { contact(u"phone"_s); });
    connect(m_consents, &ConsentPanel::changeRequested, this, [this](const QString& purpose, bool grant) {
        const QString question = grant ? tr("Record that the customer grants “%1”?")
                                       : tr("Record that the customer withdraws “%1”?");
        if (QMessageBox::question(this, tr("Consent"), question.arg(ConsentTexts::purposeName(purpose))) ==
            QMessageBox::Yes)
            changeConsent(purpose, grant);
    });
    connect(m_notes, &NotesPanel::addRequested, this, &CustomerDetailPane::addNote);
    clear();
}

CustomerDetailPane::~CustomerDetailPane() = default;

void CustomerDetailPane::setSession(Session* session) {
    m_session = session;
    m_notes->setAuthorName(
        [this](const QString& staffId) { return m_session ? m_session->staffName(staffId) : QString(); });
}

void CustomerDetailPane::clear() {
    m_customer = Customer();
    m_history->clear();
    m_openItems->clear();
    m_historyStale = true;
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

void CustomerDetailPane::showCustomer(const Customer& customer) {
    const bool other = customer.id != m_customer.id;
    m_customer = customer;
    if (other) {
        m_ui->tabs->setCurrentWidget(m_ui->overviewTab);
        m_notes->clearEditor();
    }
    render();
    loadNotes();
    m_openItems->showCustomer(customer.id);
    m_historyStale = true;
    m_ui->stack->setCurrentWidget(m_ui->detailPage);
    loadHistoryIfShown();
}

void CustomerDetailPane::showHistory() {
    m_ui->tabs->setCurrentWidget(m_ui->historyTab);
    loadHistoryIfShown();
}

void CustomerDetailPane::loadHistoryIfShown() {
    if (!m_historyStale || m_customer.id.isEmpty() || m_ui->tabs->currentWidget() != m_ui->historyTab)
        return;
    m_historyStale = false;
    if (const Status loaded = m_history->showCustomer(m_customer.id); !loaded)
        showError(loaded.error());
}

bool CustomerDetailPane::showCustomerById(const QString& customerId) {
    const std::optional<Customer> customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return false;
    showCustomer(*customer);
    return true;
}

bool CustomerDetailPane::adoptCentralCustomer(const Customer& customer) {
    Result<Database*> database = m_writer->get();
    if (!database) {
        showError(database.error());
        return false;
    }
    Database& db = *database.value();
    const Status stored = db.transaction([&] { return CustomerRepository(db.sql()).upsert({customer}); });
    if (!stored) {
        showError(stored.error());
        return false;
    }
    return showCustomerById(customer.id);
}

void CustomerDetailPane::render() {
    const Customer& c = m_customer;
    const QString none = tr("not given");
    m_ui->nameLabel->setText(c.displayName());
    QStringList subtitle{tr("Customer no. %1").arg(c.customerNo)};
    if (c.customerSince.isValid())
        subtitle << tr("customer since %1").arg(Formatting::date(c.customerSince));
    m_ui->subtitleLabel->setText(subtitle.join(u" · "_s));
    m_ui->loyaltyBadge->setText(
        tr("%1 · %2 points")
            .arg(Formatting::loyaltyTier(c.loyaltyTier), Formatting::integer(c.loyaltyPoints)));
    m_ui->emailValue->setText(c.email.isEmpty() ? none : c.email);
    m_ui->phoneValue->setText(c.phone.isEmpty() ? none : PhoneNumber::display(c.phone));
    const QString cityLine = (c.postcode + u' ' + c.city).trimmed();
    const QString address = QStringList{c.street, cityLine}.join(u'\n').trimmed();
    m_ui->addressValue->setText(address.isEmpty() ? none : address);
    m_ui->cardValue->setText(c.loyaltyCard.isEmpty() ? tr("no loyalty card") : c.loyaltyCard);

    // Marketing contact only with consent and contact data; say why where it is not possible.
    QStringList reasons;
    const QList<std::pair<QPushButton*, QString>> actions{{m_ui->offerEmailButton, u"email"_s},
                                                          {m_ui->offerSmsButton, u"sms"_s},
                                                          {m_ui->callButton, u"phone"_s}};
    for (const auto& [button, purpose] : actions) {
        const ConsentGate::Permission permission = ConsentGate::check(c, purpose);
        const QString reason = ConsentTexts::blockedReason(purpose, permission);
        button->setEnabled(permission.allowed());
        button->setToolTip(reason);
        if (!reason.isEmpty())
            reasons << reason;
    }
    m_ui->contactHint->setText(reasons.join(u'\n'));
    m_ui->contactHint->setVisible(!reasons.isEmpty());
    m_consents->setCustomer(c);
    // A customer's few dozen consent changes: a small indexed query, like the notes.
    const Result<QList<ConsentEvent>> history = ConsentEventRepository(m_db).forCustomer(c.id);
    m_consents->setHistory(
        ConsentHistory::complete(history ? history.value() : QList<ConsentEvent>(), c.consents, c.id));
}

void CustomerDetailPane::loadNotes() {
    const Result<QList<Note>> notes = NoteRepository(m_db).forCustomer(m_customer.id);
    m_notes->setNotes(notes ? notes.value() : QList<Note>());
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->notesTab),
                           notes && !notes->isEmpty() ? tr("Notes (%1)").arg(notes->size()) : tr("Notes"));
}

void CustomerDetailPane::reloadCustomer() {
    showCustomerById(m_customer.id);
}

void CustomerDetailPane::contact(const QString& purpose) {
    if (!ConsentGate::check(m_customer, purpose).allowed())
        return;
    const QString phone = m_customer.phone;
    const QUrl url = purpose == u"email" ? QUrl(u"mailto:"_s + m_customer.email)
                     : purpose == u"sms" ? QUrl(u"sms:"_s + phone)
                                         : QUrl(u"tel:"_s + phone);
    QDesktopServices::openUrl(url);
}

bool CustomerDetailPane::changeConsent(const QString& purpose, bool grant) {
    Result<Database*> database = m_writer->get();
    if (!database) {
        showError(database.error());
        return false;
    }
    const QString staffId = m_session ? m_session->currentStaffId() : QString();
    const auto queued = LocalChanges(*database.value()).setConsent(m_customer.id, purpose, grant, staffId);
    if (!queued) {
        showError(queued.error());
        return false;
    }
    reloadCustomer();
    Q_EMIT localChangeMade();
    return true;
}

bool CustomerDetailPane::addNote(const QString& text) {
    Result<Database*> database = m_writer->get();
    if (!database) {
        showError(database.error());
        return false;
    }
    const QString staffId = m_session ? m_session->currentStaffId() : QString();
    const auto queued = LocalChanges(*database.value()).addNote(m_customer.id, text, staffId);
    if (!queued) {
        showError(queued.error());
        return false;
    }
    m_notes->clearEditor();
    loadNotes();
    Q_EMIT localChangeMade();
    return true;
}

bool CustomerDetailPane::exportCustomer() {
    if (m_customer.id.isEmpty())
        return false;
    QString approverId;
    if (m_session) {
        const std::optional<Approval> approval = RoleGate::requireManager(
            this, *m_session,
            ApprovalRequest{u"customer.export"_s, u"customer_export"_s, 0,
                            tr("Export the data of %1 (customer no. %2)")
                                .arg(m_customer.displayName(), m_customer.customerNo)});
        if (!approval)
            return false;
        approverId = approval->approverId;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"kundendaten-%1.json"_s.arg(m_customer.customerNo));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export customer data"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    return exportCustomerTo(path, approverId);
}

bool CustomerDetailPane::exportCustomerTo(const QString& path, const QString& approverId) {
    Result<Database*> database = m_writer->get();
    if (!database) {
        showError(database.error());
        return false;
    }
    const QString staffId = m_session ? m_session->currentStaffId() : QString();
    const Result<QJsonObject> exported =
        CustomerExport(*database.value())
            .run(m_customer.id, QJsonObject{{u"via"_s, u"app"_s}, {u"approver_staff_id"_s, approverId}},
                 staffId);
    if (!exported) {
        showError(exported.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(exported.value()).toJson()) < 0 ||
        !file.commit()) {
        QMessageBox::warning(this, tr("Export customer data"),
                             tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool CustomerDetailPane::eraseCustomer() {
    if (m_customer.id.isEmpty())
        return false;
    const Customer customer = m_customer;
    QString approverId;
    if (m_session) {
        const std::optional<Approval> approval =
            RoleGate::requireManager(this, *m_session,
                                     ApprovalRequest{u"customer.erase"_s, u"customer_erase"_s, 0,
                                                     tr("Erase %1 (customer no. %2) from this device")
                                                         .arg(customer.displayName(), customer.customerNo)});
        if (!approval)
            return false;
        approverId = approval->approverId;
    }
    QMessageBox confirm(
        QMessageBox::Warning, tr("Erase customer data"),
        tr("Erase %1 (customer no. %2) from this device?").arg(customer.displayName(), customer.customerNo),
        QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("Profile, consents and notes are removed from this device's cache and its "
                                  "search index. This cannot be undone here. The central system keeps its "
                                  "data: an erasure request there removes the customer from every store."));
    QPushButton* eraseButton = confirm.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != eraseButton)
        return false;

    Result<Database*> database = m_writer->get();
    if (!database) {
        showError(database.error());
        return false;
    }
    const QString staffId = m_session ? m_session->currentStaffId() : QString();
    const Status erased = CustomerEraser(*database.value())
                              .erase(customer.id, staffId,
                                     QJsonObject{{u"via"_s, u"app"_s}, {u"approver_staff_id"_s, approverId}},
                                     QDateTime::currentDateTimeUtc());
    if (!erased) {
        showError(erased.error());
        return false;
    }
    clear();
    Q_EMIT customerErased(customer.id);
    return true;
}

void CustomerDetailPane::showError(const Error& error) {
    QMessageBox::warning(this, tr("Customer"), ErrorMessages::describe(error));
}

void CustomerDetailPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!m_customer.id.isEmpty())
            render();
    }
    QWidget::changeEvent(event);
}
