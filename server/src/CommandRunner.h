#pragma once

#include "CommandAnswer.h"
#include "Result.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

class AuthService;
class Clock;
class FaultInjector;
class ServerDatabase;

// The idempotency layer every command runs through: bearer auth, the Idempotency-Key (per device),
// replay of a stored first answer, 409 while the same key is still running, and the command's effect
// and its answer committed in one write transaction. 4xx answers are stored too; 5xx are not, so the
// client may retry them.
class CommandRunner {
public:
    struct Context {
        QSqlDatabase db; // inside the open write transaction
        QString deviceId;
        QString staffId; // X-Theke-Staff, empty when not given
        QDateTime now;   // taken after the write lock, so times rise with the change sequence
    };
    // Returns the answer; writes nothing it does not want committed (a 4xx or 5xx answer rolls back).
    using Command = std::function<CommandAnswer(const Context&)>;

    static constexpr qsizetype kMaxKeyLength = 128;
    static constexpr qsizetype kMaxStaffIdLength = 64;
    static constexpr qint64 kKeyLifetimeSeconds = 24 * 3600;

    CommandRunner(ServerDatabase& database, AuthService& auth, FaultInjector& faults, const Clock& clock);

    void run(const httplib::Request& request, httplib::Response& response, const Command& command);

    // Effects committed since start (replays and refused requests not counted).
    qint64 commandsApplied() const { return m_applied.load(); }

private:
    // Marks device+key as running; false when it already is.
    bool claim(const QString& slot);
    void release(const QString& slot);
    void purgeExpiredIfDue(const QSqlDatabase& db, const QDateTime& now);
    CommandAnswer execute(const QSqlDatabase& db, const QString& deviceId, const QString& key,
                          const QString& requestHash, const httplib::Request& request,
                          const Command& command);
    Status store(const QSqlDatabase& db, const QString& deviceId, const QString& key,
                 const QString& requestHash, const CommandAnswer& answer, const QDateTime& now);

    ServerDatabase& m_database;
    AuthService& m_auth;
    FaultInjector& m_faults;
    const Clock& m_clock;

    std::mutex m_inFlightMutex;
    QSet<QString> m_inFlight; // "deviceId\nkey" of commands being handled right now
    std::atomic<qint64> m_applied{0};
    std::atomic<qint64> m_lastPurgeMs{0};
};
