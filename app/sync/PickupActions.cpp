#include "PickupActions.h"

#include <QSqlQuery>

#include "CustomerRepository.h"
#include "OutboxRepository.h"
#include "PickProgressRepository.h"
#include "PickupCode.h"
#include "PickupJson.h"
#include "PickupRepository.h"
#include "SignInAttemptRepository.h"
#include "SignInThrottle.h"
#include "SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const auto kEntityPickup = u"pickup"_s;

QList<PickupLineQuantity> quantities(const QList<PickupLine>& lines) {
    QList<PickupLineQuantity> result;
    for (const PickupLine& line : lines)
        result.append({line.lineId, line.quantity});
    return result;
}

QString methodWireName(IdentityMethod method) {
    switch (method) {
    case IdentityMethod::PickupCode:
        return u"pickup_code"_s;
    case IdentityMethod::IdentityDocument:
        return u"identity_document"_s;
    case IdentityMethod::KnownCustomer:
        return u"known_customer"_s;
    }
    return {};
}

Error unknownPickup(const QString& pickupId) {
    return makeError(OutboxError::kPickupUnknown, u"pickup %1 is not in the cache"_s.arg(pickupId));
}

Error blocked(const QDateTime& until) {
    return makeError(OutboxError::kPickupBlocked,
                     u"too many wrong codes; blocked until %1"_s.arg(until.toString(Qt::ISODate)), 429);
}

} // namespace

PickupActions::PickupActions(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

bool PickupActions::isPickupCommand(const QString& command) {
    return command == OutboxCommandName::kPickupReady || command == OutboxCommandName::kPickupNotify ||
           command == OutboxCommandName::kPickupHandover ||
           command == OutboxCommandName::kPickupReturnToStock;
}

Result<OutboxEntry> PickupActions::change(const QString& pickupId, const QString& command,
                                          const QString& action, const QJsonObject& body,
                                          const QString& staffId,
                                          const std::function<Status(Pickup&)>& apply) {
    std::optional<OutboxEntry> written;
    const Status status = m_database.transaction([&]() -> Status {
        PickupRepository pickups(m_database.sql());
        const std::optional<Pickup> cached = pickups.find(pickupId);
        if (!cached)
            return unknownPickup(pickupId);
        Pickup changed = *cached;
        if (Status s = apply(changed); !s)
            return s;
        changed.updatedAt = m_clock.nowUtc();

        OutboxCommand row;
        row.entity = kEntityPickup;
        row.entityId = pickupId;
        row.command = command;
        row.method = QByteArrayLiteral("POST");
        row.path = u"/v1/pickups/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(pickupId)), action);
        row.payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        row.ifMatch = cached->version;
        row.staffId = staffId;
        row.localRef =
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"previous"_s, PickupJson::toJson(*cached)},
                                                        {u"after"_s, PickupJson::toJson(changed)}})
                                  .toJson(QJsonDocument::Compact));
        Result<OutboxEntry> entry = OutboxRepository(m_database.sql(), m_clock).enqueue(row);
        if (!entry)
            return entry.error();
        // Same version: the repository replaces a row by one of the same or a newer version.
        if (Status s = pickups.upsert({changed}); !s)
            return s;
        written = std::move(entry).value();
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << command << "queued for pickup" << pickupId << "outbox row" << written->id;
    return *written;
}

Result<OutboxEntry> PickupActions::ready(const QString& pickupId, const QString& shelf,
                                         const QString& staffId,
                                         const QList<UnavailablePieces>& unavailable) {
    const QString place = shelf.trimmed();
    QJsonObject body{{u"shelf"_s, place}};
    if (!unavailable.isEmpty()) {
        QJsonArray pieces;
        for (const UnavailablePieces& item : unavailable)
            pieces.append(QJsonObject{
                {u"line_id"_s, item.lineId}, {u"quantity"_s, item.quantity}, {u"reason"_s, item.reason}});
        body.insert(u"unavailable"_s, pieces);
    }
    return change(pickupId, OutboxCommandName::kPickupReady.toString(), u"ready"_s, body, staffId,
                  [&](Pickup& pickup) -> Status {
                      if (Status s = PickupRules::checkReady(pickup.state, place); !s)
                          return s;
                      if (Status s = PickupRules::checkUnavailable(pickup.state, pickup.lines, unavailable);
                          !s)
                          return s;
                      if (pickup.state == PickupState::AwaitingStock) {
                          // Prepared: the pick list has done its work, its result is in the command.
                          if (Status s = PickProgressRepository(m_database.sql()).remove(pickup.id); !s)
                              return s;
                      }
                      pickup.lines = PickupRules::withUnavailable(pickup.lines, unavailable);
                      if (pickup.state == PickupState::AwaitingStock || !pickup.deadline.isValid())
                          pickup.deadline = m_clock.nowUtc().addDays(kCollectDays);
                      pickup.state = PickupState::Ready;
                      pickup.shelf = place;
                      return {};
                  });
}

Result<OutboxEntry> PickupActions::notify(const QString& pickupId, const QString& channel,
                                          const QString& staffId) {
    if (channel != u"email" && channel != u"sms")
        return makeError(u"invalid_value", u"channel must be email or sms"_s, 422);
    return change(pickupId, OutboxCommandName::kPickupNotify.toString(), u"notify"_s,
                  QJsonObject{{u"channel"_s, channel}, {u"template"_s, u"ready"_s}}, staffId,
                  [&](Pickup& pickup) -> Status {
                      if (Status s = PickupRules::checkNotify(pickup.state); !s)
                          return s;
                      // As the server decides: a service message needs an address, not a consent.
                      if (!pickup.customerId.isEmpty()) {
                          if (const std::optional<Customer> customer =
                                  CustomerRepository(m_database.sql()).find(pickup.customerId)) {
                              const QString address = channel == u"email" ? customer->email : customer->phone;
                              if (address.trimmed().isEmpty())
                                  return makeError(OutboxError::kNoContact,
                                                   u"the customer has no %1 address"_s.arg(channel), 422);
                          }
                      }
                      pickup.notifications.append({channel, u"ready"_s, m_clock.nowUtc(), staffId});
                      return {};
                  });
}

QDateTime PickupActions::blockedUntil(const QString& pickupId) const {
    SignInAttemptRepository store(m_database.sql());
    return SignInThrottle(m_clock, store).lockedUntil(throttleKey(pickupId));
}

int PickupActions::attemptsLeft(const QString& pickupId) const {
    SignInAttemptRepository store(m_database.sql());
    return SignInThrottle(m_clock, store).attemptsLeft(throttleKey(pickupId));
}

Status PickupActions::verifyCode(const QString& pickupId, const QString& code) {
    const Result<QString> descriptor = codeToCheck(pickupId);
    if (!descriptor)
        return descriptor.error();
    return recordCodeCheck(pickupId, PickupCode::matches(code, descriptor.value()));
}

Result<QString> PickupActions::codeToCheck(const QString& pickupId) const {
    if (const QDateTime until = blockedUntil(pickupId); until.isValid())
        return blocked(until);
    const std::optional<Pickup> pickup = PickupRepository(m_database.sql()).find(pickupId);
    if (!pickup)
        return unknownPickup(pickupId);
    return pickup->pickupCodeHash;
}

Status PickupActions::recordCodeCheck(const QString& pickupId, bool matches) {
    SignInAttemptRepository store(m_database.sql());
    SignInThrottle throttle(m_clock, store);
    const QString key = throttleKey(pickupId);
    // A block another check started while this one was hashing holds for a right code too.
    if (const QDateTime until = throttle.lockedUntil(key); until.isValid())
        return blocked(until);
    if (!matches) {
        const QDateTime until = throttle.recordFailure(key);
        qCInfo(lcSync) << "wrong pickup code for pickup" << pickupId;
        if (until.isValid())
            return blocked(until);
        return makeError(u"pickup_code_invalid", u"the pickup code does not match"_s, 422);
    }
    throttle.recordSuccess(key);
    return {};
}

Result<OutboxEntry> PickupActions::handover(const QString& pickupId, const HandoverInput& input,
                                            const QString& staffId) {
    if (staffId.isEmpty()) // the handover records who handed over; the server refuses it without
        return makeError(u"auth.not_signed_in", u"a handover needs the signed-in staff member"_s);
    const QString code = PickupCode::normalise(input.code);
    if (input.method == IdentityMethod::PickupCode && !input.codeVerified) {
        if (Status s = verifyCode(pickupId, code); !s)
            return s.error();
    }
    QJsonObject check{{u"method"_s, methodWireName(input.method)}};
    if (input.method == IdentityMethod::IdentityDocument && !input.documentType.isEmpty())
        check.insert(u"document_type"_s, input.documentType);
    const Recipient recipient{input.toAuthorisedPerson ? u"authorised_person"_s : u"customer"_s,
                              input.recipientName.simplified()};
    QJsonObject body{{u"lines"_s, PickupJson::linesToJson(input.lines)},
                     {u"recipient"_s, QJsonObject{{u"type"_s, recipient.type}, {u"name"_s, recipient.name}}},
                     {u"identity_check"_s, check}};
    if (!input.refusedLines.isEmpty())
        body.insert(u"refused_lines"_s, PickupJson::linesToJson(input.refusedLines));
    if (input.method == IdentityMethod::PickupCode)
        body.insert(u"pickup_code"_s, code);

    return change(pickupId, OutboxCommandName::kPickupHandover.toString(), u"handover"_s, body, staffId,
                  [&](Pickup& pickup) -> Status {
                      PickupRules::HandoverRequest request;
                      request.lines = quantities(input.lines);
                      request.refused = quantities(input.refusedLines);
                      request.toAuthorisedPerson = input.toAuthorisedPerson;
                      request.recipientName = recipient.name;
                      request.method = input.method;
                      request.pickupCodeMatches =
                          input.method == IdentityMethod::PickupCode; // verified above
                      request.documentTypeGiven = !input.documentType.isEmpty();
                      QStringList persons;
                      for (const AuthorisedPerson& person : pickup.authorisedPersons)
                          persons.append(person.name);
                      const Result<PickupState> next =
                          PickupRules::checkHandover(pickup.state, PickupRules::ordered(pickup),
                                                     PickupRules::settled(pickup), persons, request);
                      if (!next)
                          return next.error();
                      Handover handover;
                      handover.at = m_clock.nowUtc();
                      handover.staffId = staffId;
                      handover.recipient = recipient;
                      handover.identityCheck = {
                          methodWireName(input.method),
                          input.method == IdentityMethod::IdentityDocument ? input.documentType : QString()};
                      handover.lines = input.lines;
                      handover.refusedLines = input.refusedLines;
                      pickup.handovers.append(handover);
                      pickup.state = next.value();
                      return {};
                  });
}

Result<OutboxEntry> PickupActions::returnToStock(const QString& pickupId,
                                                 PickupRules::ReturnToStockReason reason,
                                                 const QString& staffId) {
    const QString wire = reason == PickupRules::ReturnToStockReason::NotCollected
                             ? u"not_collected"_s
                             : u"cancelled_by_customer"_s;
    return change(pickupId, OutboxCommandName::kPickupReturnToStock.toString(), u"return-to-stock"_s,
                  QJsonObject{{u"reason"_s, wire}}, staffId, [&](Pickup& pickup) -> Status {
                      if (Status s = PickupRules::checkReturnToStock(pickup.state, reason, pickup.deadline,
                                                                     m_clock.nowUtc());
                          !s)
                          return s;
                      pickup.state = pickup.state == PickupState::AwaitingStock
                                         ? PickupState::Cancelled
                                         : PickupState::ReturnedToStock;
                      return {};
                  });
}

Status PickupActions::applyAnswer(QSqlDatabase db, const OutboxEntry& row, const QJsonObject& answer,
                                  const Clock& clock) {
    const Result<Pickup> answered = PickupJson::fromJson(answer);
    if (!answered)
        return answered.error();
    if (Status s = PickupRepository(db).upsert({answered.value()}); !s)
        return s;
    // The server has the handover: the customer's code need not stay in the outbox any longer.
    if (row.command == OutboxCommandName::kPickupHandover) {
        QSqlQuery forget(db);
        forget.prepare(u"UPDATE outbox SET payload = json_remove(payload, '$.pickup_code') WHERE id = ?"_s);
        forget.addBindValue(row.id);
        if (!forget.exec())
            return makeError(ErrorCode::kStoreQuery,
                             u"removing the pickup code from outbox row %1"_s.arg(row.id));
    }
    if (row.ifMatch) {
        if (Status s = OutboxRepository(db, clock).rebaseIfMatch(row.entity, row.entityId, row.id,
                                                                 *row.ifMatch, answered->version);
            !s)
            return s;
    }
    return overlayWaiting(db, {answered->id});
}

Status PickupActions::overlayWaiting(QSqlDatabase db, const QStringList& pickupIds) {
    PickupRepository pickups(db);
    OutboxRepository outbox(db);
    for (const QString& id : pickupIds) {
        Result<QList<OutboxEntry>> rows = outbox.forEntity(kEntityPickup, id);
        if (!rows)
            return rows.error();
        // The newest waiting row carries every earlier change of this device on top of its base.
        for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
            const bool waiting = it->state == OutboxState::kPending || it->state == OutboxState::kSending ||
                                 it->state == OutboxState::kFailed;
            // A return of refused pieces waits in the pickup's line too, but does not change it.
            if (!waiting || !isPickupCommand(it->command))
                continue;
            const std::optional<Pickup> cached = pickups.find(id);
            if (!cached || !it->ifMatch || cached->version != *it->ifMatch)
                break; // the server has moved on (or not yet reached this row's base): its view stands
            Result<Pickup> after = PickupJson::fromJson(
                QJsonDocument::fromJson(it->localRef.toUtf8()).object().value(u"after").toObject());
            if (!after)
                break; // a row written before the pickup as changed was kept
            Pickup shown = after.value();
            shown.version = cached->version; // rebased rows keep their first base in the JSON
            if (Status s = pickups.upsert({shown}); !s)
                return s;
            break;
        }
    }
    return {};
}

Status PickupActions::undo(QSqlDatabase db, const OutboxEntry& entry) {
    Result<QList<OutboxEntry>> rows = OutboxRepository(db).forEntity(entry.entity, entry.entityId);
    if (!rows)
        return rows.error();
    QString previousRef = entry.localRef;
    for (const OutboxEntry& other : rows.value()) {
        if (other.id > entry.id && other.state != OutboxState::kDiscarded &&
            other.state != OutboxState::kDone && isPickupCommand(other.command))
            return {}; // a later change still waits and was made on top of this one: it stands
    }
    // Earlier rows dropped before this one: the pickup goes back to before the first of them.
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
        if (it->id >= entry.id || !isPickupCommand(it->command))
            continue;
        if (it->state != OutboxState::kDiscarded)
            break;
        previousRef = it->localRef;
    }
    const QJsonObject previous =
        QJsonDocument::fromJson(previousRef.toUtf8()).object().value(u"previous").toObject();
    const Result<Pickup> before = PickupJson::fromJson(previous);
    if (!before)
        return before.error();
    PickupRepository pickups(db);
    const std::optional<Pickup> cached = pickups.find(before->id);
    if (cached && cached->version != before->version)
        return {}; // the server's newer version stands
    return pickups.upsert({before.value()});
}
