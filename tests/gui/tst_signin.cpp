// Staff sign-in as people at the counter meet it: the sign-in dialog, the lock screen over the
// customer page, and the manager approval dialog. Staff rows are put into the cache directly
// (the staff feed does not exist on the server yet).
#include "AuditLog.h"
#include "AuthController.h"
#include "CustomersPage.h"
#include "Database.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "ManagerApprovalDialog.h"
#include "PinHash.h"
#include "Profile.h"
#include "Session.h"
#include "SignInDialog.h"
#include "SyncService.h"

#include "SettingsDialog.h"
#include "SettingsRepository.h"
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestSignIn : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    void insertStaff(const QString& id, const QString& name, const QString& role, const QString& pin,
                     const QString& badge) {
        QSqlQuery query(m_db->sql());
        query.prepare(u"INSERT INTO staff (id, store_id, display_name, role, badge_code, pin_hash) "
                      u"VALUES (?, 'st-1', ?, ?, ?, ?)"_s);
        query.addBindValue(id);
        query.addBindValue(name);
        query.addBindValue(role);
        query.addBindValue(badge);
        query.addBindValue(PinHash::create(pin, PinHash::kMinimumIterations));
        QVERIFY(query.exec());
    }

    static void selectName(SignInDialog& dialog, const QString& name) {
        auto* list = dialog.findChild<QListWidget*>(u"staffList"_s);
        const auto items = list->findItems(name, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.first());
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = Database::open(Profile(m_dir.path()).databasePath()).value();
        insertStaff(u"a1"_s, u"Anna Associate"_s, u"associate"_s, u"1111"_s, u"B-1001"_s);
        insertStaff(u"m1"_s, u"Max Manager"_s, u"manager"_s, u"2222"_s, u"B-2002"_s);
        insertStaff(u"m2"_s, u"Mia Manager"_s, u"manager"_s, u"3333"_s, u"B-3003"_s);
    }

    void signInWithNameAndPin() {
        Session session(m_db->sql(), Clock::system());
        SignInDialog dialog(session);
        dialog.show();
        selectName(dialog, u"Anna Associate"_s);
        auto* pin = dialog.findChild<QLineEdit*>(u"pinEdit"_s);
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QTest::keyClicks(pin, u"1111"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        // The window got control back at once: the half-second hash runs on a worker thread.
        QVERIFY(!session.isSignedIn());
        QVERIFY(!pin->isEnabled());
        QTRY_VERIFY(pin->isEnabled()); // the PIN check runs in the background
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session.currentStaffId(), u"a1"_s);
    }

    void wrongPinSaysSoAndStaysOpen() {
        Session session(m_db->sql(), Clock::system());
        SignInDialog dialog(session);
        dialog.show();
        selectName(dialog, u"Max Manager"_s);
        auto* pin = dialog.findChild<QLineEdit*>(u"pinEdit"_s);
        QTest::keyClicks(pin, u"9999"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(pin->isEnabled()); // the PIN check runs in the background
        QVERIFY(dialog.isVisible());
        QVERIFY(!session.isSignedIn());
        QVERIFY2(dialog.message().contains(u"PIN is not correct"_s), qPrintable(dialog.message()));
        QVERIFY(pin->text().isEmpty());
    }

    void badgeScanPicksThePersonWithoutSigningIn() {
        Session session(m_db->sql(), Clock::system());
        SignInDialog dialog(session);
        dialog.show();
        auto* badge = dialog.findChild<QLineEdit*>(u"badgeEdit"_s);
        QTest::keyClicks(badge, u"B-3003"_s);
        QTest::keyClick(badge, Qt::Key_Return);
        QCOMPARE(dialog.selectedStaffId(), u"m2"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.message().isEmpty()); // the scan's Enter did not try an empty PIN
        auto* pin = dialog.findChild<QLineEdit*>(u"pinEdit"_s);
        QTest::keyClicks(pin, u"3333"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(pin->isEnabled()); // the PIN check runs in the background
        QCOMPARE(session.currentStaffId(), u"m2"_s);
    }

    void withoutStaffTheDialogSaysSoAndTheWindowIsOpen() {
        QTemporaryDir dir;
        auto db = Database::open(Profile(dir.path()).databasePath()).value();
        Session session(db->sql(), Clock::system());
        SignInDialog dialog(session);
        QVERIFY(dialog.message().contains(u"No staff synchronised yet"_s));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());

        SyncService service{Profile(dir.path())};
        MainWindow window(db->sql(), service);
        window.setSession(&session);
        window.show();
        QVERIFY(!window.auth()->isWorkAreaHidden());
        QVERIFY(window.customersPage()->isVisible());
        QVERIFY(window.auth()->statusText().contains(u"first synchronisation"_s));
        QVERIFY(!window.auth()->lockAction()->isEnabled());
    }

    void withStaffNothingShowsBeforeASignIn() {
        Session session(m_db->sql(), Clock::system());
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.setSession(&session);
        window.show();
        QVERIFY(window.auth()->isWorkAreaHidden());
        QVERIFY(!window.customersPage()->isVisible());
        QVERIFY(session.signIn(u"a1"_s, u"1111"_s).ok());
        QVERIFY(window.customersPage()->isVisible());
        QVERIFY(window.auth()->statusText().contains(u"Anna Associate"_s));
    }

    void lockHidesTheCustomerPageAndUnlockRestoresTheWork() {
        Session session(m_db->sql(), Clock::system());
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.setSession(&session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(session.signIn(u"a1"_s, u"1111"_s).ok());
        window.customersPage()->searchField()->setText(u"Zimmermann"_s);

        window.auth()->lockAction()->trigger();
        QVERIFY(session.isLocked());
        QVERIFY(!window.customersPage()->isVisible());
        QVERIFY(!window.customersPage()->searchField()->isEnabled()); // no keys typed into it
        LockScreen* lock = window.auth()->lockScreen();
        QVERIFY(lock->isVisible());
        QCOMPARE(lock->geometry().size(), window.centralWidget()->size());
        QVERIFY(window.auth()->statusText().contains(u"Locked"_s));

        auto* pin = lock->findChild<QLineEdit*>(u"pinEdit"_s);
        QTest::keyClicks(pin, u"0000"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(pin->isEnabled()); // the PIN check runs in the background
        QVERIFY(session.isLocked());
        QVERIFY(lock->message().contains(u"PIN is not correct"_s));
        QTest::keyClicks(pin, u"1111"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(pin->isEnabled()); // the PIN check runs in the background
        QVERIFY(!session.isLocked());
        QVERIFY(window.customersPage()->isVisible());
        QVERIFY(window.customersPage()->searchField()->isEnabled());
        QCOMPARE(window.customersPage()->searchField()->text(), u"Zimmermann"_s);
    }

    void idleTimeLocksTheWindow() {
        Session session(m_db->sql(), Clock::system());
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.setSession(&session);
        window.show();
        QVERIFY(session.signIn(u"a1"_s, u"1111"_s).ok());
        QVERIFY(window.auth()->idleLock()->isArmed());
        QCOMPARE(window.auth()->idleLock()->timeoutMs(), IdleLock::kDefaultTimeoutMs);
        window.auth()->idleLock()->setTimeoutMs(1);
        QTest::qWait(5);
        window.auth()->idleLock()->poll();
        QVERIFY(session.isLocked());
        QVERIFY(!window.customersPage()->isVisible());
    }

    void managerChangesTheIdleLockAndItIsAudited() {
        Session session(m_db->sql(), Clock::system());
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.setSession(&session);
        window.show();
        QVERIFY(session.signIn(u"m1"_s, u"2222"_s).ok());
        bool answered = false;
        QTimer::singleShot(0, [&answered] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<SettingsDialog*>(widget); dialog && dialog->isVisible()) {
                    dialog->setIdleMinutes(7);
                    dialog->accept();
                    answered = true;
                }
            }
        });
        window.auth()->showSettings();
        QVERIFY(answered);
        QCOMPARE(window.auth()->idleLock()->timeoutMs(), 7 * 60 * 1000);
        QCOMPARE(session.idleTimeoutMs(), 7 * 60 * 1000);
        const auto entries = AuditLog(m_db->sql()).list({u"settings_change"_s, {}, {}, {}, 10}).value();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().staffId, u"m1"_s);
        QCOMPARE(entries.first().detail.value(u"after"_s).toInt(), 7);
        QVERIFY(SettingsRepository(m_db->sql()).setValue(u"idle_lock_minutes"_s, u"3"_s));
    }

    void anAssociateOpeningTheSettingsIsAskedForAManagerAndCancelChangesNothing() {
        Session session(m_db->sql(), Clock::system());
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.setSession(&session);
        window.show();
        QVERIFY(session.signIn(u"a1"_s, u"1111"_s).ok());
        const qsizetype auditedBefore =
            AuditLog(m_db->sql()).list({u"settings_change"_s, {}, {}, {}, 100}).value().size();
        bool askedForAManager = false;
        bool settingsOpened = false;
        QTimer::singleShot(0, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (qobject_cast<SettingsDialog*>(widget) && widget->isVisible())
                    settingsOpened = true;
                if (auto* approval = qobject_cast<ManagerApprovalDialog*>(widget);
                    approval && approval->isVisible()) {
                    askedForAManager = true;
                    approval->reject(); // no manager at hand
                }
            }
        });
        window.auth()->showSettings();
        QVERIFY(askedForAManager);
        QVERIFY(!settingsOpened);
        QCOMPARE(session.currentStaffId(), u"a1"_s);
        QCOMPARE(AuditLog(m_db->sql()).list({u"settings_change"_s, {}, {}, {}, 100}).value().size(),
                 auditedBefore);
    }

    void auditPageIsForManagersOnly() {
        Session session(m_db->sql(), Clock::system());
        SyncService service{Profile(m_dir.path())};
        MainWindow window(m_db->sql(), service);
        window.setSession(&session);
        window.show();
        QVERIFY(session.signIn(u"a1"_s, u"1111"_s).ok());
        auto* nav = window.findChild<QListWidget*>();
        QVERIFY(nav->item(nav->count() - 1)->isHidden());
        QVERIFY(session.signIn(u"m1"_s, u"2222"_s).ok());
        QVERIFY(!nav->item(nav->count() - 1)->isHidden());
    }

    void approvalRefusesTheRequesterAndAcceptsAnotherManager() {
        Session session(m_db->sql(), Clock::system());
        QVERIFY(session.signIn(u"m1"_s, u"2222"_s).ok());
        ManagerApprovalDialog dialog(session, {u"return.goodwill"_s, u"withdrawal_period_exceeded"_s, 4599,
                                               u"Goodwill return of 45.99 EUR"_s});
        dialog.show();
        auto* managers = dialog.findChild<QComboBox*>(u"managerCombo"_s);
        auto* pin = dialog.findChild<QLineEdit*>(u"pinEdit"_s);
        managers->setCurrentIndex(managers->findData(u"m1"_s));
        QTest::keyClicks(pin, u"2222"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(pin->isEnabled()); // the PIN check runs in the background
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.approval());
        QVERIFY2(dialog.message().contains(u"different manager"_s), qPrintable(dialog.message()));

        auto* badge = dialog.findChild<QLineEdit*>(u"badgeEdit"_s);
        QTest::keyClicks(badge, u"B-3003"_s);
        QTest::keyClick(badge, Qt::Key_Return);
        QCOMPARE(managers->currentData().toString(), u"m2"_s);
        QTest::keyClicks(pin, u"3333"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(pin->isEnabled()); // the PIN check runs in the background
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.approval());
        QCOMPARE(dialog.approval()->approverId, u"m2"_s);
        QCOMPARE(dialog.approval()->requesterId, u"m1"_s);
        QCOMPARE(dialog.approval()->amountCents, 4599);

        AuditFilter filter;
        filter.action = u"approval"_s;
        const auto approvals = AuditLog(m_db->sql()).list(filter).value();
        const auto goodwill =
            std::count_if(approvals.cbegin(), approvals.cend(),
                          [](const AuditEntry& entry) { return entry.subjectId == u"return.goodwill"; });
        QCOMPARE(goodwill, 1);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
