// The outbox on the Synchronisierung screen, driven like a user: read the waiting changes in words,
// discard one with a reason, send a refused one again; what the cache holds. The day-close check is in
// tst_dayclosecheck.
#include "AuditLog.h"
#include "AuditTableModel.h"
#include "ConflictDetailsDialog.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DayCloseDialog.h"
#include "DiscardDialog.h"
#include "FeedProgressTable.h"
#include "LocalChanges.h"
#include "MainWindow.h"
#include "ManagerApprovalDialog.h"
#include "NoteRepository.h"
#include "OutboxFixture.h"
#include "OutboxModel.h"
#include "OutboxRepository.h"
#include "OutboxSection.h"
#include "PinHash.h"
#include "Profile.h"
#include "Session.h"
#include "SyncPage.h"
#include "SyncService.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

int rowOf(const OutboxModel& model, qint64 id) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row).id == id)
            return row;
    }
    return -1;
}

QString cell(const OutboxModel& model, int row, int column) {
    return model.data(model.index(row, column)).toString();
}

void selectRow(OutboxSection& section, int row) {
    section.view()->selectionModel()->select(section.model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Runs check on the modal dialog that the next exec() opens.
template <typename Dialog> void whenDialogOpens(std::function<void(Dialog*)> check) {
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [check, poll] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            check(dialog);
            return;
        }
        QTimer::singleShot(10, *poll);
    };
    QTimer::singleShot(0, *poll);
}

} // namespace

class TestSyncPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outboxShowsOpenChangesInTheUsersWords() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        SyncService service{Profile(f.dir.path())};
        SyncPage page(f.db->sql(), service);
        const OutboxModel& model = *page.outbox()->model();
        QCOMPARE(model.rowCount(), 4);

        const int note = rowOf(model, f.note.id);
        QCOMPARE(cell(model, note, OutboxModel::WhatColumn), u"Note on customer K1004711"_s);
        QCOMPARE(cell(model, note, OutboxModel::StateColumn), u"waiting"_s);
        QCOMPARE(cell(model, note, OutboxModel::AttemptsColumn), u"0"_s);
        const int consent = rowOf(model, f.consent.id);
        QCOMPARE(cell(model, consent, OutboxModel::WhatColumn),
                 u"E-mail consent: granted for customer K1004711"_s);
        QCOMPARE(cell(model, consent, OutboxModel::StateColumn),
                 u"Conflict: Someone changed this on the server meanwhile."_s);
        QCOMPARE(cell(model, consent, OutboxModel::AttemptsColumn), u"1"_s);
        const int refused = rowOf(model, f.refusedNote.id);
        QCOMPARE(cell(model, refused, OutboxModel::StateColumn),
                 u"on hold: The note contains a blocked word."_s);
        const int sms = rowOf(model, f.smsConsent.id);
        QCOMPARE(cell(model, sms, OutboxModel::WhatColumn),
                 u"SMS consent: withdrawn for customer K1004712"_s);

        // Nothing technical leaks into the table: no idempotency key, no customer id.
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < OutboxModel::ColumnCount; ++column) {
                QVERIFY(!cell(model, row, column).contains(model.entry(row).idempotencyKey));
                QVERIFY(!cell(model, row, column).contains(u"c1"_s));
            }
        }
    }

    // The counts come from a pool thread (a million customers take a while to count on a cold disk);
    // they arrive without anyone waiting, and a refresh brings the new ones.
    void feedTableShowsTheCachedRowsAndFollowsARefresh() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        SyncService service{Profile(f.dir.path())};
        SyncPage page(f.db->sql(), service);
        QLabel* customers = page.feedTable()->recordsLabel(u"customers"_s);
        QTRY_COMPARE(customers->text(), u"2"_s);
        QTRY_COMPARE(page.feedTable()->recordsLabel(u"notes"_s)->text(), u"2"_s);

        QVERIFY(CustomerRepository(f.db->sql()).upsert({outboxFixtureCustomer(u"c3"_s, u"K1004713"_s)}));
        page.refresh();
        QTRY_COMPARE(customers->text(), u"3"_s);
    }

    void discardOfAPendingNoteAsksForAReasonAndRemovesTheNote() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        SyncService service{Profile(f.dir.path())};
        SyncPage page(f.db->sql(), service);
        OutboxSection& section = *page.outbox();
        selectRow(section, rowOf(*section.model(), f.note.id));
        QVERIFY(section.discardAction()->isEnabled());

        bool asked = false;
        QString undo;
        whenDialogOpens<DiscardDialog>([&](DiscardDialog* dialog) {
            asked = true;
            undo = dialog->findChild<QLabel*>(u"undoLabel"_s)->text();
            const bool blockedWithoutReason = !dialog->discardButton()->isEnabled();
            dialog->reasonEdit()->setText(u"Falscher Kunde"_s);
            if (blockedWithoutReason && dialog->discardButton()->isEnabled())
                dialog->discardButton()->click();
            else
                dialog->reject();
        });
        section.discardAction()->trigger();

        QVERIFY(asked);
        QVERIFY(undo.contains(u"K1004711"_s));
        QVERIFY(undo.contains(u"Ruft wegen der Abholung zurück"_s));
        QCOMPARE(section.model()->rowCount(), 3);
        QCOMPARE(rowOf(*section.model(), f.note.id), -1);
        QCOMPARE(OutboxRepository(f.db->sql()).find(f.note.id)->state, OutboxState::kDiscarded.toString());
        QVERIFY(!NoteRepository(f.db->sql()).findLocal(f.note.idempotencyKey));

        // Gone from the open list, still there for whoever asks for the finished ones too.
        section.showFinishedBox()->setChecked(true);
        QCOMPARE(section.model()->rowCount(), 4);
        QCOMPARE(cell(*section.model(), rowOf(*section.model(), f.note.id), OutboxModel::StateColumn),
                 u"discarded"_s);
    }

    void cancellingTheDiscardDialogKeepsTheChange() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        SyncService service{Profile(f.dir.path())};
        SyncPage page(f.db->sql(), service);
        OutboxSection& section = *page.outbox();
        selectRow(section, rowOf(*section.model(), f.note.id));
        whenDialogOpens<DiscardDialog>([](DiscardDialog* dialog) { dialog->reject(); });
        section.discardAction()->trigger();
        QCOMPARE(section.model()->rowCount(), 4);
        QVERIFY(NoteRepository(f.db->sql()).findLocal(f.note.idempotencyKey));
    }

    void discardByAnAssociateNeedsAManagerAndStaysWithoutOne() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        QSqlQuery query(f.db->sql());
        query.prepare(u"INSERT INTO staff (id, store_id, display_name, role, badge_code, pin_hash) "
                      u"VALUES ('a1', 'st-1', 'Anna Associate', 'associate', 'B-1001', ?)"_s);
        query.addBindValue(PinHash::create(u"1111"_s, PinHash::kMinimumIterations));
        QVERIFY(query.exec());
        Session session(f.db->sql(), Clock::system());
        QVERIFY(session.staffAvailable() && !session.isManager());

        SyncService service{Profile(f.dir.path())};
        SyncPage page(f.db->sql(), service);
        page.setSession(&session);
        OutboxSection& section = *page.outbox();
        selectRow(section, rowOf(*section.model(), f.note.id));

        bool managerAsked = false;
        whenDialogOpens<DiscardDialog>([&](DiscardDialog* dialog) {
            whenDialogOpens<ManagerApprovalDialog>([&](ManagerApprovalDialog* approval) {
                managerAsked = true;
                approval->reject();
            });
            dialog->reasonEdit()->setText(u"Falscher Kunde"_s);
            dialog->discardButton()->click();
        });
        section.discardAction()->trigger();

        QVERIFY(managerAsked);
        QCOMPARE(OutboxRepository(f.db->sql()).find(f.note.id)->state, OutboxState::kPending.toString());
        QVERIFY(NoteRepository(f.db->sql()).findLocal(f.note.idempotencyKey));
        QCOMPARE(section.model()->rowCount(), 4);
    }

    void retryOfAQuarantinedRowMakesItPending() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        SyncService service{Profile(f.dir.path())};
        SyncPage page(f.db->sql(), service);
        OutboxSection& section = *page.outbox();
        selectRow(section, rowOf(*section.model(), f.note.id));
        QVERIFY(!section.retryAction()->isEnabled()); // a waiting row goes out by itself
        selectRow(section, rowOf(*section.model(), f.refusedNote.id));
        QVERIFY(section.retryAction()->isEnabled());
        section.retryAction()->trigger();

        const OutboxEntry after = *OutboxRepository(f.db->sql()).find(f.refusedNote.id);
        QCOMPARE(after.state, OutboxState::kPending.toString());
        // A refused row goes out under a new key, or the server would only replay its refusal.
        QVERIFY(after.idempotencyKey != f.refusedNote.idempotencyKey);
        QVERIFY(NoteRepository(f.db->sql()).findLocal(after.idempotencyKey));
        QCOMPARE(cell(*section.model(), rowOf(*section.model(), f.refusedNote.id), OutboxModel::StateColumn),
                 u"waiting"_s);
    }

    void retryOfAStaleConsentKeepsMineOnTheServersNewestVersion() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        SyncService service{Profile(f.dir.path())};
        SyncPage page(f.db->sql(), service);
        OutboxSection& section = *page.outbox();
        selectRow(section, rowOf(*section.model(), f.consent.id));
        QVERIFY(section.retryAction()->isEnabled());
        section.retryAction()->trigger();
        const OutboxEntry after = *OutboxRepository(f.db->sql()).find(f.consent.id);
        QCOMPARE(after.state, OutboxState::kPending.toString());
        QCOMPARE(after.ifMatch.value_or(0), 5); // the version the server named
    }

    void conflictDetailsShowBothVersionsAndAllowKeepMine() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        SyncService service{Profile(f.dir.path())};
        SyncPage page(f.db->sql(), service);
        ConflictDetailsDialog dialog(*page.outbox()->model(), f.consent, 3);
        QVERIFY(dialog.keepMineButton()->isEnabled());
        QStringList texts;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            texts << label->text();
        QVERIFY(texts.contains(u"5"_s)); // the server's version
        QVERIFY(texts.contains(u"3"_s)); // the one the change was based on
        QVERIFY(texts.contains(u"version_mismatch"_s));

        ConflictDetailsDialog refused(*page.outbox()->model(), f.refusedNote, 3);
        QVERIFY(!refused.keepMineButton()->isEnabled()); // unchanged content would be refused again
    }

    // THEKE_SCREENSHOT_DIR=/tmp/x: pictures of the sync screen at 1366×768 for a person to look at.
    void screenshotAt1366x768() {
        const QString directory = qEnvironmentVariable("THEKE_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("set THEKE_SCREENSHOT_DIR to take screenshots");
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        AuditEntry approval;
        approval.atUtc = QDateTime::currentDateTimeUtc();
        approval.staffId = u"st-hh-0001"_s;
        approval.action = u"approval"_s;
        approval.subjectType = u"action"_s;
        approval.subjectId = u"outbox.discard"_s;
        approval.detail = QJsonObject{{u"rule"_s, u"outbox_discard"_s}};
        const qint64 approvalId = AuditLog(f.db->sql()).append(approval).value();
        QVERIFY(AuditLog(f.db->sql()).markRefused(approvalId, u"invalid_value"_s, 422, approval.atUtc).ok());
        SyncService service{Profile(f.dir.path())};
        MainWindow window(f.db->sql(), service);
        window.resize(1366, 768);
        window.showArea(MainWindow::SyncArea);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(QDir(directory).filePath(u"syncpage.png"_s)));

        ConflictDetailsDialog details(*window.syncPage()->outbox()->model(), f.consent, 3);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        QVERIFY(details.grab().save(QDir(directory).filePath(u"conflict.png"_s)));

        DayCloseDialog dayClose(f.db->sql());
        dayClose.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dayClose));
        QVERIFY(dayClose.grab().save(QDir(directory).filePath(u"dayclose.png"_s)));

        DiscardDialog discard(window.syncPage()->outbox()->model()->describeChange(f.note),
                              window.syncPage()->outbox()->model()->describeUndo(f.note));
        discard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&discard));
        QVERIFY(discard.grab().save(QDir(directory).filePath(u"discard.png"_s)));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
