#pragma once

#include "OutboxEntry.h"
#include "Result.h"

#include <QSet>
#include <QSqlDatabase>

// Consent changes made at the counter stay visible until the server has them: whenever the server's
// view of a customer lands in the cache (a feed page, a command's answer), the consent.set rows
// still waiting in the outbox (pending, sending, failed, conflict) are put back on top, oldest first.
namespace WaitingConsents {

// For each of customerIds, re-applies its waiting consent changes with an outbox id above afterId.
Status overlay(QSqlDatabase db, const QSet<QString>& customerIds, qint64 afterId = 0);

bool isWaiting(const OutboxEntry& entry);

} // namespace WaitingConsents
