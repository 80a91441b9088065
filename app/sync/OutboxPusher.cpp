#include "OutboxPusher.h"

#include "CartChanges.h"
#include "CustomerJson.h"
#include "CustomerRepository.h"
#include "NoteJson.h"
#include "NoteRepository.h"
#include "OutboxRepository.h"
#include "PickupActions.h"
#include "ProblemDetails.h"
#include "ReturnBooking.h"
#include "SyncLog.h"
#include "WaitingConsents.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const auto kRequestInProgress = u"request_in_progress"_s;

Result<QJsonObject> answerObject(const HttpResponse& response) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::kApiBadResponse,
                         u"command answer is not a JSON object (%1 bytes)"_s.arg(response.body.size()),
                         response.status);
    return doc.object();
}

// The error kept with the row: the problem's own code ("version_mismatch") where there is one.
Error rowError(const HttpResponse& response) {
    Error error = ProblemDetails::toError(response);
    if (const QString code = ProblemDetails::problemCode(response); !code.isEmpty())
        error.code = code;
    return error;
}

} // namespace

OutboxPusher::OutboxPusher(Database& database, ApiClient& api, const Clock& clock, Backoff& backoff)
    : m_database(database)
    , m_api(api)
    , m_clock(clock)
    , m_backoff(backoff) {}

Result<PushReport> OutboxPusher::push(const std::atomic_bool* cancel, int maxRequests) {
    OutboxRepository outbox(m_database.sql(), m_clock);
    if (Result<int> reset = outbox.resetInterrupted(); !reset)
        return reset.error();

    PushReport report;
    QSet<qint64> tried; // a row is sent at most once per run, whatever its backoff says
    while (report.sent < maxRequests) {
        if (cancel && cancel->load()) {
            report.stoppedBy = makeError(ErrorCode::kSyncCancelled, u"push cancelled"_s);
            break;
        }
        Result<QList<OutboxEntry>> ready = outbox.ready(int(tried.size()) + 1);
        if (!ready)
            return ready.error();
        const OutboxEntry* row = nullptr;
        for (const OutboxEntry& candidate : ready.value()) {
            if (!tried.contains(candidate.id)) {
                row = &candidate;
                break;
            }
        }
        if (!row)
            break;
        tried.insert(row->id);

        // Committed before the request: a crash from here on leaves a 'sending' row that the next run
        // sends again under the same key.
        if (Status s = outbox.markSending(row->id); !s)
            return s.error();
        ++report.sent;
        const Result<HttpResponse> response = m_api.sendCommand(
            row->method, row->path, row->payload, row->idempotencyKey, row->ifMatch, row->staffId);
        Result<Next> next = handle(*row, response, report);
        if (!next)
            return next.error();
        if (next.value() == Next::Stop)
            break;
    }
    qCInfo(lcSync) << "push: sent" << report.sent << "done" << report.done << "failed" << report.failed
                   << "conflicts" << report.conflicts << "quarantined" << report.quarantined
                   << (report.stoppedBy.code.isEmpty() ? QString() : u"stopped: "_s + report.stoppedBy.code);
    return report;
}

Status OutboxPusher::retryLater(const OutboxEntry& row, Error error, std::optional<int> retryAfter,
                                PushReport& report) {
    const QDateTime next = m_backoff.nextAttempt(m_clock.nowUtc(), row.attempts + 1, retryAfter);
    ++report.failed;
    qCInfo(lcSync) << "outbox row" << row.id << "failed:" << error.code << "status" << error.httpStatus
                   << "next attempt in" << m_clock.nowUtc().msecsTo(next) << "ms";
    return OutboxRepository(m_database.sql(), m_clock).markFailed(row.id, error, next);
}

Result<OutboxPusher::Next> OutboxPusher::handle(const OutboxEntry& row, const Result<HttpResponse>& response,
                                                PushReport& report) {
    OutboxRepository outbox(m_database.sql(), m_clock);
    if (!response) {
        report.stoppedBy = response.error();
        if (Status s = retryLater(row, response.error(), std::nullopt, report); !s)
            return s.error();
        return Next::Stop;
    }
    const HttpResponse& answer = response.value();
    const int status = answer.status;
    const std::optional<int> retryAfter = ProblemDetails::retryAfterSeconds(answer, m_clock.nowUtc());

    if (status >= 200 && status <= 299) {
        const Status applied = m_database.transaction([&]() -> Status {
            if (Status s = applyAnswer(row, answer); !s)
                return s;
            return outbox.markDone(row.id, status, answer.body);
        });
        if (applied) {
            ++report.done;
            qCDebug(lcSync) << "outbox row" << row.id << "done, status" << status;
            return Next::Continue;
        }
        // The server has the change but its answer is unusable: asking again under the same key
        // brings the stored answer back, so this is retried, not lost.
        if (applied.error().code != ErrorCode::kApiBadResponse)
            return applied.error();
        if (Status s = retryLater(row, applied.error(), retryAfter, report); !s)
            return s.error();
        return Next::Continue;
    }

    const Error error = rowError(answer);
    if (status == 401) {
        report.reauthNeeded = true;
        report.stoppedBy = makeError(ErrorCode::kApiUnauthorized, error.detail, status);
        if (Status s = outbox.markPending(row.id); !s)
            return s.error();
        qCWarning(lcSync) << "push stopped: the device token was refused; enroll again";
        return Next::Stop;
    }
    if (status == 429 || (status >= 500 && status <= 599) ||
        (status == 409 && error.code == kRequestInProgress) || status < 200 ||
        (status >= 300 && status < 400)) {
        if (Status s = retryLater(row, error, retryAfter, report); !s)
            return s.error();
        if (status == 429 || status == 503) {
            report.stoppedBy = error;
            return Next::Stop;
        }
        return Next::Continue;
    }
    // 423: the server blocked the pickup code after too many wrong ones; sending again cannot help
    // (the key replays the refusal), a person decides: identity document, or retry after the block.
    if (status == 409 || status == 412 || status == 422 || status == 423) {
        ++report.conflicts;
        qCInfo(lcSync) << "outbox row" << row.id << "conflict:" << error.code << "status" << status;
        if (Status s = outbox.markConflict(row.id, error, answer.body); !s)
            return s.error();
        return Next::Continue;
    }
    ++report.quarantined;
    qCWarning(lcSync) << "outbox row" << row.id << "quarantined:" << error.code << "status" << status;
    if (Status s = outbox.markQuarantined(row.id, error, answer.body); !s)
        return s.error();
    return Next::Continue;
}

Status OutboxPusher::applyAnswer(const OutboxEntry& row, const HttpResponse& response) {
    const Result<QJsonObject> object = answerObject(response);
    if (!object)
        return object.error();

    if (row.command == OutboxCommandName::kNoteAdd) {
        const Result<Note> note = NoteJson::fromJson(object.value());
        if (!note)
            return note.error();
        return NoteRepository(m_database.sql()).replaceLocal(row.idempotencyKey, note.value());
    }

    if (row.command == OutboxCommandName::kReturnCreate)
        return ReturnBooking::applyAnswer(m_database.sql(), object.value());
    if (row.command == OutboxCommandName::kCartPut)
        return CartChanges::applyAnswer(m_database.sql(), row, object.value(), m_clock);
    if (PickupActions::isPickupCommand(row.command))
        return PickupActions::applyAnswer(m_database.sql(), row, object.value(), m_clock);

    if (row.command == OutboxCommandName::kConsentSet) {
        const Result<Customer> answered = CustomerJson::fromJson(object.value());
        if (!answered)
            return answered.error();
        CustomerRepository customers(m_database.sql());
        // A replayed answer may be older than what a pull has brought meanwhile; never go back.
        const std::optional<Customer> cached = customers.find(answered->id);
        if (!cached || cached->version <= answered->version) {
            if (Status s = customers.upsert({answered.value()}); !s)
                return s;
        }
        OutboxRepository outbox(m_database.sql(), m_clock);
        if (row.ifMatch) {
            if (Status s =
                    outbox.rebaseIfMatch(row.entity, row.entityId, row.id, *row.ifMatch, answered->version);
                !s)
                return s;
        }
        // The answer carries the server's view of every consent; later local changes still waiting in
        // the outbox stay visible on top of it.
        if (Status s = WaitingConsents::overlay(m_database.sql(), {row.entityId}, row.id); !s)
            return s;
        return {};
    }
    // Rows of a command this build does not know cannot have been written by it.
    return makeError(ErrorCode::kStoreQuery, u"outbox row %1 has an unknown command"_s.arg(row.id));
}
