#include "AuditLog.h"
#include "AuthErrors.h"
#include "Database.h"
#include "FeedPage.h"
#include "MockClock.h"
#include "PinHash.h"
#include "Session.h"
#include "StaffFeedApplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject staffRow(const QString& id, const QString& name, const QString& role, const QString& pinHash,
                     const QString& badge) {
    return QJsonObject{{u"id"_s, id},
                       {u"store_id"_s, u"st-1"_s},
                       {u"display_name"_s, name},
                       {u"role"_s, role},
                       {u"badge_code"_s, badge},
                       {u"pin_hash"_s, QJsonDocument::fromJson(pinHash.toUtf8()).object()},
                       {u"active"_s, true},
                       {u"version"_s, 1},
                       {u"updated_at"_s, u"2026-01-10T08:00:00.000Z"_s}};
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_hash1111;
    QString m_hash2222;
    QString m_hash3333;

    QStringList auditActions() {
        QStringList actions;
        const QList<AuditEntry> entries = AuditLog(m_db->sql()).list().value();
        for (const AuditEntry& e : entries)
            actions.prepend(e.action);
        return actions;
    }

private Q_SLOTS:
    void initTestCase() {
        m_hash1111 = PinHash::create(u"1111"_s, PinHash::kMinimumIterations);
        m_hash2222 = PinHash::create(u"2222"_s, PinHash::kMinimumIterations);
        m_hash3333 = PinHash::create(u"3333"_s, PinHash::kMinimumIterations);
    }

    void init() {
        m_db.reset();
        QFile::remove(m_dir.filePath(u"c.sqlite"_s));
        m_db = Database::open(m_dir.filePath(u"c.sqlite"_s)).value();
        FeedPage page;
        page.items =
            QJsonArray{staffRow(u"a1"_s, u"Anna Associate"_s, u"associate"_s, m_hash1111, u"B-1001"_s),
                       staffRow(u"m1"_s, u"Max Manager"_s, u"manager"_s, m_hash2222, u"B-2002"_s),
                       staffRow(u"m2"_s, u"Mia Manager"_s, u"manager"_s, m_hash3333, u"B-3003"_s)};
        StaffFeedApplier applier(m_db->sql());
        QVERIFY(applier.apply(page).ok());
    }

    void noStaffMeansNoSignInRequired() {
        FeedPage tombstones;
        tombstones.deleted = {u"a1"_s, u"m1"_s, u"m2"_s};
        QVERIFY(StaffFeedApplier(m_db->sql()).apply(tombstones).ok());
        MockClock clock;
        Session session(m_db->sql(), clock);
        QVERIFY(!session.staffAvailable());
    }

    void feedRowWithoutPinHashFailsThePage() {
        QJsonObject row = staffRow(u"x1"_s, u"X"_s, u"associate"_s, m_hash1111, {});
        row.remove(u"pin_hash"_s);
        FeedPage page;
        page.items = QJsonArray{row};
        QCOMPARE(StaffFeedApplier(m_db->sql()).apply(page).error().code, u"api.bad_response"_s);
    }

    void signInWithTheRightPinAndSignOutAreAudited() {
        MockClock clock;
        Session session(m_db->sql(), clock);
        QVERIFY(session.staffAvailable());
        QCOMPARE(session.activeStaff()->size(), 3);
        QCOMPARE(session.staffByBadge(u"B-2002"_s)->id, u"m1"_s);
        QCOMPARE(session.signIn(u"a1"_s, u"9999"_s).error().code, ErrorCode::kAuthWrongPin.toString());
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.signIn(u"a1"_s, u"1111"_s).ok());
        QCOMPARE(session.currentStaffId(), u"a1"_s);
        QVERIFY(!session.isManager());
        session.signOut();
        QVERIFY(!session.isSignedIn());
        QCOMPARE(auditActions(), (QStringList{u"sign_in_failed"_s, u"sign_in"_s, u"sign_out"_s}));
        // The failed attempt names the person by id only.
        const AuditEntry failed = AuditLog(m_db->sql()).list().value().last();
        QCOMPARE(failed.subjectId, u"a1"_s);
        QVERIFY(!QJsonDocument(failed.detail).toJson().contains("9999"));
    }

    void fiveWrongPinsLockEvenAfterARestart() {
        MockClock clock;
        {
            Session session(m_db->sql(), clock);
            for (int i = 0; i < 4; ++i)
                QCOMPARE(session.signIn(u"a1"_s, u"0000"_s).error().code,
                         ErrorCode::kAuthWrongPin.toString());
            QCOMPARE(session.signIn(u"a1"_s, u"0000"_s).error().code, ErrorCode::kAuthLocked.toString());
        }
        Session restarted(m_db->sql(), clock);
        QCOMPARE(restarted.lockedUntil(u"a1"_s), clock.nowUtc().addSecs(30));
        QCOMPARE(restarted.signIn(u"a1"_s, u"1111"_s).error().code, ErrorCode::kAuthLocked.toString());
        clock.advanceSecs(30);
        QVERIFY(restarted.signIn(u"a1"_s, u"1111"_s).ok());
    }

    void lockAndUnlockWithTheSamePin() {
        MockClock clock;
        Session session(m_db->sql(), clock);
        QSignalSpy changed(&session, &Session::changed);
        QVERIFY(session.signIn(u"a1"_s, u"1111"_s).ok());
        session.lock(u"idle"_s);
        QVERIFY(session.isLocked());
        QVERIFY(!session.unlock(u"2222"_s).ok());
        QVERIFY(session.isLocked());
        QVERIFY(session.unlock(u"1111"_s).ok());
        QVERIFY(!session.isLocked());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(auditActions(), (QStringList{u"sign_in"_s, u"lock"_s, u"sign_in_failed"_s, u"unlock"_s}));
    }

    void anotherPersonSigningInAtTheLockSwitchesTheUser() {
        MockClock clock;
        Session session(m_db->sql(), clock);
        QVERIFY(session.signIn(u"a1"_s, u"1111"_s).ok());
        session.lock(u"manual"_s);
        QVERIFY(session.signIn(u"m1"_s, u"2222"_s).ok());
        QCOMPARE(session.currentStaffId(), u"m1"_s);
        QVERIFY(!session.isLocked());
        QCOMPARE(auditActions(), (QStringList{u"sign_in"_s, u"lock"_s, u"sign_out"_s, u"sign_in"_s}));
    }

    void approverMustBeAnotherManagerWithTheRightPin() {
        MockClock clock;
        Session session(m_db->sql(), clock);
        QVERIFY(session.signIn(u"m1"_s, u"2222"_s).ok());
        QCOMPARE(session.approve(u"m1"_s, u"2222"_s, u"return.goodwill"_s, u"r"_s, 100).error().code,
                 ErrorCode::kAuthSameApprover.toString());
        QCOMPARE(session.approve(u"a1"_s, u"1111"_s, u"return.goodwill"_s, u"r"_s, 100).error().code,
                 ErrorCode::kAuthNotManager.toString());
        QCOMPARE(session.approve(u"m2"_s, u"0000"_s, u"return.goodwill"_s, u"r"_s, 100).error().code,
                 ErrorCode::kAuthWrongPin.toString());
        const Result<Approval> approval =
            session.approve(u"m2"_s, u"3333"_s, u"return.goodwill"_s, u"goodwill_after_window"_s, 4599);
        QVERIFY(approval.ok());
        QCOMPARE(approval->approverId, u"m2"_s);
        QCOMPARE(approval->requesterId, u"m1"_s);
        QCOMPARE(approval->amountCents, 4599);
        QCOMPARE(approval->atUtc, clock.nowUtc());
        QCOMPARE(approval->toJson().value(u"approver_staff_id").toString(), u"m2"_s);

        AuditFilter filter;
        filter.action = u"approval"_s;
        const QList<AuditEntry> approvals = AuditLog(m_db->sql()).list(filter).value();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().staffId, u"m2"_s);
        QCOMPARE(approvals.first().subjectId, u"return.goodwill"_s);
        QCOMPARE(approvals.first().detail.value(u"amount_cents").toInteger(), 4599);
    }

    void idleTimeoutComesFromTheSettings() {
        MockClock clock;
        Session session(m_db->sql(), clock);
        QCOMPARE(session.idleTimeoutMs(), qint64(180000));
        QSqlQuery(m_db->sql()).exec(u"INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '5')"_s);
        QCOMPARE(session.idleTimeoutMs(), qint64(300000));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
