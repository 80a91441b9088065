#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// Runs the built theke-ctl on a profile as a script would, and keeps what it said.
struct CtlRun {
    int exitCode = -1; // -1 when it crashed or hung
    QByteArray out;
    QByteArray err;
};

inline CtlRun runCtl(const QString& profile, const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(THEKE_CTL_PATH), QStringList{QStringLiteral("--profile"), profile} + args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}
