#include "FileTokenStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOwnerFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

Error ioError(const QString& detail) {
    return makeError(ErrorCode::kProfileIo, detail);
}

Q_LOGGING_CATEGORY(lcFileTokenStore, "theke.store")

} // namespace

FileTokenStore::FileTokenStore(QString path)
    : m_path(std::move(path)) {}

Result<QString> FileTokenStore::readRaw() const {
    QFile file(m_path);
    if (!file.exists()) {
        if (!m_keychainMarker.isEmpty() && QFile::exists(m_keychainMarker))
            return makeError(ErrorCode::kProfileTokenInKeychain,
                             u"the device token is in a keychain this process cannot reach"_s);
        return makeError(ErrorCode::kProfileNotEnrolled, u"no device token in the profile"_s);
    }
    if (!file.open(QIODevice::ReadOnly))
        return ioError(u"cannot read the device token: "_s + file.errorString());
    return QString::fromUtf8(file.readAll());
}

Status FileTokenStore::write(const QString& token) {
    if (m_warn)
        qCWarning(lcFileTokenStore) << "no keychain (secret service) available: the device token is kept in a"
                                    << "file readable only by this user; in a desktop session with a keychain"
                                    << "it would stay out of the file system";
    QSaveFile file(m_path);
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

Status FileTokenStore::remove() {
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return ioError(u"cannot remove the device token file"_s);
    return {};
}
