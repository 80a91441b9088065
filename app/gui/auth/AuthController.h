#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class AuditPage;
class IdleLock;
class LockScreen;
class MainWindow;
class QAction;
class QLabel;
class QMenu;
class Session;

// Puts staff sign-in into the main window: the Staff menu (sign in / switch user, lock Ctrl+L, sign
// out, audit log), the signed-in person in the status bar, the lock screen over the work area,
// the idle lock fed by every key and mouse event, and the managers' audit page.
// While no staff has been synchronised it only says so in the status bar; the client works as before.
class AuthController : public QObject {
    Q_OBJECT

public:
    AuthController(MainWindow& window, Session& session, QSqlDatabase db);

    // At start, and after a sync that may have brought staff: asks for a sign-in when needed.
    void start();
    void staffMayHaveChanged();
    // The settings dialog, after a manager's approval; a change is audited.
    void showSettings();

    bool isWorkAreaHidden() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    AuditPage* auditPage() const { return m_auditPage; }
    IdleLock* idleLock() const { return m_idleLock; }
    QAction* lockAction() const { return m_lockAction; }
    QString statusText() const;

public Q_SLOTS:
    void showSignIn(); // the dialog, over the lock screen

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update(); // follows the session into the window
    void setWorkAreaHidden(bool hidden);

    MainWindow& m_window;
    Session& m_session;
    IdleLock* m_idleLock;
    LockScreen* m_lockScreen;
    AuditPage* m_auditPage;
    QLabel* m_status;
    QMenu* m_menu;
    QAction* m_signInAction;
    QAction* m_lockAction;
    QAction* m_signOutAction;
    QAction* m_auditAction;
    QAction* m_settingsAction;
    QSqlDatabase m_db;
    QList<QPointer<QWidget>> m_hidden; // work-area widgets hidden by the lock
    bool m_staffKnown = false;
    bool m_signInOpen = false;
};
