#include "Database.h"
#include "Migrations.h"
#include "SettingsRepository.h"
#include "SyncStateRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QVariant pragma(Database& db, const QString& name) {
    QSqlQuery query(db.sql());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

qint64 settingsCount(Database& db) {
    QSqlQuery query(db.sql());
    if (!query.exec(u"SELECT count(*) FROM settings"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

// The cache connection (durability settings, transactions, failure codes) and the small
// settings and sync-state tables on top of it.
class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openTurnsOnWalFullSyncForeignKeysAndSecureDelete();
    void openMigratesToTheLatestSchema();
    void eachInstanceHasItsOwnConnectionAndRemovesIt();
    void readerIsNotBlockedByAnOpenWriteTransaction();
    void transactionCommitsWhenWorkSucceeds();
    void transactionRollsBackWhenWorkFails();
    void nestedTransactionUndoesOnlyItsOwnPart();
    void diskFullIsReportedAndEarlierDataSurvives();
    void openingANonDatabaseFileFailsWithoutTouchingIt();
    void openingInAMissingDirectoryFails();
    void openingInADirectoryWithoutWritePermissionFails();
    void openingACacheOfANewerVersionFails();
    void sqlErrorMapsSqliteCodes_data();
    void sqlErrorMapsSqliteCodes();

    void settingsRoundTripAndFallback();
    void syncStateKeepsCursorAndLastSyncPerFeed();
    void resetFeedClearsOnlyTheCursor();
    void pendingOutboxCountCountsUnsentRows();

private:
    std::unique_ptr<Database> openCache(const QString& name = u"cache.sqlite"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup() {
    m_dir.reset();
}

std::unique_ptr<Database> TestDatabase::openCache(const QString& name) {
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir->filePath(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestDatabase::openTurnsOnWalFullSyncForeignKeysAndSecureDelete() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    QCOMPARE(pragma(*db, u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(*db, u"synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(pragma(*db, u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(*db, u"secure_delete"_s).toInt(), 1);
    QVERIFY(pragma(*db, u"busy_timeout"_s).toInt() >= 1000);
}

void TestDatabase::openMigratesToTheLatestSchema() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QVERIFY(db->sql().tables().contains(u"customers"_s));
    db.reset();
    // Reopening an up-to-date cache is a no-op.
    db = openCache();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
}

void TestDatabase::eachInstanceHasItsOwnConnectionAndRemovesIt() {
    const QStringList before = QSqlDatabase::connectionNames();
    std::unique_ptr<Database> first = openCache();
    std::unique_ptr<Database> second = openCache();
    QVERIFY(first && second);
    QVERIFY(first->sql().connectionName() != second->sql().connectionName());
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    first.reset();
    second.reset();
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestDatabase::readerIsNotBlockedByAnOpenWriteTransaction() {
    std::unique_ptr<Database> writer = openCache();
    std::unique_ptr<Database> reader = openCache();
    QVERIFY(writer && reader);
    QVERIFY(SettingsRepository(writer->sql()).setValue(u"k"_s, u"old"_s).ok());
    QString seenDuringWrite;
    const Status status = writer->transaction([&]() -> Status {
        if (Status set = SettingsRepository(writer->sql()).setValue(u"k"_s, u"new"_s); !set)
            return set;
        seenDuringWrite = SettingsRepository(reader->sql()).value(u"k"_s);
        return {};
    });
    QVERIFY(status.ok());
    // WAL: the reader saw the last committed value at once, without waiting for the writer.
    QCOMPARE(seenDuringWrite, u"old"_s);
    QCOMPARE(SettingsRepository(reader->sql()).value(u"k"_s), u"new"_s);
}

void TestDatabase::transactionCommitsWhenWorkSucceeds() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    SettingsRepository settings(db->sql());
    const Status status = db->transaction([&] { return settings.setValue(u"a"_s, u"1"_s); });
    QVERIFY(status.ok());
    QCOMPARE(settings.value(u"a"_s), u"1"_s);
}

void TestDatabase::transactionRollsBackWhenWorkFails() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    SettingsRepository settings(db->sql());
    const Status status = db->transaction([&]() -> Status {
        if (Status set = settings.setValue(u"a"_s, u"1"_s); !set)
            return set;
        return makeError(u"test.failure", u"work failed after a write"_s);
    });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"test.failure"_s);
    QCOMPARE(settings.value(u"a"_s, u"absent"_s), u"absent"_s);
    // The connection is back in autocommit mode and usable.
    QVERIFY(db->transaction([&] { return settings.setValue(u"b"_s, u"2"_s); }).ok());
    QCOMPARE(settings.value(u"b"_s), u"2"_s);
}

void TestDatabase::nestedTransactionUndoesOnlyItsOwnPart() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    SettingsRepository settings(db->sql());
    const Status status = db->transaction([&]() -> Status {
        if (Status set = settings.setValue(u"outer"_s, u"1"_s); !set)
            return set;
        const Status inner = db->transaction([&]() -> Status {
            if (Status set = settings.setValue(u"inner"_s, u"1"_s); !set)
                return set;
            return makeError(u"test.failure");
        });
        if (inner.ok())
            return makeError(u"test.unexpected", u"inner transaction should have failed"_s);
        return {};
    });
    QVERIFY(status.ok());
    QCOMPARE(settings.value(u"outer"_s), u"1"_s);
    QCOMPARE(settings.value(u"inner"_s, u"absent"_s), u"absent"_s);
}

void TestDatabase::diskFullIsReportedAndEarlierDataSurvives() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    SettingsRepository settings(db->sql());
    QVERIFY(settings.setValue(u"before"_s, u"kept"_s).ok());

    // A cap a few pages above the current size plays the full disk.
    const int pages = pragma(*db, u"page_count"_s).toInt();
    QVERIFY(pages > 0);
    QVERIFY(QSqlQuery(db->sql()).exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 8)));

    const QString bulk(3000, u'x');
    Status failed;
    int written = 0;
    for (int i = 0; i < 1000 && failed.ok(); ++i) {
        failed = db->transaction([&] { return settings.setValue(u"bulk-%1"_s.arg(i), bulk); });
        if (failed.ok())
            ++written;
    }
    QVERIFY2(!failed.ok(), "the capped cache never ran full");
    QCOMPARE(failed.error().code, u"store.disk_full"_s);
    QVERIFY(written > 0);

    QCOMPARE(settings.value(u"before"_s), u"kept"_s);
    QCOMPARE(settingsCount(*db), qint64(written + 1));
    QCOMPARE(settings.value(u"bulk-%1"_s.arg(written), u"absent"_s), u"absent"_s);
    QCOMPARE(pragma(*db, u"quick_check"_s).toString(), u"ok"_s);

    // A fresh connection (no cap) sees the same committed data.
    db.reset();
    std::unique_ptr<Database> reopened = openCache();
    QVERIFY(reopened);
    QCOMPARE(settingsCount(*reopened), qint64(written + 1));
}

void TestDatabase::openingANonDatabaseFileFailsWithoutTouchingIt() {
    const QString path = m_dir->filePath(u"notes.sqlite"_s);
    QByteArray content;
    for (int i = 0; i < 200; ++i)
        content += "This is a shopping list, not an SQLite database.\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store.open"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestDatabase::openingInAMissingDirectoryFails() {
    const Result<std::unique_ptr<Database>> opened =
        Database::open(m_dir->filePath(u"no/such/directory/cache.sqlite"_s));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store.open"_s);
}

void TestDatabase::openingInADirectoryWithoutWritePermissionFails() {
    if (::geteuid() == 0)
        QSKIP("running as root (as CI does): root writes into read-only directories anyway");
    const QString dir = m_dir->filePath(u"readonly"_s);
    QVERIFY(QDir().mkdir(dir));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const Result<std::unique_ptr<Database>> opened = Database::open(dir + u"/cache.sqlite"_s);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store.open"_s);
}

void TestDatabase::openingACacheOfANewerVersionFails() {
    {
        std::unique_ptr<Database> db = openCache();
        QVERIFY(db);
        QVERIFY(
            QSqlQuery(db->sql()).exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 5)));
    }
    const Result<std::unique_ptr<Database>> opened = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store.migration"_s);
    QVERIFY(opened.error().detail.contains(u"newer Theke version"_s));
}

void TestDatabase::sqlErrorMapsSqliteCodes_data() {
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << u"13"_s << u"database or disk is full"_s << u"store.disk_full"_s;
    QTest::newRow("read-only") << u"8"_s << u"attempt to write a readonly database"_s << u"store.open"_s;
    QTest::newRow("read-only, extended")
        << u"1032"_s << u"attempt to write a readonly database"_s << u"store.open"_s;
    QTest::newRow("not a database") << u"26"_s << u"file is not a database"_s << u"store.open"_s;
    QTest::newRow("cannot open") << u"14"_s << u"unable to open database file"_s << u"store.open"_s;
    QTest::newRow("constraint") << u"19"_s << u"UNIQUE constraint failed: outbox.idempotency_key"_s
                                << u"store.query"_s;
    QTest::newRow("no code, full text") << QString() << u"database or disk is full"_s << u"store.disk_full"_s;
}

void TestDatabase::sqlErrorMapsSqliteCodes() {
    QFETCH(QString, nativeCode);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Error error =
        sqlError(QSqlError(u"driver"_s, text, QSqlError::StatementError, nativeCode), u"saving"_s);
    QCOMPARE(error.code, expected);
    QVERIFY(error.detail.startsWith(u"saving: "_s));
    QVERIFY(error.detail.contains(text));
}

void TestDatabase::settingsRoundTripAndFallback() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    SettingsRepository settings(db->sql());
    const QString key = QStringView(SettingKey::kServerUrl).toString();
    QCOMPARE(settings.value(key, u"fallback"_s), u"fallback"_s);
    QVERIFY(settings.setValue(key, u"https://store.example"_s).ok());
    QVERIFY(settings.setValue(key, u"https://store2.example"_s).ok());
    QCOMPARE(settings.value(key), u"https://store2.example"_s);
}

void TestDatabase::syncStateKeepsCursorAndLastSyncPerFeed() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    SyncStateRepository state(db->sql());
    QCOMPARE(state.cursor(u"customers"_s), QString());
    QVERIFY(!state.lastSync(u"customers"_s).isValid());
    QVERIFY(!state.lastSyncOfAll().isValid());

    const QDateTime early = QDateTime(QDate(2024, 3, 1), QTime(9, 0, 0, 5), Qt::UTC);
    const QDateTime late = QDateTime(QDate(2024, 3, 1), QTime(10, 30), Qt::UTC);
    QVERIFY(state.setCursor(u"customers"_s, u"c-1"_s).ok());
    QVERIFY(state.setCursor(u"customers"_s, u"c-2"_s).ok());
    QVERIFY(state.setLastSync(u"customers"_s, late).ok());
    QVERIFY(state.setCursor(u"orders"_s, u"o-9"_s).ok());
    // A local time is stored as the same instant in UTC.
    QVERIFY(state.setLastSync(u"orders"_s, early.toTimeZone(QTimeZone(3600))).ok());

    QCOMPARE(state.cursor(u"customers"_s), u"c-2"_s);
    QCOMPARE(state.cursor(u"orders"_s), u"o-9"_s);
    QCOMPARE(state.lastSync(u"customers"_s), late);
    QCOMPARE(state.lastSync(u"orders"_s), early);
    QCOMPARE(state.lastSync(u"orders"_s).timeSpec(), Qt::UTC);
    QCOMPARE(state.lastSyncOfAll(), late);
    QCOMPARE(state.cursor(u"customers"_s), u"c-2"_s); // setLastSync left the cursor alone
}

void TestDatabase::resetFeedClearsOnlyTheCursor() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    SyncStateRepository state(db->sql());
    const QDateTime when = QDateTime(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);
    QVERIFY(state.setCursor(u"customers"_s, u"c-7"_s).ok());
    QVERIFY(state.setLastSync(u"customers"_s, when).ok());
    QVERIFY(state.setCursor(u"orders"_s, u"o-1"_s).ok());
    QVERIFY(state.resetFeed(u"customers"_s).ok());
    QCOMPARE(state.cursor(u"customers"_s), QString());
    QCOMPARE(state.lastSync(u"customers"_s), when);
    QCOMPARE(state.cursor(u"orders"_s), u"o-1"_s);
}

void TestDatabase::pendingOutboxCountCountsUnsentRows() {
    std::unique_ptr<Database> db = openCache();
    QVERIFY(db);
    SyncStateRepository state(db->sql());
    QCOMPARE(state.pendingOutboxCount().value(), qint64(0));
    const QStringList states = {u"pending"_s, u"sending"_s, u"failed"_s, u"done"_s, u"conflict"_s};
    for (qsizetype i = 0; i < states.size(); ++i) {
        QSqlQuery insert(db->sql());
        insert.prepare(u"INSERT INTO outbox (idempotency_key, entity, entity_id, command, method, path, "
                       u"payload, state, created_utc, updated_utc) VALUES (?, 'customer', 'c1', 'note.add', "
                       u"'POST', '/v1/customers/c1/notes', '{}', ?, '2026-01-01', '2026-01-01')"_s);
        insert.addBindValue(u"key-%1"_s.arg(i));
        insert.addBindValue(states.at(i));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QCOMPARE(state.pendingOutboxCount().value(), qint64(3));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
