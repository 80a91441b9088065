#pragma once

#include "ApiClient.h"
#include "Backoff.h"
#include "Clock.h"
#include "Database.h"
#include "OutboxEntry.h"

#include <QSet>

#include <atomic>

// What one push run did.
struct PushReport {
    int sent = 0; // requests made
    int done = 0;
    int failed = 0; // to be retried after a backoff
    int conflicts = 0;
    int quarantined = 0;
    bool reauthNeeded = false; // 401: the device must enroll again; its rows stay pending
    Error stoppedBy;           // why the run ended before the ready rows ran out; empty code otherwise
};

// Sends the outbox, oldest ready row first (OutboxRepository's order rule), and applies each
// server answer to the cache in the same transaction that marks the row done.
//
// Crash safety: a row is marked 'sending' (committed) before its request goes out, and 'sending' rows
// go back to 'pending' at the start of every run. A row whose answer was lost is thus sent again with
// the same Idempotency-Key, and the server answers it with its first answer instead of a second effect.
//
// Outcomes: 2xx → done; network error, 5xx, 429, 409 request_in_progress, a 2xx that is not the
// expected JSON → failed, retried after Backoff (at least Retry-After); 409/412/422/423 → conflict (the
// problem's code, detail and body kept); 401 → the run stops, rows stay pending; any other 4xx (404
// customer_not_found, 400, 403, 413, 428) → quarantined. A network error, 429 or 503 ends the run: the
// server is away or asked for a pause, and the other rows would only meet the same.
class OutboxPusher {
public:
    OutboxPusher(Database& database, ApiClient& api, const Clock& clock, Backoff& backoff);

    Result<PushReport> push(const std::atomic_bool* cancel = nullptr, int maxRequests = 1000);

private:
    enum class Next { Continue, Stop };
    Result<Next> handle(const OutboxEntry& row, const Result<HttpResponse>& response, PushReport& report);
    Status applyAnswer(const OutboxEntry& row, const HttpResponse& response);
    Status retryLater(const OutboxEntry& row, Error error, std::optional<int> retryAfter, PushReport& report);

    Database& m_database;
    ApiClient& m_api;
    const Clock& m_clock;
    Backoff& m_backoff;
};
