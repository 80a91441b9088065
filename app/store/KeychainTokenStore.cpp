#include "KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const auto kService = u"Theke"_s;
// Long enough for a desktop keychain to unlock its collection, short enough that a headless run
// without a secret service falls back before anyone notices.
constexpr int kTimeoutMs = 3000;

struct JobOutcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString text;
};

// Runs job to completion or the timeout. The job deletes itself when it finishes, also after a timeout.
JobOutcome run(QKeychain::Job* job, QString* text = nullptr) {
    JobOutcome outcome;
    QEventLoop loop;
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        outcome.finished = true;
        outcome.error = done->error();
        if (text && done->error() == QKeychain::NoError)
            *text = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        loop.quit();
    });
    job->setAutoDelete(true);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

Error keychainError(const JobOutcome& outcome, const QString& what) {
    // QtKeychain's error strings describe the backend, never the secret.
    const QString why = outcome.finished ? u"error %1"_s.arg(int(outcome.error)) : u"timed out"_s;
    return makeError(ErrorCode::kProfileIo, u"keychain %1: %2"_s.arg(what, why));
}

} // namespace

QString KeychainTokenStore::markerPath(const QString& profileDirectory) {
    return QDir(profileDirectory).filePath(u"token-in-keychain"_s);
}

KeychainTokenStore::KeychainTokenStore(const QString& profileDirectory)
    : m_markerPath(markerPath(profileDirectory)) {
    // The path identifies the profile without putting it in the keychain's visible label.
    const QByteArray digest =
        QCryptographicHash::hash(QDir(profileDirectory).absolutePath().toUtf8(), QCryptographicHash::Sha256);
    m_key = u"device-token-"_s + QString::fromLatin1(digest.toHex().left(16));
}

bool KeychainTokenStore::secretServiceReachable() {
#ifdef Q_OS_UNIX
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

bool KeychainTokenStore::probe() const {
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(m_key);
    const JobOutcome outcome = run(job);
    return outcome.finished &&
           (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound);
}

Result<QString> KeychainTokenStore::readRaw() const {
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(m_key);
    QString token;
    const JobOutcome outcome = run(job, &token);
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return makeError(ErrorCode::kProfileNotEnrolled, u"no device token in the keychain"_s);
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return keychainError(outcome, u"read"_s);
    return token;
}

Status KeychainTokenStore::write(const QString& token) {
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(m_key);
    job->setTextData(token.trimmed());
    const JobOutcome outcome = run(job);
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return keychainError(outcome, u"write"_s);
    QFile marker(m_markerPath);
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        marker.write("The device token of this profile is kept in the desktop keychain.\n") < 0)
        return makeError(ErrorCode::kProfileIo, u"cannot write the keychain marker"_s);
    return {};
}

Status KeychainTokenStore::remove() {
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(m_key);
    const JobOutcome outcome = run(job);
    if (outcome.finished &&
        (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound)) {
        QFile::remove(m_markerPath);
        return {};
    }
    return keychainError(outcome, u"delete"_s);
}
