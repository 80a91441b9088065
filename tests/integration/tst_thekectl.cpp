// theke-ctl as an administrator or a script uses it: real binary, real server, exit codes and output.
#include "CtlRunner.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CtlRun;

Run ctl(const QString& profile, const QStringList& args) {
    return runCtl(profile, args);
}

// A failure is one line on stderr, nothing on stdout, and a non-zero exit.
void verifyCleanFailure(const Run& run) {
    QVERIFY2(run.exitCode != 0, run.out.constData());
    QVERIFY2(run.exitCode > 0, "crashed instead of failing");
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("theke-ctl: "));
    QVERIFY(run.out.isEmpty());
}

} // namespace

class TestThekeCtl : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 1200;
        options.seed = 3;
        options.enrollCodes = {u"CTL-1"_s, u"CTL-2"_s, u"CTL-3"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void enrollSyncStatusAndSearchWork() {
        QTemporaryDir dir;
        const QString profile = dir.path();
        Run enroll =
            ctl(profile, {u"enroll"_s, u"--server"_s, m_server->url().toString(), u"--code"_s, u"CTL-1"_s});
        QVERIFY2(enroll.exitCode == 0, enroll.err.constData());

        Run before = ctl(profile, {u"status"_s, u"--json"_s});
        QCOMPARE(before.exitCode, 0);
        QJsonObject status = QJsonDocument::fromJson(before.out).object();
        QCOMPARE(status.value(u"customers").toInt(), 0);
        QVERIFY(status.value(u"last_sync").isNull());
        QCOMPARE(status.value(u"pending").toInt(), 0);

        Run sync = ctl(profile, {u"sync"_s});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());

        Run after = ctl(profile, {u"status"_s, u"--json"_s});
        status = QJsonDocument::fromJson(after.out).object();
        QCOMPARE(status.value(u"customers").toInt(), 1200);
        // Every cached feed is reported with its rows and last sync, whether the server serves it yet or not.
        const QJsonObject feeds = status.value(u"feeds").toObject();
        for (const char* feed : {"stores", "staff", "products", "stock", "customers", "orders", "pickups",
                                 "returns", "carts", "contacts", "notes", "consents"}) {
            QVERIFY2(feeds.value(QLatin1String(feed)).toObject().contains(u"count"_s), feed);
            QVERIFY2(feeds.value(QLatin1String(feed)).toObject().contains(u"last_sync"_s), feed);
        }
        QCOMPARE(feeds.value(u"customers").toObject().value(u"count").toInt(), 1200);
        QVERIFY(feeds.value(u"customers").toObject().value(u"last_sync").isString());
        const QDateTime lastSync = QDateTime::fromString(status.value(u"last_sync").toString(), Qt::ISODate);
        QVERIFY(lastSync.isValid());
        QVERIFY(qAbs(lastSync.secsTo(QDateTime::currentDateTimeUtc())) < 300);

        // Search by a customer number taken from the JSON of a broad search.
        Run broad = ctl(profile, {u"search"_s, u"K"_s, u"--json"_s, u"--limit"_s, u"5"_s});
        QCOMPARE(broad.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(broad.out).array();
        QCOMPARE(rows.size(), 5);
        const QJsonObject first = rows.first().toObject();
        for (const char* key : {"id", "customer_no", "name", "email", "phone"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        Run exact = ctl(profile, {u"search"_s, first.value(u"customer_no").toString(), u"--json"_s});
        QCOMPARE(exact.exitCode, 0);
        const QJsonArray exactRows = QJsonDocument::fromJson(exact.out).array();
        QVERIFY(!exactRows.isEmpty());
        QCOMPARE(exactRows.first().toObject().value(u"id"), first.value(u"id"));
    }

    void syncInterruptedAfterOnePageResumes() {
        QTemporaryDir dir;
        const QString profile = dir.path();
        QCOMPARE(
            ctl(profile, {u"enroll"_s, u"--server"_s, m_server->url().toString(), u"--code"_s, u"CTL-2"_s})
                .exitCode,
            0);
        QCOMPARE(ctl(profile, {u"sync"_s, u"--page-size"_s, u"250"_s, u"--max-pages"_s, u"1"_s}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ctl(profile, {u"status"_s, u"--json"_s}).out)
                     .object()
                     .value(u"customers")
                     .toInt(),
                 250);
        QCOMPARE(ctl(profile, {u"sync"_s}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ctl(profile, {u"status"_s, u"--json"_s}).out)
                     .object()
                     .value(u"customers")
                     .toInt(),
                 1200);
    }

    void failuresExitNonZeroWithOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong code") << QStringList{u"enroll"_s, u"--server"_s, u"SERVER"_s, u"--code"_s,
                                                   u"NOPE"_s}
                                    << u"api.invalid_enrollment_code"_s;
        QTest::newRow("unreachable server")
            << QStringList{u"enroll"_s, u"--server"_s, u"http://127.0.0.1:1"_s, u"--code"_s, u"X"_s}
            << u"net.connect"_s;
        QTest::newRow("plain http to another host")
            << QStringList{u"enroll"_s, u"--server"_s, u"http://theke.example.de"_s, u"--code"_s, u"X"_s}
            << u"net.insecure_url"_s;
        QTest::newRow("invalid url") << QStringList{u"enroll"_s, u"--server"_s, u"ftp://x"_s, u"--code"_s,
                                                    u"X"_s}
                                     << u"net.invalid_url"_s;
        QTest::newRow("sync without enrollment") << QStringList{u"sync"_s} << u"profile.not_enrolled"_s;
    }

    void failuresExitNonZeroWithOneLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        args.replaceInStrings(u"SERVER"_s, m_server->url().toString());
        QTemporaryDir dir;
        const Run run = ctl(dir.path(), args);
        verifyCleanFailure(run);
        QVERIFY2(run.err.contains(code.toUtf8()), run.err.constData());
    }

    void aTokenInTheDesktopKeychainIsNamedOverSsh() {
        // Enrolled in the desktop session (token in its keychain, marker in the profile); theke-ctl run
        // without that session must say so, not claim the device was never enrolled.
        QTemporaryDir dir;
        QFile marker(dir.filePath(u"token-in-keychain"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        const Run run = ctl(dir.path(), {u"sync"_s});
        verifyCleanFailure(run);
        QVERIFY2(run.err.contains("profile.token_in_keychain"), run.err.constData());
        QVERIFY2(run.err.contains("keychain of the desktop session"), run.err.constData());
    }

    void usageErrorsExitWithTwo() {
        QTemporaryDir dir;
        QCOMPARE(ctl(dir.path(), {u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(ctl(dir.path(), {u"enroll"_s, u"--code"_s, u"X"_s}).exitCode, 2);
        QCOMPARE(ctl(dir.path(), {u"search"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestThekeCtl)
#include "tst_thekectl.moc"
