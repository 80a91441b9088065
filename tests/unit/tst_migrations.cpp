#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Migrations run on a bare connection here, without Database::open, so every step can be observed.
class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyDatabaseMigratesToLatestWithAllTables();
    void everyEarlierVersionMigratesToTheSchemaOfAFreshDatabase();
    void everyEarlierVersionMigratesStepByStepFromADirectory();
    void migratingTwiceChangesNothing();
    void customerIndexMergesSixteenSegmentsPerLevel();
    void databaseOfANewerVersionIsRefusedAndLeftAlone();
    void failingMigrationRollsBackAndKeepsTheVersion();
    void failingFirstMigrationLeavesNoTableBehind();
    void migrationFilesOutOfSequenceAreRefused();
    void splitStatementsKeepsTriggerBodiesAndLiteralsWhole();

private:
    QSqlDatabase openBare(const QString& name);
    static int userVersion(QSqlDatabase& db);
    static QStringList schema(QSqlDatabase& db);
    void writeFile(const QString& name, const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_connections;
};

void TestMigrations::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup() {
    for (const QString& name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_dir.reset();
}

QSqlDatabase TestMigrations::openBare(const QString& name) {
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    m_connections.append(name);
    db.setDatabaseName(m_dir->filePath(name + u".sqlite"_s));
    if (!db.open())
        qFatal("cannot open a test database");
    return db;
}

int TestMigrations::userVersion(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList TestMigrations::schema(QSqlDatabase& db) {
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s))
        return {u"error: "_s + query.lastError().text()};
    while (query.next()) {
        rows.append(query.value(0).toString() + u'|' + query.value(1).toString() + u'|' +
                    query.value(2).toString() + u'|' + query.value(3).toString());
    }
    return rows;
}

void TestMigrations::writeFile(const QString& name, const QByteArray& content) {
    QFile file(m_dir->filePath(u"sql/"_s + name));
    QDir().mkpath(m_dir->filePath(u"sql"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestMigrations::emptyDatabaseMigratesToLatestWithAllTables() {
    QVERIFY(Migrations::latestVersion() >= 1);
    QSqlDatabase db = openBare(u"fresh"_s);
    const Status applied = Migrations::apply(db);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
    QCOMPARE(userVersion(db), Migrations::latestVersion());
    const QStringList tables = db.tables();
    for (const QString& table :
         {u"settings"_s, u"sync_state"_s, u"customers"_s, u"customers_fts"_s, u"outbox"_s, u"stores"_s,
          u"products"_s, u"product_eans"_s, u"products_fts"_s, u"stock"_s, u"orders"_s, u"pickups"_s,
          u"returns"_s, u"carts"_s, u"service_contacts"_s, u"consent_events"_s})
        QVERIFY2(tables.contains(table), qPrintable(table));
}

void TestMigrations::everyEarlierVersionMigratesToTheSchemaOfAFreshDatabase() {
    QSqlDatabase fresh = openBare(u"reference"_s);
    QVERIFY(Migrations::apply(fresh).ok());
    const QStringList expected = schema(fresh);

    for (int from = 0; from < Migrations::latestVersion(); ++from) {
        QSqlDatabase db = openBare(u"from_%1"_s.arg(from));
        QVERIFY(Migrations::apply(db, from).ok());
        QCOMPARE(userVersion(db), from);
        QVERIFY(Migrations::apply(db).ok());
        QCOMPARE(userVersion(db), Migrations::latestVersion());
        QCOMPARE(schema(db), expected);
    }
}

// The shipped set may have a single file; this exercises the step-by-step path with three.
void TestMigrations::everyEarlierVersionMigratesStepByStepFromADirectory() {
    writeFile(u"001_a.sql"_s, "CREATE TABLE a (x INTEGER);\n");
    writeFile(u"002_b.sql"_s, "ALTER TABLE a ADD COLUMN y TEXT;\nCREATE TABLE b (z TEXT);\n");
    writeFile(u"003_c.sql"_s, "CREATE INDEX b_z ON b (z);\n");
    const QString dir = m_dir->filePath(u"sql"_s);

    QSqlDatabase fresh = openBare(u"dir_reference"_s);
    QVERIFY(Migrations::applyFrom(fresh, dir).ok());
    QCOMPARE(userVersion(fresh), 3);
    const QStringList expected = schema(fresh);

    for (int from = 0; from < 3; ++from) {
        QSqlDatabase db = openBare(u"dir_from_%1"_s.arg(from));
        QVERIFY(Migrations::applyFrom(db, dir, from).ok());
        QCOMPARE(userVersion(db), from);
        QVERIFY(Migrations::applyFrom(db, dir).ok());
        QCOMPARE(schema(db), expected);
    }
}

void TestMigrations::migratingTwiceChangesNothing() {
    QSqlDatabase db = openBare(u"twice"_s);
    QVERIFY(Migrations::apply(db).ok());
    const QStringList before = schema(db);
    QVERIFY(Migrations::apply(db).ok());
    QCOMPARE(schema(db), before);
}

// 013: a first sync commits customers page by page; the index merges at 16 segments per level instead
// of FTS5's 4 (resources/sql/013_customer_index_merging.sql). Fresh and upgraded caches alike.
void TestMigrations::customerIndexMergesSixteenSegmentsPerLevel() {
    const auto automerge = [](QSqlDatabase& db) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT v FROM customers_fts_config WHERE k = 'automerge'"_s) || !query.next())
            return -1;
        return query.value(0).toInt();
    };
    QSqlDatabase fresh = openBare(u"merge_fresh"_s);
    QVERIFY(Migrations::apply(fresh).ok());
    QCOMPARE(automerge(fresh), 16);

    QSqlDatabase upgraded = openBare(u"merge_upgraded"_s);
    QVERIFY(Migrations::apply(upgraded, 12).ok());
    QVERIFY(QSqlQuery(upgraded).exec(
        u"INSERT INTO customers_fts (rowid, name, email, phone_key, customer_no, loyalty_card) "
        u"VALUES (1, 'Jürgen Müller', 'j@example.org', '4930', 'K-1', NULL)"_s));
    QCOMPARE(automerge(upgraded), -1); // FTS5's default, not stored
    QVERIFY(Migrations::apply(upgraded).ok());
    QCOMPARE(automerge(upgraded), 16);
    QSqlQuery found(upgraded);
    QVERIFY(found.exec(u"SELECT rowid FROM customers_fts WHERE customers_fts MATCH 'muller*'"_s));
    QVERIFY(found.next());
    QCOMPARE(found.value(0).toInt(), 1);
}

void TestMigrations::databaseOfANewerVersionIsRefusedAndLeftAlone() {
    QSqlDatabase db = openBare(u"newer"_s);
    const int newer = Migrations::latestVersion() + 1;
    QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(newer)));

    const Status applied = Migrations::apply(db);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, u"store.migration"_s);
    QVERIFY2(applied.error().detail.contains(u"newer Theke version"_s), qPrintable(applied.error().detail));
    QCOMPARE(userVersion(db), newer);
    QVERIFY(db.tables().isEmpty());
}

void TestMigrations::failingMigrationRollsBackAndKeepsTheVersion() {
    writeFile(u"001_a.sql"_s, "CREATE TABLE a (x INTEGER);\n");
    writeFile(u"002_broken.sql"_s, "CREATE TABLE b (y INTEGER);\nINSERT INTO missing_table VALUES (1);\n");
    QSqlDatabase db = openBare(u"broken"_s);

    const Status applied = Migrations::applyFrom(db, m_dir->filePath(u"sql"_s));
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, u"store.migration"_s);
    QVERIFY2(applied.error().detail.contains(u"002_broken.sql"_s), qPrintable(applied.error().detail));
    QCOMPARE(userVersion(db), 1);
    QVERIFY(db.tables().contains(u"a"_s));
    QVERIFY(!db.tables().contains(u"b"_s));
    // The connection is usable afterwards: no transaction was left open.
    QVERIFY(QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(QSqlQuery(db).exec(u"ROLLBACK"_s));
}

void TestMigrations::failingFirstMigrationLeavesNoTableBehind() {
    QSqlDatabase db = openBare(u"conflict"_s);
    // An object in the way makes the shipped 001 fail part way through.
    QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE outbox (x INTEGER)"_s));

    const Status applied = Migrations::apply(db);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, u"store.migration"_s);
    QCOMPARE(userVersion(db), 0);
    QCOMPARE(db.tables(), QStringList{u"outbox"_s});
}

void TestMigrations::migrationFilesOutOfSequenceAreRefused() {
    writeFile(u"001_a.sql"_s, "CREATE TABLE a (x INTEGER);\n");
    writeFile(u"003_c.sql"_s, "CREATE TABLE c (x INTEGER);\n");
    QSqlDatabase db = openBare(u"gap"_s);

    const Status applied = Migrations::applyFrom(db, m_dir->filePath(u"sql"_s));
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, u"store.migration"_s);
    QCOMPARE(userVersion(db), 0);
    QVERIFY(db.tables().isEmpty());
}

void TestMigrations::splitStatementsKeepsTriggerBodiesAndLiteralsWhole() {
    const QString sql = uR"(-- header comment; with a semicolon
CREATE TABLE t (a TEXT DEFAULT 'x;y', "odd;name" TEXT); /* block; comment */
INSERT INTO t (a) VALUES ('it''s; fine');
CREATE TRIGGER t_ai AFTER INSERT ON t
WHEN CASE WHEN new.a = 'end' THEN 0 ELSE 1 END
BEGIN
    UPDATE t SET a = CASE WHEN new.a IS NULL THEN 'n;' ELSE new.a END WHERE rowid = new.rowid;
    SELECT 1;
END;
create temp trigger t_ad after delete on t begin select 2; end;
CREATE TABLE trigger_log (x INTEGER);
)"_s;
    const QStringList statements = Migrations::splitStatements(sql);
    QCOMPARE(statements.size(), 5);
    QVERIFY(statements.at(0).startsWith(u"CREATE TABLE t"_s));
    QVERIFY(statements.at(0).contains(u"'x;y'"_s));
    QVERIFY(statements.at(0).contains(u"\"odd;name\""_s));
    QCOMPARE(statements.at(1), u"INSERT INTO t (a) VALUES ('it''s; fine')"_s);
    QVERIFY(statements.at(2).startsWith(u"CREATE TRIGGER t_ai"_s));
    QVERIFY(statements.at(2).endsWith(u"END"_s));
    QVERIFY(statements.at(2).contains(u"SELECT 1;"_s));
    QVERIFY(statements.at(3).startsWith(u"create temp trigger"_s));
    QCOMPARE(statements.at(4), u"CREATE TABLE trigger_log (x INTEGER)"_s);

    // And SQLite agrees that each piece is one complete statement.
    QSqlDatabase db = openBare(u"split"_s);
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
    }
    QSqlQuery check(db);
    QVERIFY(check.exec(u"SELECT a FROM t"_s));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), u"it's; fine"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
