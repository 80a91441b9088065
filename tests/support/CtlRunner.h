#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

// Runs the built theke-ctl on a profile as a script would, and keeps what it said.
struct CtlRun {
    int exitCode = -1; // -1 when it crashed or hung
    QByteArray out;
    QByteArray err;
};

// input goes to theke-ctl's stdin (PINs are read from there, never from the command line).
inline CtlRun runCtl(const QString& profile, const QStringList& args, const QByteArray& input = {}) {
    QProcess process;
    process.start(QStringLiteral(THEKE_CTL_PATH), QStringList{QStringLiteral("--profile"), profile} + args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// One run that may have been cut short by SIGKILL.
struct CtlOutcome {
    bool killed = false;
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray err;
};

// Runs theke-ctl and sends SIGKILL after killAfterMs (never when negative) if it still runs then.
inline CtlOutcome runCtlKilledAfter(const QString& profile, const QStringList& args, int killAfterMs) {
    CtlOutcome outcome;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(THEKE_CTL_PATH), QStringList{QStringLiteral("--profile"), profile} + args);
    if (!process.waitForStarted(10000))
        return outcome;
    const int wait = killAfterMs < 0 ? 120000 : qMax(0, killAfterMs - int(timer.elapsed()));
    bool sentKill = false;
    if (!process.waitForFinished(wait) && process.state() != QProcess::NotRunning && killAfterMs >= 0) {
        process.kill(); // SIGKILL: no cleanup, no atexit, no SQLite close
        sentKill = true;
    }
    process.waitForFinished(10000);
    outcome.ms = timer.elapsed();
    outcome.killed = sentKill && process.exitStatus() == QProcess::CrashExit;
    if (process.exitStatus() == QProcess::NormalExit)
        outcome.exitCode = process.exitCode();
    outcome.err = process.readAllStandardError();
    return outcome;
}
