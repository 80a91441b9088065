#include "LockScreen.h"

#include "BackgroundPinCheck.h"

#include "AuthMessages.h"
#include "Session.h"
#include "ui_LockScreen.h"

LockScreen::LockScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::LockScreen>()) {
    m_ui->setupUi(this);
    setAutoFillBackground(true);
    setAccessibleName(tr("Locked"));
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_ui->pinEdit, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_ui->otherUserButton, &QPushButton::clicked, this, &LockScreen::otherUserRequested);
    refresh();
}

LockScreen::~LockScreen() = default;

void LockScreen::refresh() {
    const bool someone = m_session.isSignedIn();
    m_ui->titleLabel->setText(someone ? tr("Theke is locked") : tr("Please sign in"));
    m_ui->whoLabel->setText(someone ? tr("Signed in: %1").arg(m_session.current()->displayName)
                                    : tr("Customer data stays hidden until someone signs in."));
    m_ui->pinLabel->setVisible(someone);
    m_ui->pinEdit->setVisible(someone);
    m_ui->unlockButton->setVisible(someone);
    m_ui->otherUserButton->setText(someone ? tr("&Other user") : tr("&Sign in…"));
    m_ui->pinEdit->clear();
    m_ui->messageLabel->clear();
    if (someone)
        m_ui->pinEdit->setFocus();
    else
        m_ui->otherUserButton->setFocus();
}

QString LockScreen::message() const {
    return m_ui->messageLabel->text();
}

void LockScreen::unlock() {
    if (m_ui->pinEdit->text().isEmpty())
        return;
    const QString pin = m_ui->pinEdit->text();
    m_ui->pinEdit->clear();
    m_ui->pinEdit->setEnabled(false);
    m_ui->messageLabel->setText(tr("Checking the PIN…"));
    checkPinInBackground(m_session, this, m_session.currentStaffId(), pin, [this](const PinVerdict& verdict) {
        m_ui->pinEdit->setEnabled(true);
        m_ui->messageLabel->clear();
        const Status unlocked = m_session.unlock(verdict);
        if (!unlocked) {
            m_ui->messageLabel->setText(
                AuthMessages::describe(unlocked.error(), m_session.lockedUntil(m_session.currentStaffId())));
            m_ui->pinEdit->setFocus();
        }
    });
}
