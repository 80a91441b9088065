// How theke-server cuts a migration file into statements (server/src/MigrationScript): at ';', but not
// inside quotes, a PostgreSQL $$ function body or a SQLite trigger's BEGIN … END, and without comments.
#include "MigrationScript.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMigrationScript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainStatementsAndComments() {
        const QStringList statements =
            MigrationScript::statements(u"-- 009: it's a comment; with a semicolon\n"
                                        "CREATE TABLE a (id TEXT PRIMARY KEY); -- trailing; comment\n"
                                        "\n"
                                        "INSERT INTO a (id) VALUES ('x;y');\n"
                                        "CREATE INDEX a_id ON a (id)"_s);
        QCOMPARE(statements,
                 (QStringList{u"CREATE TABLE a (id TEXT PRIMARY KEY)"_s,
                              u"INSERT INTO a (id) VALUES ('x;y')"_s, u"CREATE INDEX a_id ON a (id)"_s}));
    }

    void sqliteTriggerBodyStaysWhole() {
        const QStringList statements = MigrationScript::statements(
            u"CREATE TRIGGER t_no_update BEFORE UPDATE ON t\n"
            "BEGIN\n"
            "    SELECT RAISE(ABORT, 'append-only');\n"
            "END;\n"
            "CREATE TRIGGER t_no_delete BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no'); END;"_s);
        QCOMPARE(statements.size(), 2);
        QCOMPARE(
            statements.at(0),
            u"CREATE TRIGGER t_no_update BEFORE UPDATE ON t\nBEGIN\n    SELECT RAISE(ABORT, 'append-only');\nEND"_s);
        QCOMPARE(statements.at(1),
                 u"CREATE TRIGGER t_no_delete BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no'); END"_s);
    }

    void postgresFunctionBodyStaysWhole() {
        const QStringList statements = MigrationScript::statements(
            u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            "    RAISE EXCEPTION 'no; never';\n"
            "END\n"
            "$$;\n"
            "CREATE TRIGGER t_no BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();"_s);
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.at(0).endsWith(u"END\n$$"_s));
        QCOMPARE(statements.at(1),
                 u"CREATE TRIGGER t_no BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrationScript)
#include "tst_migrationscript.moc"
