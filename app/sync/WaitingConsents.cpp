#include "WaitingConsents.h"

#include "CustomerRepository.h"
#include "OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool WaitingConsents::isWaiting(const OutboxEntry& entry) {
    return entry.command == OutboxCommandName::kConsentSet &&
           (entry.state == OutboxState::kPending || entry.state == OutboxState::kSending ||
            entry.state == OutboxState::kFailed || entry.state == OutboxState::kConflict);
}

Status WaitingConsents::overlay(QSqlDatabase db, const QSet<QString>& customerIds, qint64 afterId) {
    if (customerIds.isEmpty())
        return {};
    const Result<QList<OutboxEntry>> rows =
        OutboxRepository(db).list({OutboxState::kPending.toString(), OutboxState::kSending.toString(),
                                   OutboxState::kFailed.toString(), OutboxState::kConflict.toString()});
    if (!rows)
        return rows.error();
    QList<OutboxEntry> waiting;
    for (const OutboxEntry& row : rows.value()) {
        if (row.id > afterId && isWaiting(row) && customerIds.contains(row.entityId))
            waiting.append(row);
    }
    std::sort(waiting.begin(), waiting.end(),
              [](const OutboxEntry& a, const OutboxEntry& b) { return a.id < b.id; });
    CustomerRepository customers(db);
    for (const OutboxEntry& row : waiting) {
        const QString purpose =
            QJsonDocument::fromJson(row.localRef.toUtf8()).object().value(u"purpose").toString();
        const bool granted = QJsonDocument::fromJson(row.payload).object().value(u"granted").toBool();
        if (Status s =
                customers.setConsent(row.entityId, Consent{purpose, granted, row.createdUtc, u"store"_s});
            !s)
            return s;
    }
    return {};
}
