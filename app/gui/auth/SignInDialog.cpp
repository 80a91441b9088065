#include "SignInDialog.h"

#include "BackgroundPinCheck.h"
#include "BadgeEnterFilter.h"

#include "AuthMessages.h"
#include "Session.h"
#include "ui_SignInDialog.h"

#include <QKeyEvent>
#include <QPushButton>

SignInDialog::SignInDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SignInDialog>()) {
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    // A badge scanner types the code and Enter; that Enter must pick the person, not press Sign in.
    connect(new BadgeEnterFilter(m_ui->badgeEdit), &BadgeEnterFilter::entered, this,
            &SignInDialog::takeBadge);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->staffList, &QListWidget::itemActivated, this, [this] { m_ui->pinEdit->setFocus(); });
    connect(m_ui->staffList, &QListWidget::currentRowChanged, this, [this] { showMessage({}); });
    loadStaff();
    m_ui->badgeEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::loadStaff() {
    m_ui->staffList->clear();
    const auto staff = m_session.activeStaff();
    if (staff) {
        for (const StaffMember& member : staff.value()) {
            auto* item = new QListWidgetItem(member.displayName, m_ui->staffList);
            item->setData(Qt::UserRole, member.id);
            item->setToolTip(member.isManager() ? tr("Store manager") : tr("Sales associate"));
        }
    }
    const bool any = m_ui->staffList->count() > 0;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    m_ui->badgeEdit->setEnabled(any);
    m_ui->pinEdit->setEnabled(any);
    if (!any)
        showMessage(AuthMessages::noStaffYet());
}

QString SignInDialog::selectedStaffId() const {
    const QListWidgetItem* item = m_ui->staffList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString SignInDialog::message() const {
    return m_ui->messageLabel->text();
}

void SignInDialog::showMessage(const QString& text) {
    m_ui->messageLabel->setText(text);
}

void SignInDialog::takeBadge() {
    const QString code = m_ui->badgeEdit->text().trimmed();
    m_ui->badgeEdit->clear();
    if (code.isEmpty())
        return;
    const std::optional<StaffMember> member = m_session.staffByBadge(code);
    if (!member) {
        showMessage(tr("This badge is not known on this device."));
        return;
    }
    for (int row = 0; row < m_ui->staffList->count(); ++row) {
        if (m_ui->staffList->item(row)->data(Qt::UserRole).toString() == member->id)
            m_ui->staffList->setCurrentRow(row);
    }
    m_ui->pinEdit->setFocus();
}

void SignInDialog::accept() {
    const QString staffId = selectedStaffId();
    if (staffId.isEmpty()) {
        showMessage(tr("Choose your name or scan your badge first."));
        m_ui->staffList->setFocus();
        return;
    }
    if (m_ui->pinEdit->text().isEmpty()) {
        showMessage(tr("Enter your PIN."));
        m_ui->pinEdit->setFocus();
        return;
    }
    const QString pin = m_ui->pinEdit->text();
    m_ui->pinEdit->clear();
    setChecking(true);
    checkPinInBackground(m_session, this, staffId, pin, [this, staffId](const PinVerdict& verdict) {
        setChecking(false);
        const Result<StaffMember> signedIn = m_session.signIn(staffId, verdict);
        if (!signedIn) {
            showMessage(AuthMessages::describe(signedIn.error(), m_session.lockedUntil(staffId)));
            m_ui->pinEdit->setFocus();
            return;
        }
        QDialog::accept();
    });
}

void SignInDialog::setChecking(bool checking) {
    m_ui->pinEdit->setEnabled(!checking);
    m_ui->buttons->setEnabled(!checking);
    m_ui->staffList->setEnabled(!checking);
    m_ui->badgeEdit->setEnabled(!checking);
    if (checking)
        showMessage(tr("Checking the PIN…"));
}
