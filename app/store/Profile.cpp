#include "Profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                               QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kOwnerFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

Error ioError(const QString& detail) {
    return makeError(ErrorCode::kProfileIo, detail);
}

} // namespace

Profile::Profile(QString directory)
    : m_directory(std::move(directory)) {}

QString Profile::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/default"_s;
}

QString Profile::databasePath() const {
    return QDir(m_directory).filePath(u"cache.sqlite"_s);
}

QString Profile::tokenPath() const {
    return QDir(m_directory).filePath(u"device-token"_s);
}

Status Profile::ensureDirectory() const {
    const QFileInfo info(m_directory);
    if (!info.exists()) {
        const QString parent = info.absolutePath();
        if (!QDir().mkpath(parent))
            return ioError(u"cannot create the profile's parent directory"_s);
        // Created with 0700 from the start, so there is no moment in which others could look in.
        if (!QDir().mkdir(info.absoluteFilePath(), kOwnerDir))
            return ioError(u"cannot create the profile directory"_s);
    } else if (!info.isDir()) {
        return ioError(u"the profile path exists and is not a directory"_s);
    }
    // An existing directory may have been made with the umask's wider mode; tighten it.
    if (!QFile::setPermissions(m_directory, kOwnerDir))
        return ioError(u"cannot restrict the profile directory to its owner"_s);
    return {};
}

Result<QString> Profile::readToken() const {
    QFile file(tokenPath());
    if (!file.exists())
        return makeError(ErrorCode::kProfileNotEnrolled, u"no device token in the profile"_s);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(u"cannot read the device token: "_s + file.errorString());
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    if (token.isEmpty())
        return makeError(ErrorCode::kProfileNotEnrolled, u"the device token file is empty"_s);
    return token;
}

Status Profile::writeToken(const QString& token) const {
    if (Status dir = ensureDirectory(); !dir)
        return dir;
    QSaveFile file(tokenPath());
    if (!file.open(QIODevice::WriteOnly))
        return ioError(u"cannot write the device token: "_s + file.errorString());
    // Restrict the temporary file before the secret is in it; the rename keeps the mode.
    if (!file.setPermissions(kOwnerFile)) {
        file.cancelWriting();
        return ioError(u"cannot restrict the device token file to its owner"_s);
    }
    const QByteArray content = token.trimmed().toUtf8() + '\n';
    if (file.write(content) != content.size() || !file.commit())
        return ioError(u"cannot write the device token: "_s + file.errorString());
    return {};
}

bool Profile::hasToken() const {
    return readToken().ok();
}
