#include "CommandRunner.h"

#include "AuthService.h"
#include "BearerAuth.h"
#include "Clock.h"
#include "FaultInjector.h"
#include "IdempotencyStore.h"
#include "Problem.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QScopeGuard>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kPurgeIntervalMs = 10 * 60 * 1000;

QString header(const httplib::Request& request, const char* name) {
    return QString::fromStdString(request.get_header_value(name));
}

bool isValidKey(const QString& key) {
    // Visible ASCII only: a UUID fits, and nothing a proxy might rewrite does.
    static const QRegularExpression kKey(u"^[\\x21-\\x7e]{1,%1}$"_s.arg(CommandRunner::kMaxKeyLength));
    return kKey.match(key).hasMatch();
}

bool isValidStaffId(const QString& staffId) {
    static const QRegularExpression kStaff(
        u"^[A-Za-z0-9._:@-]{1,%1}$"_s.arg(CommandRunner::kMaxStaffIdLength));
    return kStaff.match(staffId).hasMatch();
}

QString requestHash(const httplib::Request& request) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(request.method.data(), qsizetype(request.method.size())));
    hash.addData("\n");
    hash.addData(QByteArrayView(request.path.data(), qsizetype(request.path.size())));
    hash.addData("\n");
    hash.addData(QByteArrayView(request.body.data(), qsizetype(request.body.size())));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

CommandRunner::CommandRunner(ServerDatabase& database, AuthService& auth, FaultInjector& faults,
                             const Clock& clock)
    : m_database(database)
    , m_auth(auth)
    , m_faults(faults)
    , m_clock(clock) {}

bool CommandRunner::claim(const QString& slot) {
    const std::lock_guard lock(m_inFlightMutex);
    if (m_inFlight.contains(slot))
        return false;
    m_inFlight.insert(slot);
    return true;
}

void CommandRunner::release(const QString& slot) {
    const std::lock_guard lock(m_inFlightMutex);
    m_inFlight.remove(slot);
}

void CommandRunner::run(const httplib::Request& request, httplib::Response& response,
                        const Command& command) {
    const std::optional<QString> device = BearerAuth::device(m_auth, request, response);
    if (!device)
        return;
    const QString key = header(request, "Idempotency-Key");
    if (!isValidKey(key)) {
        CommandAnswer::problem(
            400, u"idempotency_key_required",
            u"Commands need an Idempotency-Key header of 1 to %1 visible ASCII characters."_s.arg(
                kMaxKeyLength))
            .writeTo(response);
        return;
    }

    // In memory, not a 'running' row: one server process owns the database, and a crash must not leave
    // keys blocked. The guard covers the look-up too, so a replay never races the first answer's commit.
    const QString slot = device.value() + u'\n' + key;
    if (!claim(slot)) {
        CommandAnswer busy = CommandAnswer::problem(
            409, u"request_in_progress", u"A request with this Idempotency-Key is still being handled."_s);
        busy.headers.emplace_back("Retry-After", "1");
        busy.writeTo(response);
        return;
    }
    const auto releaseSlot = qScopeGuard([this, &slot] { release(slot); });

    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        CommandAnswer::problem(db.error()).writeTo(response);
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    purgeExpiredIfDue(db.value(), now);
    const QString hash = requestHash(request);
    const Result<std::optional<IdempotencyStore::Entry>> stored =
        IdempotencyStore(db.value()).find(device.value(), key, now);
    if (!stored) {
        CommandAnswer::problem(stored.error()).writeTo(response);
        return;
    }
    if (stored.value()) {
        if (stored.value()->requestHash != hash) {
            CommandAnswer::problem(422, u"idempotency_key_reused",
                                   u"This Idempotency-Key was used for a different request."_s)
                .writeTo(response);
            return;
        }
        CommandAnswer replay = stored.value()->answer;
        replay.headers.emplace_back("Idempotent-Replayed", "true");
        qCDebug(lcServer) << "replayed command answer" << replay.status << "for device" << device.value();
        replay.writeTo(response);
        return;
    }

    // Inside the claimed window on purpose: a retry sent during an injected delay sees 409.
    m_faults.delayCommand(request);
    execute(db.value(), device.value(), key, hash, request, command).writeTo(response);
}

CommandAnswer CommandRunner::execute(const QSqlDatabase& db, const QString& deviceId, const QString& key,
                                     const QString& requestHash, const httplib::Request& request,
                                     const Command& command) {
    Context context{db, deviceId, header(request, "X-Theke-Staff").trimmed(), {}};
    CommandAnswer answer;
    if (request.has_header("X-Theke-Staff") && !isValidStaffId(context.staffId)) {
        answer = CommandAnswer::problem(
            400, u"invalid_request",
            u"X-Theke-Staff must be 1 to %1 characters of A-Z, a-z, 0-9 and ._:@-"_s.arg(kMaxStaffIdLength));
    } else {
        Transaction tx(db, Transaction::Mode::Write);
        if (Status begun = tx.begin(); !begun)
            return CommandAnswer::problem(begun.error());
        context.now = m_clock.nowUtc();
        answer = command(context);
        if (answer.status >= 500)
            return answer; // rolled back, not stored: the client may retry
        if (answer.isSuccess()) {
            if (Status saved = store(db, deviceId, key, requestHash, answer, context.now); !saved)
                return CommandAnswer::problem(saved.error());
            if (Status committed = tx.commit(); !committed)
                return CommandAnswer::problem(committed.error());
            ++m_applied;
            qCInfo(lcServer) << request.method.c_str() << request.path.c_str() << "applied," << answer.status
                             << "device" << deviceId;
            return answer;
        }
        if (answer.keepEffects) { // refused, but what it counted must stand (see CommandAnswer)
            if (Status saved = store(db, deviceId, key, requestHash, answer, context.now); !saved)
                return CommandAnswer::problem(saved.error());
            if (Status committed = tx.commit(); !committed)
                return CommandAnswer::problem(committed.error());
            return answer;
        }
        tx.rollback(); // a refused command leaves nothing behind but its stored answer
    }

    Transaction tx(db, Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return CommandAnswer::problem(begun.error());
    if (Status saved = store(db, deviceId, key, requestHash, answer, m_clock.nowUtc()); !saved)
        return CommandAnswer::problem(saved.error());
    if (Status committed = tx.commit(); !committed)
        return CommandAnswer::problem(committed.error());
    return answer;
}

Status CommandRunner::store(const QSqlDatabase& db, const QString& deviceId, const QString& key,
                            const QString& requestHash, const CommandAnswer& answer, const QDateTime& now) {
    return IdempotencyStore(db).save(deviceId, key, {requestHash, answer}, now,
                                     now.addSecs(kKeyLifetimeSeconds));
}

void CommandRunner::purgeExpiredIfDue(const QSqlDatabase& db, const QDateTime& now) {
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 last = m_lastPurgeMs.load();
    // One thread per interval wins the exchange; the others go on without waiting for the purge.
    if (nowMs - last < kPurgeIntervalMs || !m_lastPurgeMs.compare_exchange_strong(last, nowMs))
        return;
    Transaction tx(db, Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return;
    const Result<int> purged = IdempotencyStore(db).purgeExpired(now);
    if (purged && tx.commit() && purged.value() > 0)
        qCInfo(lcServer) << "purged" << purged.value() << "expired idempotency keys";
}
