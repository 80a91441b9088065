#include "ManagerApprovalDialog.h"

#include "BackgroundPinCheck.h"
#include "BadgeEnterFilter.h"

#include "AuthMessages.h"
#include "Session.h"
#include "ui_ManagerApprovalDialog.h"

#include <QKeyEvent>
#include <QPushButton>

ManagerApprovalDialog::ManagerApprovalDialog(Session& session, ApprovalRequest request, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_request(std::move(request))
    , m_ui(std::make_unique<Ui::ManagerApprovalDialog>()) {
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
    m_ui->requestLabel->setText(tr("A store manager must approve this:\n%1").arg(m_request.description));
    connect(new BadgeEnterFilter(m_ui->badgeEdit), &BadgeEnterFilter::entered, this,
            &ManagerApprovalDialog::takeBadge);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ManagerApprovalDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ManagerApprovalDialog::reject);
    // Every manager is listed, the requester too: refusing them says why, hiding them would puzzle.
    const auto staff = m_session.activeStaff();
    if (staff) {
        for (const StaffMember& member : staff.value()) {
            if (member.isManager())
                m_ui->managerCombo->addItem(member.displayName, member.id);
        }
    }
    if (m_ui->managerCombo->count() == 0) {
        m_ui->messageLabel->setText(tr("No store manager is known on this device yet."));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    m_ui->badgeEdit->setFocus();
}

ManagerApprovalDialog::~ManagerApprovalDialog() = default;

QString ManagerApprovalDialog::message() const {
    return m_ui->messageLabel->text();
}

void ManagerApprovalDialog::takeBadge() {
    const QString code = m_ui->badgeEdit->text().trimmed();
    m_ui->badgeEdit->clear();
    const std::optional<StaffMember> member = m_session.staffByBadge(code);
    const int index = member ? m_ui->managerCombo->findData(member->id) : -1;
    if (index < 0) {
        m_ui->messageLabel->setText(tr("This badge does not belong to a store manager."));
        return;
    }
    m_ui->managerCombo->setCurrentIndex(index);
    m_ui->pinEdit->setFocus();
}

void ManagerApprovalDialog::accept() {
    const QString approverId = m_ui->managerCombo->currentData().toString();
    if (approverId.isEmpty())
        return;
    const QString pin = m_ui->pinEdit->text();
    m_ui->pinEdit->clear();
    setEnabled(false);
    m_ui->messageLabel->setText(tr("Checking the PIN…"));
    checkPinInBackground(m_session, this, approverId, pin, [this, approverId](const PinVerdict& verdict) {
        setEnabled(true);
        m_ui->messageLabel->clear();
        const Result<Approval> approved =
            m_session.approve(approverId, verdict, m_request.action, m_request.rule, m_request.amountCents);
        if (!approved) {
            m_ui->messageLabel->setText(
                AuthMessages::describe(approved.error(), m_session.lockedUntil(approverId)));
            m_ui->pinEdit->setFocus();
            return;
        }
        m_approval = approved.value();
        QDialog::accept();
    });
}
