#include "AuthController.h"
#include "ErrorMessages.h"
#include "RoleGate.h"
#include "SettingsDialog.h"
#include "SettingsRepository.h"
#include <QMessageBox>

#include "AuditPage.h"
#include "AuthMessages.h"
#include "Clock.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

AuthController::AuthController(MainWindow& window, Session& session, QSqlDatabase db)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
    , m_idleLock(new IdleLock(Clock::system(), this))
    , m_lockScreen(new LockScreen(session, window.centralWidget()))
    , m_auditPage(new AuditPage(db, &window))
    , m_status(new QLabel(&window))
    , m_menu(window.menuBar()->addMenu(tr("&Staff")))
    , m_signInAction(new QAction(tr("Sign &in / switch user…"), this))
    , m_lockAction(new QAction(tr("&Lock"), this))
    , m_signOutAction(new QAction(tr("Sign &out"), this))
    , m_auditAction(new QAction(tr("&Audit log"), this))
    , m_settingsAction(new QAction(tr("S&ettings…"), this))
    , m_db(db) {
    m_lockScreen->hide();
    window.centralWidget()->layout()->addWidget(m_lockScreen);
    window.addExtraPage(m_auditPage, QIcon(u":/icons/theke.svg"_s), tr("Audit log"));

    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signInAction->setToolTip(tr("Sign in, or hand the desk over to a colleague (Ctrl+Shift+L)"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the window and hide customer data; your work stays (Ctrl+L)"));
    m_signOutAction->setToolTip(tr("Sign out; the next person signs in with their PIN"));
    m_auditAction->setToolTip(tr("Who did what on this device (store managers only)"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setToolTip(tr("Idle lock and device details (store managers only)"));
    m_menu->addAction(m_signInAction);
    m_menu->addAction(m_lockAction);
    m_menu->addAction(m_signOutAction);
    m_menu->addSeparator();
    m_menu->addAction(m_auditAction);
    m_menu->addAction(m_settingsAction);
    // Shortcuts work while the menu is closed only when the window owns the actions as well.
    window.addActions({m_signInAction, m_lockAction, m_signOutAction, m_auditAction, m_settingsAction});

    connect(m_signInAction, &QAction::triggered, this, &AuthController::showSignIn);
    connect(m_lockAction, &QAction::triggered, this, [this] { m_session.lock(u"manual"_s); });
    connect(m_signOutAction, &QAction::triggered, &m_session, &Session::signOut);
    connect(m_auditAction, &QAction::triggered, this, [this] { m_window.showExtraPage(m_auditPage); });
    connect(m_settingsAction, &QAction::triggered, this, &AuthController::showSettings);
    connect(m_lockScreen, &LockScreen::otherUserRequested, this, &AuthController::showSignIn);
    connect(&m_session, &Session::changed, this, &AuthController::update);
    connect(m_idleLock, &IdleLock::idleTimeout, this, [this] { m_session.lock(u"idle"_s); });

    m_status->setAccessibleName(tr("Signed-in person"));
    window.statusBar()->insertPermanentWidget(0, m_status);
    qApp->installEventFilter(this);
    m_idleLock->setTimeoutMs(m_session.idleTimeoutMs());
    m_staffKnown = m_session.staffAvailable();
    update();
}

void AuthController::start() {
    m_staffKnown = m_session.staffAvailable();
    update();
    if (m_staffKnown && !m_session.isSignedIn())
        showSignIn();
}

void AuthController::staffMayHaveChanged() {
    const bool known = m_session.staffAvailable();
    if (known == m_staffKnown)
        return;
    m_staffKnown = known;
    // The first staff rows arrived: from now on the window shows nothing without a sign-in.
    update();
}

QString AuthController::statusText() const {
    return m_status->text();
}

bool AuthController::isWorkAreaHidden() const {
    return m_lockScreen->isVisibleTo(&m_window);
}

void AuthController::showSignIn() {
    if (m_signInOpen || !m_session.staffAvailable())
        return;
    m_signInOpen = true;
    SignInDialog dialog(m_session, &m_window);
    dialog.exec();
    m_signInOpen = false;
    update();
}

void AuthController::update() {
    const bool signedIn = m_session.isSignedIn();
    const bool locked = m_session.isLocked();
    const bool hide = m_staffKnown && (!signedIn || locked);
    setWorkAreaHidden(hide);
    m_lockScreen->refresh();

    m_signInAction->setEnabled(m_staffKnown);
    m_lockAction->setEnabled(signedIn && !locked);
    m_signOutAction->setEnabled(signedIn);
    const bool manager = m_session.isManager() && !locked;
    m_auditAction->setEnabled(manager);
    m_window.setExtraPageAvailable(m_auditPage, manager);

    m_idleLock->setTimeoutMs(m_session.idleTimeoutMs());
    m_idleLock->setArmed(signedIn && !locked);

    if (!m_staffKnown) {
        m_status->setText(tr("Sign-in starts with the first synchronisation of the staff"));
    } else if (!signedIn) {
        m_status->setText(tr("Nobody signed in"));
    } else {
        const QString role = m_session.isManager() ? tr("Manager") : tr("Associate");
        const QString who = tr("%1 (%2)").arg(m_session.current()->displayName, role);
        m_status->setText(locked ? tr("Locked: %1").arg(who) : tr("Signed in: %1").arg(who));
    }
}

void AuthController::setWorkAreaHidden(bool hidden) {
    if (hidden == isWorkAreaHidden())
        return;
    QWidget* central = m_window.centralWidget();
    if (hidden) {
        // Hidden and disabled, not covered: hidden widgets are neither painted, grabbed, reached by
        // Tab or read out by a screen reader, and disabled ones take no typed-anywhere keys.
        m_hidden.clear();
        for (QWidget* child : central->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (child != m_lockScreen && !child->isHidden()) {
                m_hidden.append(child);
                child->setEnabled(false);
                child->hide();
            }
        }
        m_lockScreen->show();
    } else {
        m_lockScreen->hide();
        for (const QPointer<QWidget>& child : std::as_const(m_hidden)) {
            if (child) {
                child->setEnabled(true);
                child->show();
            }
        }
        m_hidden.clear();
    }
}

bool AuthController::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_idleLock->activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AuthController::showSettings() {
    const std::optional<Approval> approval = RoleGate::requireManager(
        &m_window, m_session,
        ApprovalRequest{u"settings.change"_s, u"settings_change"_s, 0, tr("Change this device's settings")});
    if (!approval)
        return;
    const int before = int(m_session.idleTimeoutMs() / 60000);
    SettingsDialog dialog(m_db, &m_window);
    dialog.setIdleMinutes(before);
    if (dialog.exec() != QDialog::Accepted || dialog.idleMinutes() == before)
        return;
    const Status saved = SettingsRepository(m_db).setValue(AuthSettingKey::kIdleLockMinutes.toString(),
                                                           QString::number(dialog.idleMinutes()));
    if (!saved) {
        QMessageBox::warning(&m_window, tr("Settings"), ErrorMessages::describe(saved.error()));
        return;
    }
    m_session.audit(AuditAction::kSettingsChange, u"setting"_s, AuthSettingKey::kIdleLockMinutes.toString(),
                    QJsonObject{{u"before"_s, before},
                                {u"after"_s, dialog.idleMinutes()},
                                {u"approver_staff_id"_s, approval->approverId}});
    m_idleLock->setTimeoutMs(m_session.idleTimeoutMs());
}
