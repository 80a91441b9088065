#include "Profile.h"

#include "TokenStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                               QFileDevice::WriteUser | QFileDevice::ExeUser;

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

TokenStore& Profile::tokenStore() const {
    if (!m_tokenStore)
        m_tokenStore = TokenStore::forProfile(m_directory, tokenPath());
    return *m_tokenStore;
}

void Profile::setTokenStore(std::shared_ptr<TokenStore> store) {
    m_tokenStore = std::move(store);
}

QString Profile::tokenStoreKind() const {
    return tokenStore().kind();
}

Result<QString> Profile::readToken() const {
    return tokenStore().read();
}

Status Profile::writeToken(const QString& token) const {
    if (Status dir = ensureDirectory(); !dir)
        return dir;
    return tokenStore().write(token);
}

bool Profile::hasToken() const {
    return readToken().ok();
}
