#pragma once

#include "ApiClient.h"
#include "Backoff.h"
#include "Clock.h"
#include "Database.h"

#include <QDateTime>

#include <atomic>

// What one upload run did.
struct AuditUploadReport {
    int uploaded = 0;     // entries the server has now (new there or already there)
    int newOnServer = 0;  // of those, new to the server
    int refused = 0;      // entries the server refused (400/413/422 for that entry alone); kept unsent
    bool waiting = false; // skipped: the backoff after an earlier failure has not run out
    bool reauthNeeded = false;
    Error stoppedBy; // why the run ended before the unsent entries ran out; empty code otherwise
};

// Hands the local audit trail to the server (POST /v1/audit), oldest entry first, in batches.
// An entry is marked sent (audit_log.synced, in one transaction per batch) only after the server
// answered 2xx, and the server ignores an entry it already has (device + entry UUID): an answer lost
// on the way, or a crash before the mark, makes the next run send the batch again without doubling
// anything. Failures wait with the outbox's full-jitter backoff (at least Retry-After); the entries
// stay unsent and the day-close check lists them. When the server refuses a batch for its content
// (400/413/422), the batch is halved until the refused entry is alone; that entry is marked refused
// (AuditLog::markRefused, with the problem code), stays unsent and listed, and later entries go on.
class AuditUploader {
public:
    // Failed attempts in a row and when the next may run; kept by the caller between runs.
    struct RetryState {
        int attempts = 0;
        QDateTime notBeforeUtc;
    };

    static constexpr int kBatchSize = 100;

    AuditUploader(Database& database, ApiClient& api, const Clock& clock, Backoff& backoff,
                  RetryState& retry);

    Result<AuditUploadReport> upload(const std::atomic_bool* cancel = nullptr, int maxBatches = 100);

private:
    void retryLater(const Error& error, std::optional<int> retryAfter, AuditUploadReport& report);

    Database& m_database;
    ApiClient& m_api;
    const Clock& m_clock;
    Backoff& m_backoff;
    RetryState& m_retry;
};
