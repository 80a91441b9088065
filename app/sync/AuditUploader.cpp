#include "AuditUploader.h"

#include "AuditJson.h"
#include "AuditLog.h"
#include "ProblemDetails.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

AuditUploader::AuditUploader(Database& database, ApiClient& api, const Clock& clock, Backoff& backoff,
                             RetryState& retry)
    : m_database(database)
    , m_api(api)
    , m_clock(clock)
    , m_backoff(backoff)
    , m_retry(retry) {}

void AuditUploader::retryLater(const Error& error, std::optional<int> retryAfter, AuditUploadReport& report) {
    ++m_retry.attempts;
    m_retry.notBeforeUtc = m_backoff.nextAttempt(m_clock.nowUtc(), m_retry.attempts, retryAfter);
    report.stoppedBy = error;
    qCInfo(lcSync) << "audit upload failed:" << error.code << "status" << error.httpStatus
                   << "next attempt in" << m_clock.nowUtc().msecsTo(m_retry.notBeforeUtc) << "ms";
}

namespace {

// The server refused the batch for what is in it (not for who sent it, or when): one of its entries
// will never be taken as it is, so resending the same batch would block every later entry for good.
bool refusedForContent(int status) {
    return status == 400 || status == 413 || status == 422;
}

} // namespace

Result<AuditUploadReport> AuditUploader::upload(const std::atomic_bool* cancel, int maxBatches) {
    AuditUploadReport report;
    if (m_retry.notBeforeUtc.isValid() && m_clock.nowUtc() < m_retry.notBeforeUtc) {
        report.waiting = true;
        return report;
    }
    AuditLog log(m_database.sql());
    // Halved after a refusal until the refused entry is alone in its batch; back to full after it.
    int batchSize = kBatchSize;
    for (int batch = 0; batch < maxBatches; ++batch) {
        if (cancel && cancel->load()) {
            report.stoppedBy = makeError(ErrorCode::kSyncCancelled, u"audit upload cancelled"_s);
            break;
        }
        const Result<QList<AuditEntry>> entries = log.unsynced(batchSize);
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            break;
        const QByteArray body =
            QJsonDocument(AuditJson::batch(entries.value())).toJson(QJsonDocument::Compact);
        const Result<HttpResponse> response = m_api.uploadAudit(body);
        if (!response) {
            retryLater(response.error(), std::nullopt, report);
            break;
        }
        const int status = response->status;
        if (status == 401) {
            report.reauthNeeded = true;
            report.stoppedBy = ProblemDetails::toError(response.value());
            break;
        }
        if (refusedForContent(status) && entries->size() > 1) {
            batchSize = int(entries->size()) / 2; // narrow down to the entry the server refuses
            continue;
        }
        if (refusedForContent(status)) {
            // That one entry stays unsent (and listed by the day-close check); later ones go on.
            const QString code = ProblemDetails::problemCode(response.value());
            qCWarning(lcSync) << "the server refused audit entry" << entries->first().id << ":" << code
                              << "status" << status;
            const qint64 id = entries->first().id;
            const Status marked = m_database.transaction(
                [&]() -> Status { return log.markRefused(id, code, status, m_clock.nowUtc()); });
            if (!marked)
                return marked.error();
            ++report.refused;
            batchSize = kBatchSize;
            continue;
        }
        if (status < 200 || status > 299) {
            // 5xx, 429, 404, 403 …: the entries stay unsent and are tried again later.
            if (status < 500 && status != 429)
                qCWarning(lcSync) << "the server did not take an audit batch:"
                                  << ProblemDetails::problemCode(response.value()) << "status" << status;
            retryLater(ProblemDetails::toError(response.value()),
                       ProblemDetails::retryAfterSeconds(response.value(), m_clock.nowUtc()), report);
            break;
        }
        const QJsonObject answer = QJsonDocument::fromJson(response->body).object();
        if (!answer.value(u"stored").isDouble() || !answer.value(u"already_stored").isDouble()) {
            retryLater(makeError(ErrorCode::kApiBadResponse, u"audit answer without stored counts"_s, status),
                       std::nullopt, report);
            break;
        }
        QList<qint64> ids;
        for (const AuditEntry& entry : entries.value())
            ids.append(entry.id);
        const Status marked = m_database.transaction([&]() -> Status { return log.markSynced(ids); });
        if (!marked)
            return marked.error();
        m_retry = {};
        report.uploaded += int(ids.size());
        report.newOnServer += answer.value(u"stored").toInt();
    }
    if (report.uploaded > 0)
        qCInfo(lcSync) << "audit upload:" << report.uploaded << "entries sent," << report.newOnServer
                       << "new on the server";
    return report;
}
