#include "ErrorMessages.h"
#include "FileTokenStore.h"
#include "KeychainTokenStore.h"
#include "Profile.h"
#include "TokenStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

int modeOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

// Collects every message logged while it lives, to check that no secret is among them.
class LogCapture {
public:
    LogCapture() {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    QString all() const { return s_lines.join(u'\n'); }

private:
    static void handler(QtMsgType, const QMessageLogContext& context, const QString& message) {
        s_lines << QString::fromLatin1(context.category ? context.category : "") + u": "_s + message;
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestTokenStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // Every test here is about the fallback; the keychain of whoever runs the tests stays untouched.
        qunsetenv("THEKE_TOKEN_STORE");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QLoggingCategory::setFilterRules(u"theke.*.debug=true\ntheke.*.info=true"_s);
    }

    void withoutASessionBusTheFileFallbackIsChosenQuicklyAndWarnsOnWrite() {
        QTemporaryDir dir;
        LogCapture log;
        QElapsedTimer timer;
        timer.start();
        const auto store = TokenStore::forProfile(dir.path(), dir.filePath(u"device-token"_s));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(store->kind(), u"file"_s);
        QVERIFY(!log.all().contains(u"no keychain"_s)); // reading says nothing
        QVERIFY(store->write(u"tok-secret-0000"_s).ok());
        QVERIFY2(log.all().contains(u"no keychain"_s), qPrintable(log.all()));
        QVERIFY(!log.all().contains(u"tok-secret-0000"_s));
    }

    void fileFallbackRoundTripsAndIsReadableOnlyByTheUser() {
        QTemporaryDir dir;
        FileTokenStore store(dir.filePath(u"device-token"_s));
        QCOMPARE(store.read().error().code, u"profile.not_enrolled"_s);
        QVERIFY(store.write(u"tok-secret-0001"_s).ok());
        QCOMPARE(store.read().value(), u"tok-secret-0001"_s);
        QCOMPARE(modeOf(store.path()), 0600);
        QVERIFY(store.write(u"tok-secret-0002"_s).ok());
        QCOMPARE(store.read().value(), u"tok-secret-0002"_s);
        QCOMPARE(modeOf(store.path()), 0600);
        QVERIFY(store.remove().ok());
        QVERIFY(!QFile::exists(store.path()));
        QCOMPARE(store.read().error().code, u"profile.not_enrolled"_s);
    }

    void profileUsesTheFallbackWith0600() {
        QTemporaryDir dir;
        Profile profile(dir.filePath(u"p"_s));
        QVERIFY(profile.writeToken(u"tok-secret-0003"_s).ok());
        QCOMPARE(profile.tokenStoreKind(), u"file"_s);
        QCOMPARE(modeOf(profile.tokenPath()), 0600);
        QCOMPARE(modeOf(profile.directory()), 0700);
        QCOMPARE(Profile(profile.directory()).readToken().value(), u"tok-secret-0003"_s);
    }

    void theTokenNeverAppearsInTheLog() {
        QTemporaryDir dir;
        LogCapture log;
        const QString token = u"tok-very-secret-7f3a9c"_s;
        Profile profile(dir.filePath(u"p"_s));
        QVERIFY(profile.writeToken(token).ok());
        QCOMPARE(profile.readToken().value(), token);
        QFile::setPermissions(profile.tokenPath(), QFileDevice::WriteOwner); // unreadable: an error path
        const Result<QString> failed = Profile(profile.directory()).readToken();
        if (!failed) // root may still read it
            QVERIFY(!failed.error().toString().contains(token));
        QVERIFY(!log.all().contains(token));
    }

    void aTokenInTheDesktopKeychainIsNamedWhenTheKeychainIsOutOfReach() {
        // The desktop session enrolled into its keychain and left the marker; theke-ctl over SSH has
        // no session bus, so it must say where the token is instead of "not enrolled".
        QTemporaryDir dir;
        QFile marker(KeychainTokenStore::markerPath(dir.path()));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        const auto store = TokenStore::forProfile(dir.path(), dir.filePath(u"device-token"_s));
        QCOMPARE(store->kind(), u"file"_s);
        const Result<QString> token = store->read();
        QVERIFY(!token);
        QCOMPARE(token.error().code, u"profile.token_in_keychain"_s);
        QVERIFY(ErrorMessages::describe(token.error()).contains(u"keychain"_s));
        // A token file written here later (enrolled again headless) wins over the marker.
        QVERIFY(store->write(u"tok-secret-0004"_s).ok());
        QCOMPARE(store->read().value(), u"tok-secret-0004"_s);
    }

    void withoutTheMarkerAMissingTokenMeansNotEnrolled() {
        QTemporaryDir dir;
        const auto store = TokenStore::forProfile(dir.path(), dir.filePath(u"device-token"_s));
        QCOMPARE(store->read().error().code, u"profile.not_enrolled"_s);
    }

    void forcedFileStoreIsHonoured() {
        QTemporaryDir dir;
        qputenv("THEKE_TOKEN_STORE", "file");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        const auto store = TokenStore::forProfile(dir.path(), dir.filePath(u"device-token"_s));
        qunsetenv("THEKE_TOKEN_STORE");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QCOMPARE(store->kind(), u"file"_s);
    }

    void unreachableSessionBusFallsBackWithinSeconds() {
        // A D-Bus address that leads nowhere: the keychain job must fail fast, not hang.
        QTemporaryDir dir;
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/theke-test-bus");
        QElapsedTimer timer;
        timer.start();
        const auto store = TokenStore::forProfile(dir.path(), dir.filePath(u"device-token"_s));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(store->kind(), u"file"_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
