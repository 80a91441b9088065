#include "Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The mode bits as the kernel sees them; QFile::permissions() folds owner and user together.
int modeOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

class TestProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultDirectoryIsInTheApplicationDataLocation();
    void ensureDirectoryCreatesItForTheOwnerOnly();
    void ensureDirectoryTightensAnExistingDirectory();
    void tokenRoundTripsTrimmedInAnOwnerOnlyFile();
    void rewritingTheTokenReplacesItAndKeepsTheMode();
    void missingTokenMeansNotEnrolled();
    void emptyTokenFileMeansNotEnrolled();
    void pathsLiveInTheProfileDirectory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfile::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfile::cleanup() {
    m_dir.reset();
}

void TestProfile::defaultDirectoryIsInTheApplicationDataLocation() {
    // As the app and theke-ctl set them; nothing is created here.
    QCoreApplication::setOrganizationName(u"Theke"_s);
    QCoreApplication::setApplicationName(u"Theke"_s);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QVERIFY(base.contains(u"Theke"_s));
    QCOMPARE(Profile::defaultDirectory(), base + u"/default"_s);
}

void TestProfile::ensureDirectoryCreatesItForTheOwnerOnly() {
    const Profile profile(m_dir->filePath(u"nested/profile"_s));
    const Status status = profile.ensureDirectory();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QVERIFY(QFileInfo(profile.directory()).isDir());
    QCOMPARE(modeOf(profile.directory()), 0700);
    QVERIFY(profile.ensureDirectory().ok()); // again: nothing to do
}

void TestProfile::ensureDirectoryTightensAnExistingDirectory() {
    const QString path = m_dir->filePath(u"wide"_s);
    QVERIFY(QDir().mkdir(path));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
    QVERIFY(Profile(path).ensureDirectory().ok());
    QCOMPARE(modeOf(path), 0700);
}

void TestProfile::tokenRoundTripsTrimmedInAnOwnerOnlyFile() {
    const Profile profile(m_dir->filePath(u"profile"_s));
    QVERIFY(!profile.hasToken());
    QVERIFY(profile.writeToken(u"  tok-3f9a\n"_s).ok());
    QVERIFY(profile.hasToken());
    const Result<QString> token = profile.readToken();
    QVERIFY(token.ok());
    QCOMPARE(token.value(), u"tok-3f9a"_s);
    QCOMPARE(modeOf(profile.tokenPath()), 0600);
    QCOMPARE(modeOf(profile.directory()), 0700);
}

void TestProfile::rewritingTheTokenReplacesItAndKeepsTheMode() {
    const Profile profile(m_dir->filePath(u"profile"_s));
    QVERIFY(profile.writeToken(u"first"_s).ok());
    QVERIFY(profile.writeToken(u"second"_s).ok());
    QCOMPARE(profile.readToken().value(), u"second"_s);
    QCOMPARE(modeOf(profile.tokenPath()), 0600);
    // QSaveFile left no temporary file behind.
    QCOMPARE(QDir(profile.directory()).entryList(QDir::Files), QStringList{u"device-token"_s});
}

void TestProfile::missingTokenMeansNotEnrolled() {
    const Profile profile(m_dir->filePath(u"never-enrolled"_s));
    const Result<QString> token = profile.readToken();
    QVERIFY(!token.ok());
    QCOMPARE(token.error().code, u"profile.not_enrolled"_s);
    QVERIFY(!profile.hasToken());
}

void TestProfile::emptyTokenFileMeansNotEnrolled() {
    const Profile profile(m_dir->filePath(u"profile"_s));
    QVERIFY(profile.ensureDirectory().ok());
    QFile file(profile.tokenPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(" \n");
    file.close();
    QCOMPARE(profile.readToken().error().code, u"profile.not_enrolled"_s);
}

void TestProfile::pathsLiveInTheProfileDirectory() {
    const Profile profile(m_dir->filePath(u"profile"_s));
    QCOMPARE(QFileInfo(profile.databasePath()).absolutePath(),
             QFileInfo(profile.directory()).absoluteFilePath());
    QCOMPARE(QFileInfo(profile.tokenPath()).fileName(), u"device-token"_s);
    QVERIFY(profile.databasePath() != profile.tokenPath());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
