#pragma once

#include "Database.h"
#include "Profile.h"

#include <QJsonDocument>
#include <QStringList>

#include <memory>

// What every theke-ctl command shares: the profile, the cache, and the rules for output and failure
// (results on stdout, one clear line on stderr for a failure, non-zero exit codes).
class CtlContext {
public:
    // kRefused: the rules said no (or not without a manager); nothing was changed.
    enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2, kRefused = 3 };

    CtlContext(Profile profile, QStringList arguments);

    const Profile& profile() const { return m_profile; }
    // Command arguments after the command name.
    const QStringList& arguments() const { return m_arguments; }

    // Opens the cache; prints the failure and returns nullptr when it can't.
    Database* database();

    int fail(const QString& what, const Error& error) const;
    int usage(const QString& message) const;
    // One line "theke-ctl: <message>" on stderr; returns code.
    int refuse(const QString& message, int code = kRefused) const;
    void printJson(const QJsonDocument& document) const;
    void printLine(const QString& line) const;
    void progressLine(const QString& line) const; // stderr, only when it is a terminal
    // One line from stdin, without echo when it is a terminal: PINs never go on the command line.
    static QString readSecret(const QString& prompt);

private:
    Profile m_profile;
    QStringList m_arguments;
    std::unique_ptr<Database> m_database;
};
