#include "CtlContext.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include "ErrorMessages.h"

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

CtlContext::CtlContext(Profile profile, QStringList arguments)
    : m_profile(std::move(profile))
    , m_arguments(std::move(arguments)) {}

Database* CtlContext::database() {
    if (m_database)
        return m_database.get();
    Result<std::unique_ptr<Database>> db = Database::open(m_profile.databasePath());
    if (!db) {
        fail(u"cannot open the cache"_s, db.error());
        return nullptr;
    }
    m_database = std::move(db).value();
    return m_database.get();
}

int CtlContext::fail(const QString& what, const Error& error) const {
    const QString line = u"theke-ctl: %1: %2 [%3]\n"_s.arg(what, ErrorMessages::describe(error), error.code);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    return kFailed;
}

int CtlContext::usage(const QString& message) const {
    std::fputs((u"theke-ctl: "_s + message + u"\n"_s).toLocal8Bit().constData(), stderr);
    return kUsage;
}

int CtlContext::refuse(const QString& message, int code) const {
    std::fputs((u"theke-ctl: "_s + message + u"\n"_s).toLocal8Bit().constData(), stderr);
    return code;
}

void CtlContext::printJson(const QJsonDocument& document) const {
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void CtlContext::printLine(const QString& line) const {
    std::fputs((line + u'\n').toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void CtlContext::progressLine(const QString& line) const {
    if (!isatty(STDERR_FILENO))
        return;
    std::fputs((u"\r"_s + line).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QString CtlContext::readSecret(const QString& prompt) {
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    char buffer[256] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return read ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}
