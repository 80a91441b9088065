// The day-close check ("Tagesabschluss prüfen") as the associate reads it before closing the till:
// every change and every audit entry not yet on the server, with a verdict in words, and the entries
// the server refused named with the reason.
#include "AuditLog.h"
#include "AuditTableModel.h"
#include "DayCloseDialog.h"
#include "OutboxFixture.h"
#include "OutboxModel.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDayCloseCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dayCloseListsOpenChangesWithAVerdict() {
        OutboxFixture f;
        QVERIFY(f.setUp(true));
        DayCloseDialog dialog(f.db->sql());
        QCOMPARE(dialog.model()->rowCount(), 4);
        QCOMPARE(dialog.verdictLabel()->text(), DayCloseDialog::verdict(4));
        QVERIFY(dialog.verdictLabel()->text().contains(u"4"_s));
        QVERIFY(dialog.verdictLabel()->text().contains(u"not reached the server"_s));
    }

    void dayCloseListsAuditEntriesNotYetOnTheServer() {
        OutboxFixture f;
        QVERIFY(f.setUp(false));
        AuditLog log(f.db->sql());
        AuditEntry entry;
        entry.atUtc = QDateTime::currentDateTimeUtc();
        entry.staffId = u"st-hh-0001"_s;
        for (const QString& action : {u"sign_in"_s, u"approval"_s, u"sign_out"_s}) {
            entry.action = action;
            QVERIFY(log.append(entry).ok());
        }
        QVERIFY(log.markSynced({1}).ok()); // the sign-in is on the server already
        DayCloseDialog dialog(f.db->sql());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.auditModel()->rowCount(), 2);
        QVERIFY(!dialog.auditView()->isHidden());
        QCOMPARE(dialog.verdictLabel()->text(), DayCloseDialog::verdict(0, 2));
        QCOMPARE(dialog.verdictLabel()->text(), u"2 audit entries have not reached the server yet."_s);
        QCOMPARE(DayCloseDialog::verdict(1, 1),
                 u"1 change has not reached the server yet. 1 audit entry has not reached the server yet."_s);
    }

    void dayCloseNamesAuditEntriesTheServerRefused() {
        OutboxFixture f;
        QVERIFY(f.setUp(false));
        AuditLog log(f.db->sql());
        AuditEntry entry;
        entry.atUtc = QDateTime::currentDateTimeUtc();
        entry.action = u"customer_export"_s;
        const qint64 refused = log.append(entry).value();
        entry.action = u"sign_in"_s;
        QVERIFY(log.append(entry).ok());
        QVERIFY(log.markRefused(refused, u"invalid_value"_s, 422, entry.atUtc).ok());
        DayCloseDialog dialog(f.db->sql());
        QCOMPARE(dialog.auditModel()->rowCount(), 2);
        QCOMPARE(dialog.verdictLabel()->text(),
                 DayCloseDialog::verdict(0, 2) + u' ' + DayCloseDialog::refusedSentence(1));
        QVERIFY(dialog.verdictLabel()->text().contains(u"refused 1 audit entry"_s));
        QVERIFY(!dialog.auditView()->isColumnHidden(AuditTableModel::SentColumn));
        QStringList sent;
        for (int row = 0; row < 2; ++row)
            sent << dialog.auditModel()->index(row, AuditTableModel::SentColumn).data().toString();
        QVERIFY2(sent.contains(u"no, refused by the server (invalid_value)"_s), qPrintable(sent.join(u'|')));
        QVERIFY(sent.contains(u"no"_s));
    }

    void dayCloseWithNothingOpenSaysEverythingArrived() {
        OutboxFixture f;
        QVERIFY(f.setUp(false));
        DayCloseDialog dialog(f.db->sql());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.verdictLabel()->text(), u"Everything has reached the server."_s);
        QVERIFY(dialog.auditView()->isHidden());
    }
};

QTEST_MAIN(TestDayCloseCheck)
#include "tst_dayclosecheck.moc"
