#include "AuditLog.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    AuditEntry entry(const QString& action, const QString& staff, const QDateTime& at) {
        AuditEntry e;
        e.atUtc = at;
        e.deviceId = u"dev-1"_s;
        e.staffId = staff;
        e.action = action;
        e.subjectType = u"staff"_s;
        e.subjectId = staff;
        e.detail = QJsonObject{{u"n"_s, ++m_n}};
        return e;
    }
    static QDateTime at(int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC); }

private Q_SLOTS:
    void init() {
        m_db.reset();
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        auto db = Database::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
    }

    void appendedEntriesComeBackNewestFirst() {
        AuditLog log(m_db->sql());
        QVERIFY(log.append(entry(u"sign_in"_s, u"s1"_s, at(1, 9))).ok());
        QVERIFY(log.append(entry(u"sign_out"_s, u"s1"_s, at(1, 17))).ok());
        const auto all = log.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).action, u"sign_out"_s);
        QCOMPARE(all->at(1).action, u"sign_in"_s);
        QCOMPARE(all->at(1).deviceId, u"dev-1"_s);
        QCOMPARE(all->at(1).detail.value(u"n").toInt(), 1);
        QCOMPARE(all->at(1).atUtc, at(1, 9));
        QVERIFY(!all->at(1).synced);
    }

    void listFiltersByActionStaffAndDateRange() {
        AuditLog log(m_db->sql());
        log.append(entry(u"sign_in"_s, u"s1"_s, at(1, 9)));
        log.append(entry(u"sign_in"_s, u"s2"_s, at(2, 9)));
        log.append(entry(u"approval"_s, u"m1"_s, at(2, 10)));
        log.append(entry(u"sign_in"_s, u"s1"_s, at(3, 9)));

        AuditFilter byAction;
        byAction.action = u"sign_in"_s;
        QCOMPARE(log.list(byAction)->size(), 3);

        AuditFilter byStaff;
        byStaff.staffId = u"s1"_s;
        QCOMPARE(log.list(byStaff)->size(), 2);

        AuditFilter byDay;
        byDay.fromUtc = at(2, 0);
        byDay.toUtc = at(3, 0);
        const auto day2 = log.list(byDay);
        QCOMPARE(day2->size(), 2);

        AuditFilter combined = byDay;
        combined.action = u"approval"_s;
        QCOMPARE(log.list(combined)->size(), 1);
        QCOMPARE(log.list(combined)->first().staffId, u"m1"_s);
        QCOMPARE(log.actions().value(), (QStringList{u"approval"_s, u"sign_in"_s}));
    }

    void triggerRefusesUpdateAndDeleteFromRawSql_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("change action") << u"UPDATE audit_log SET action = 'nothing'"_s;
        QTest::newRow("change staff") << u"UPDATE audit_log SET staff_id = 'someone_else'"_s;
        QTest::newRow("change detail with sync flag") << u"UPDATE audit_log SET synced = 1, detail = '{}'"_s;
        QTest::newRow("unmark synced") << u"UPDATE audit_log SET synced = 0"_s;
        QTest::newRow("change uuid with sync flag") << u"UPDATE audit_log SET synced = 1, uuid = 'x'"_s;
        QTest::newRow("delete one") << u"DELETE FROM audit_log WHERE id = 1"_s;
        QTest::newRow("delete all") << u"DELETE FROM audit_log"_s;
    }
    void triggerRefusesUpdateAndDeleteFromRawSql() {
        QFETCH(QString, sql);
        AuditLog log(m_db->sql());
        QVERIFY(log.append(entry(u"sign_in"_s, u"s1"_s, at(1, 9))).ok());
        QVERIFY(log.markSynced({1}).ok()); // so "unmark synced" has something to try
        QVERIFY(log.append(entry(u"sign_in"_s, u"s2"_s, at(1, 10))).ok());

        QSqlQuery query(m_db->sql());
        QVERIFY(!query.exec(sql));
        QVERIFY2(query.lastError().text().contains(u"append-only"_s), qPrintable(query.lastError().text()));
        const auto all = log.list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).action, u"sign_in"_s);
        QCOMPARE(all->at(1).staffId, u"s1"_s);
    }

    void markingAsSentIsTheOneAllowedChange() {
        AuditLog log(m_db->sql());
        const qint64 id = log.append(entry(u"sign_in"_s, u"s1"_s, at(1, 9))).value();
        log.append(entry(u"sign_in"_s, u"s2"_s, at(1, 10)));
        QCOMPARE(log.unsynced(10)->size(), 2);
        QVERIFY(log.markSynced({id}).ok());
        const auto left = log.unsynced(10);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().staffId, u"s2"_s);
    }

    void everyEntryGetsItsOwnUuidAndKeepsIt() {
        AuditLog log(m_db->sql());
        log.append(entry(u"sign_in"_s, u"s1"_s, at(1, 9)));
        AuditEntry given = entry(u"sign_out"_s, u"s1"_s, at(1, 10));
        given.uuid = u"3f2b8c1e-6a4d-4e2f-9b7a-1c5d8e0f2a63"_s;
        log.append(given);
        const auto all = log.list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).uuid, given.uuid);
        QVERIFY(!QUuid::fromString(all->at(1).uuid).isNull());
        QVERIFY(all->at(0).uuid != all->at(1).uuid);
        // The same uuid twice is refused: it is the entry's identity on the server.
        QVERIFY(!log.append(given).ok());
        QSqlQuery raw(m_db->sql());
        QVERIFY(
            !raw.exec(u"INSERT INTO audit_log (at_utc, action) VALUES ('2026-03-01T09:00:00.000Z', 'x')"_s));
        QVERIFY2(raw.lastError().text().contains(u"uuid"_s), qPrintable(raw.lastError().text()));
    }

    void unsentCountAndFilterFollowTheSentMark() {
        AuditLog log(m_db->sql());
        const qint64 first = log.append(entry(u"sign_in"_s, u"s1"_s, at(1, 9))).value();
        log.append(entry(u"lock"_s, u"s1"_s, at(1, 10)));
        log.append(entry(u"unlock"_s, u"s1"_s, at(1, 11)));
        QCOMPARE(log.unsyncedCount().value(), 3);
        QVERIFY(log.markSynced({first}).ok());
        QCOMPARE(log.unsyncedCount().value(), 2);
        AuditFilter unsent;
        unsent.unsentOnly = true;
        const auto rows = log.list(unsent);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).action, u"unlock"_s);
        QCOMPARE(rows->at(1).action, u"lock"_s);
    }

    void entryWithoutTimeOrActionIsRefused() {
        AuditLog log(m_db->sql());
        AuditEntry e;
        e.action = u"sign_in"_s;
        QVERIFY(!log.append(e).ok());
        e.atUtc = at(1, 9);
        e.action.clear();
        QVERIFY(!log.append(e).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
