#include "LocalChanges.h"

#include "CartChanges.h"
#include "CustomerJson.h"
#include "CustomerRepository.h"
#include "NoteRepository.h"
#include "OutboxRepository.h"
#include "PickupActions.h"
#include "PickupRepository.h"
#include "ReturnBooking.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const auto kEntityCustomer = u"customer"_s;

QString encoded(const QString& segment) {
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

LocalChanges::LocalChanges(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<OutboxEntry> LocalChanges::addNote(const QString& customerId, const QString& text,
                                          const QString& staffId) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(OutboxError::kNoteEmpty, u"a note needs some text"_s);
    if (trimmed.size() > kMaxNoteLength)
        return makeError(OutboxError::kNoteTooLong,
                         u"a note may have at most %1 characters (this one has %2)"_s.arg(kMaxNoteLength)
                             .arg(trimmed.size()));

    std::optional<OutboxEntry> written;
    const Status status = m_database.transaction([&]() -> Status {
        if (!CustomerRepository(m_database.sql()).find(customerId))
            return makeError(OutboxError::kCustomerUnknown,
                             u"customer %1 is not in the cache"_s.arg(customerId));
        OutboxCommand command;
        command.entity = kEntityCustomer;
        command.entityId = customerId;
        command.command = OutboxCommandName::kNoteAdd.toString();
        command.method = QByteArrayLiteral("POST");
        command.path = u"/v1/customers/%1/notes"_s.arg(encoded(customerId));
        command.payload = compact(QJsonObject{{u"text"_s, trimmed}});
        command.staffId = staffId;
        Result<OutboxEntry> entry = OutboxRepository(m_database.sql(), m_clock).enqueue(command);
        if (!entry)
            return entry.error();
        Note note;
        note.localId = entry->idempotencyKey;
        note.customerId = customerId;
        note.text = trimmed;
        note.authorStaffId = staffId;
        note.createdAt = m_clock.nowUtc();
        note.pending = true;
        if (Status s = NoteRepository(m_database.sql()).insertLocal(note); !s)
            return s;
        written = std::move(entry).value();
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << "note queued, outbox row" << written->id;
    return *written;
}

Result<OutboxEntry> LocalChanges::setConsent(const QString& customerId, const QString& purpose, bool granted,
                                             const QString& staffId) {
    if (!ConsentJson::purposes().contains(purpose))
        return makeError(OutboxError::kPurposeUnknown,
                         u"unknown consent purpose; known: %1"_s.arg(ConsentJson::purposes().join(u", "_s)));

    std::optional<OutboxEntry> written;
    const Status status = m_database.transaction([&]() -> Status {
        CustomerRepository customers(m_database.sql());
        const std::optional<Customer> customer = customers.find(customerId);
        if (!customer)
            return makeError(OutboxError::kCustomerUnknown,
                             u"customer %1 is not in the cache"_s.arg(customerId));
        QJsonValue previous; // null: the purpose was not recorded
        for (const Consent& consent : customer->consents) {
            if (consent.purpose == purpose)
                previous = ConsentJson::toJson(consent);
        }
        const Consent changed{purpose, granted, m_clock.nowUtc(), kSource.toString()};
        if (Status s = customers.setConsent(customerId, changed); !s)
            return s;

        OutboxCommand command;
        command.entity = kEntityCustomer;
        command.entityId = customerId;
        command.command = OutboxCommandName::kConsentSet.toString();
        command.method = QByteArrayLiteral("PUT");
        command.path = u"/v1/customers/%1/consents/%2"_s.arg(encoded(customerId), encoded(purpose));
        command.payload = compact(QJsonObject{{u"granted"_s, granted}, {u"source"_s, kSource.toString()}});
        command.ifMatch = customer->version;
        command.staffId = staffId;
        command.localRef =
            QString::fromUtf8(compact(QJsonObject{{u"purpose"_s, purpose}, {u"previous"_s, previous}}));
        Result<OutboxEntry> entry = OutboxRepository(m_database.sql(), m_clock).enqueue(command);
        if (!entry)
            return entry.error();
        written = std::move(entry).value();
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << "consent change queued, outbox row" << written->id;
    return *written;
}

Status LocalChanges::retry(qint64 outboxId) {
    return m_database.transaction([&]() -> Status {
        OutboxRepository outbox(m_database.sql(), m_clock);
        const std::optional<OutboxEntry> row = outbox.find(outboxId);
        if (!row)
            return makeError(OutboxError::kNotFound, u"no outbox row %1"_s.arg(outboxId));
        if (row->state == OutboxState::kConflict && row->ifMatch) {
            qint64 newest = *row->ifMatch;
            if (row->entity == u"pickup") {
                if (const std::optional<Pickup> pickup =
                        PickupRepository(m_database.sql()).find(row->entityId))
                    newest = std::max(newest, pickup->version);
            } else if (const std::optional<Customer> customer =
                           CustomerRepository(m_database.sql()).find(row->entityId)) {
                newest = std::max(newest, customer->version);
            }
            const QJsonValue named =
                QJsonDocument::fromJson(row->serverBody).object().value(u"current_version");
            if (named.isDouble())
                newest = std::max(newest, named.toInteger());
            if (newest != *row->ifMatch) {
                if (Status s =
                        outbox.rebaseIfMatch(row->entity, row->entityId, row->id - 1, *row->ifMatch, newest);
                    !s)
                    return s;
            }
        }
        if (row->state == OutboxState::kConflict || row->state == OutboxState::kQuarantined) {
            const Result<QString> key = outbox.renewKey(outboxId);
            if (!key)
                return key.error();
            if (Status s = NoteRepository(m_database.sql()).renameLocal(row->idempotencyKey, key.value()); !s)
                return s;
        }
        return outbox.retry(outboxId);
    });
}

Result<QList<qint64>> LocalChanges::discard(qint64 outboxId, const QString& reason) {
    QList<qint64> dropped;
    const Status status = m_database.transaction([&]() -> Status {
        OutboxRepository outbox(m_database.sql(), m_clock);
        const std::optional<OutboxEntry> row = outbox.find(outboxId);
        if (!row)
            return makeError(OutboxError::kNotFound, u"no outbox row %1"_s.arg(outboxId));
        const Result<std::optional<OutboxEntry>> linked = linkedReturn(m_database.sql(), *row);
        if (!linked)
            return linked.error();
        if (Status s = outbox.discard(outboxId, reason); !s)
            return s;
        dropped = {outboxId};
        if (linked.value()) {
            // The return was booked on top of the handover: undone first, so the pickup comes back
            // to what it was before both.
            if (Status s = outbox.discard(linked.value()->id, reason); !s)
                return s;
            if (Status s = undo(*linked.value()); !s)
                return s;
            dropped.append(linked.value()->id);
        }
        return undo(*row);
    });
    if (!status)
        return status.error();
    if (dropped.size() > 1)
        qCInfo(lcSync) << "outbox row" << outboxId << "discarded with its refusal return, row"
                       << dropped.last();
    return dropped;
}

Result<std::optional<OutboxEntry>> LocalChanges::linkedReturn(QSqlDatabase db, const OutboxEntry& entry) {
    if (entry.command != OutboxCommandName::kPickupHandover)
        return std::optional<OutboxEntry>();
    Result<QList<OutboxEntry>> rows = OutboxRepository(db).forEntity(entry.entity, entry.entityId);
    if (!rows)
        return rows.error();
    // PickupRefusal writes the return right behind its handover, in the same transaction, on the
    // pickup's line: the next row of the pickup, if it is a return, is that handover's.
    for (const OutboxEntry& other : rows.value()) {
        if (other.id <= entry.id)
            continue;
        const bool waiting = other.state != OutboxState::kDone && other.state != OutboxState::kDiscarded;
        if (other.command == OutboxCommandName::kReturnCreate && waiting)
            return std::optional<OutboxEntry>(other);
        break;
    }
    return std::optional<OutboxEntry>();
}

Status LocalChanges::undo(const OutboxEntry& entry) {
    if (entry.command == OutboxCommandName::kNoteAdd)
        return NoteRepository(m_database.sql()).removeLocal(entry.idempotencyKey);
    if (entry.command == OutboxCommandName::kReturnCreate)
        return ReturnBooking::undo(m_database.sql(), entry);
    if (entry.command == OutboxCommandName::kCartPut)
        return CartChanges::undo(m_database.sql(), entry, m_clock);
    if (PickupActions::isPickupCommand(entry.command))
        return PickupActions::undo(m_database.sql(), entry);
    if (entry.command != OutboxCommandName::kConsentSet)
        return {};
    const QJsonObject ref = parse(entry.localRef);
    const QString purpose = ref.value(u"purpose").toString();
    // A later change of the same consent that is not dropped decides what the cache shows.
    Result<QList<OutboxEntry>> rows =
        OutboxRepository(m_database.sql(), m_clock).forEntity(entry.entity, entry.entityId);
    if (!rows)
        return rows.error();
    // What the cache showed before this change: the newest earlier change of the consent that still
    // stands, or else what was there before the first change of the chain.
    std::optional<Consent> standing;
    QJsonValue previous = ref.value(u"previous");
    bool chainStarted = false;
    for (const OutboxEntry& other : rows.value()) {
        if (other.command != OutboxCommandName::kConsentSet || other.id == entry.id)
            continue;
        const QJsonObject otherRef = parse(other.localRef);
        if (otherRef.value(u"purpose").toString() != purpose)
            continue;
        if (other.id > entry.id) {
            if (other.state != OutboxState::kDiscarded)
                return {}; // a later change that is not dropped decides what the cache shows
            continue;
        }
        if (!chainStarted) {
            previous = otherRef.value(u"previous");
            chainStarted = true;
        }
        if (other.state != OutboxState::kDiscarded) {
            const bool granted = QJsonDocument::fromJson(other.payload).object().value(u"granted").toBool();
            standing = Consent{purpose, granted, other.createdUtc, kSource.toString()};
        }
    }
    CustomerRepository customers(m_database.sql());
    if (standing)
        return customers.setConsent(entry.entityId, *standing);
    if (!previous.isObject()) {
        // Nothing was recorded before: write "not granted" rather than invent a date or source.
        return customers.setConsent(entry.entityId, Consent{purpose, false, {}, {}});
    }
    Result<Consent> consent = ConsentJson::fromJson(previous.toObject());
    if (!consent)
        return consent.error();
    return customers.setConsent(entry.entityId, consent.value());
}
