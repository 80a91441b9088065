#pragma once

#include "Result.h"

#include <QString>

// A device profile directory: the cache database and the device token file.
class Profile {
public:
    explicit Profile(QString directory);

    // $XDG_DATA_HOME/theke/default (QStandardPaths::AppLocalDataLocation based).
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString tokenPath() const;

    Status ensureDirectory() const; // creates it with mode 0700

    // The device token lives in its own file, readable only by the user (0600), never in the cache.
    Result<QString> readToken() const; // profile.not_enrolled when there is none
    Status writeToken(const QString& token) const;
    bool hasToken() const;

private:
    QString m_directory;
};
