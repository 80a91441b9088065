// The server's audit trail is append-only in the database itself (migration 007): an UPDATE or DELETE of
// an audit_entries row fails whoever sends it, on SQLite and, in the PostgreSQL run of this test
// (THEKE_TEST_DATABASE=postgresql), on PostgreSQL, where TRUNCATE fails too. Inserting stays possible.
#include "TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kConnection = u"audit-trail-check"_s;

} // namespace

class TestServerAuditTrail : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

    QSqlDatabase db() const { return QSqlDatabase::database(kConnection, false); }

    // The action of the one row the test wrote, as the database has it now.
    QString storedAction() const {
        QSqlQuery query(db());
        if (!query.exec(u"SELECT action FROM audit_entries WHERE device_id = 'dev-audit' AND "
                        "entry_id = 'entry-1'"_s) ||
            !query.next())
            return u"<missing: %1>"_s.arg(query.lastError().text());
        return query.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QSqlDatabase opened = m_server->openDatabase(kConnection);
        QVERIFY2(opened.isOpen(), qPrintable(opened.lastError().text()));
        const QString expected = TestServer::usesPostgres() ? u"QPSQL"_s : u"QSQLITE"_s;
        QCOMPARE(opened.driverName(), expected);

        QSqlQuery insert(opened);
        QVERIFY2(
            insert.exec(u"INSERT INTO audit_entries (device_id, entry_id, local_id, store_id, staff_id, at, "
                        "action, subject_type, subject_id, detail, received_at) VALUES ('dev-audit', "
                        "'entry-1', 1, 'S001', 'staff-1', '2026-03-02T09:15:00.000Z', 'refund.approved', "
                        "'return', 'R-1', '{}', '2026-03-02T09:16:00.000Z')"_s),
            qPrintable(insert.lastError().text()));
        QCOMPARE(storedAction(), u"refund.approved"_s);
    }

    void cleanupTestCase() {
        QSqlDatabase::database(kConnection, false).close();
        QSqlDatabase::removeDatabase(kConnection);
        m_server.reset();
    }

    void updateIsRefused() {
        QSqlQuery query(db());
        QVERIFY(!query.exec(u"UPDATE audit_entries SET action = 'refund.rejected'"_s));
        QVERIFY2(query.lastError().text().contains(u"append-only"_s), qPrintable(query.lastError().text()));
        QCOMPARE(storedAction(), u"refund.approved"_s);
    }

    void deleteIsRefused() {
        QSqlQuery query(db());
        QVERIFY(!query.exec(u"DELETE FROM audit_entries WHERE entry_id = 'entry-1'"_s));
        QVERIFY2(query.lastError().text().contains(u"append-only"_s), qPrintable(query.lastError().text()));
        QCOMPARE(storedAction(), u"refund.approved"_s);
    }

    // SQLite has no TRUNCATE (its DELETE without WHERE fires the trigger like any other DELETE).
    void deleteAllIsRefused() {
        QSqlQuery query(db());
        const QString statement =
            TestServer::usesPostgres() ? u"TRUNCATE audit_entries"_s : u"DELETE FROM audit_entries"_s;
        QVERIFY(!query.exec(statement));
        QVERIFY2(query.lastError().text().contains(u"append-only"_s), qPrintable(query.lastError().text()));
        QCOMPARE(storedAction(), u"refund.approved"_s);
    }

    // Another row still goes in, and a repeated one is ignored without touching the first (how
    // AuditStore writes: INSERT … ON CONFLICT DO NOTHING).
    void insertStillWorks() {
        QSqlQuery query(db());
        QVERIFY2(query.exec(u"INSERT INTO audit_entries (device_id, entry_id, local_id, at, action, detail, "
                            "received_at) VALUES ('dev-audit', 'entry-1', 1, '2026-03-02T10:00:00.000Z', "
                            "'sale.voided', '{}', '2026-03-02T10:00:01.000Z') ON CONFLICT (device_id, "
                            "entry_id) DO NOTHING"_s),
                 qPrintable(query.lastError().text()));
        QCOMPARE(storedAction(), u"refund.approved"_s);
        QVERIFY2(query.exec(u"INSERT INTO audit_entries (device_id, entry_id, local_id, at, action, detail, "
                            "received_at) VALUES ('dev-audit', 'entry-2', 2, '2026-03-02T10:00:00.000Z', "
                            "'sale.voided', '{}', '2026-03-02T10:00:01.000Z')"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM audit_entries"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerAuditTrail)
#include "tst_serveraudittrail.moc"
