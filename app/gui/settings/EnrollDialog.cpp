#include "EnrollDialog.h"

#include "Enrollment.h"
#include "ErrorMessages.h"
#include "SyncService.h"
#include "UrlPolicy.h"
#include "ui_EnrollDialog.h"

#include <QPushButton>

EnrollDialog::EnrollDialog(SyncService& service, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnrollDialog>())
    , m_service(service) {
    m_ui->setupUi(this);
    m_enrollButton = m_ui->buttons->addButton(tr("Set up"), QDialogButtonBox::AcceptRole);
    m_enrollButton->setDefault(true);
    m_ui->deviceEdit->setText(Enrollment::defaultDeviceName());
    connect(m_enrollButton, &QPushButton::clicked, this, &EnrollDialog::submit);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &EnrollDialog::updateButton);
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &EnrollDialog::updateButton);
    connect(&m_service, &SyncService::enrollFinished, this, &EnrollDialog::onFinished);
    updateButton();
}

EnrollDialog::~EnrollDialog() = default;

void EnrollDialog::setServerUrl(const QString& url) {
    m_ui->serverEdit->setText(url);
    m_ui->codeEdit->setFocus();
}

void EnrollDialog::updateButton() {
    m_enrollButton->setEnabled(!m_busy && !m_ui->serverEdit->text().trimmed().isEmpty() &&
                               !m_ui->codeEdit->text().trimmed().isEmpty());
}

void EnrollDialog::submit() {
    Result<QUrl> url = UrlPolicy::parseServerUrl(m_ui->serverEdit->text());
    if (!url) {
        m_ui->messageLabel->setText(ErrorMessages::describe(url.error()));
        m_ui->serverEdit->setFocus();
        return;
    }
    setBusy(true);
    m_ui->messageLabel->setText(tr("Connecting to the server…"));
    m_service.enroll(url.value(), m_ui->codeEdit->text().trimmed(), m_ui->deviceEdit->text().trimmed());
}

void EnrollDialog::onFinished(bool ok, const QString& errorCode, const QString& message,
                              const QString& storeName) {
    setBusy(false);
    if (ok) {
        m_storeName = storeName;
        accept();
        return;
    }
    m_ui->messageLabel->setText(message);
    if (errorCode == ErrorCode::kApiInvalidEnrollCode) {
        m_ui->codeEdit->setFocus();
        m_ui->codeEdit->selectAll();
    } else {
        m_ui->serverEdit->setFocus();
    }
}

void EnrollDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->serverEdit->setEnabled(!busy);
    m_ui->codeEdit->setEnabled(!busy);
    m_ui->deviceEdit->setEnabled(!busy);
    updateButton();
}
