#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// One row of the outbox: a command to send, where it stands, and what the server last said.
struct OutboxEntry {
    qint64 id = 0;
    QString idempotencyKey;
    QString entity; // "customer"
    QString entityId;
    QString command; // "note.add", "consent.set"
    QByteArray method;
    QString path; // percent-encoded, below the base URL, e.g. "/v1/customers/c1/notes"
    QByteArray payload;
    std::optional<qint64> ifMatch; // the version the change is based on
    QString staffId;
    QString localRef; // JSON the client keeps for itself (undo data); never sent
    QString state;
    int attempts = 0;
    QDateTime nextAttemptUtc; // invalid: at once
    QString lastErrorCode;
    QString lastErrorDetail;
    int serverStatus = 0;
    QByteArray serverBody;
    QDateTime createdUtc;
    QDateTime updatedUtc;
};

// What a caller hands to OutboxRepository::enqueue().
struct OutboxCommand {
    QString entity;
    QString entityId;
    QString command;
    QByteArray method;
    QString path;
    QByteArray payload;
    std::optional<qint64> ifMatch;
    QString staffId;
    QString localRef;
};

// How many rows are in each state.
struct OutboxCounts {
    qint64 pending = 0; // pending + sending + failed: changes the server has not taken yet
    qint64 failed = 0;  // of those, waiting for a retry after an error
    qint64 conflicts = 0;
    qint64 quarantined = 0;
    qint64 done = 0;
    qint64 discarded = 0;
};

namespace OutboxState {
inline constexpr QStringView kPending = u"pending";
inline constexpr QStringView kSending = u"sending";
inline constexpr QStringView kFailed = u"failed";
inline constexpr QStringView kConflict = u"conflict";
inline constexpr QStringView kQuarantined = u"quarantined";
inline constexpr QStringView kDone = u"done";
inline constexpr QStringView kDiscarded = u"discarded";
} // namespace OutboxState

namespace OutboxCommandName {
inline constexpr QStringView kNoteAdd = u"note.add";
inline constexpr QStringView kConsentSet = u"consent.set";
inline constexpr QStringView kReturnCreate = u"return.create";
inline constexpr QStringView kCartPut = u"cart.put";
inline constexpr QStringView kPickupReady = u"pickup.ready";
inline constexpr QStringView kPickupNotify = u"pickup.notify";
inline constexpr QStringView kPickupHandover = u"pickup.handover";
inline constexpr QStringView kPickupReturnToStock = u"pickup.return_to_stock";
} // namespace OutboxCommandName

// Error codes of the outbox and of local changes (the GUI maps them to text).
namespace OutboxError {
inline constexpr QStringView kNotFound = u"outbox.not_found";
inline constexpr QStringView kWrongState = u"outbox.wrong_state"; // e.g. retry of a row already done
inline constexpr QStringView kReasonRequired = u"outbox.reason_required";
inline constexpr QStringView kCustomerUnknown = u"local.customer_unknown";
inline constexpr QStringView kNoteEmpty = u"local.note_empty";
inline constexpr QStringView kNoteTooLong = u"local.note_too_long";
inline constexpr QStringView kPurposeUnknown = u"local.purpose_unknown";
inline constexpr QStringView kOrderUnknown = u"local.order_unknown";
inline constexpr QStringView kReturnQuantity = u"local.return_quantity_exceeded";
inline constexpr QStringView kReturnEmpty = u"local.return_empty";
inline constexpr QStringView kProductUnknown = u"local.product_unknown";
inline constexpr QStringView kQuantityInvalid = u"local.quantity_invalid";
inline constexpr QStringView kCartUnknown = u"local.cart_unknown";
inline constexpr QStringView kCartLineUnknown = u"local.cart_line_unknown";
inline constexpr QStringView kCartConflict = u"local.cart_conflict"; // resolve the 412 first
inline constexpr QStringView kCartNoConflict = u"local.cart_no_conflict";
inline constexpr QStringView kCartServerVersionMissing = u"local.cart_server_version_missing"; // pull first
inline constexpr QStringView kPickupUnknown = u"local.pickup_unknown";
inline constexpr QStringView kPickupBlocked = u"local.pickup_code_blocked"; // too many wrong codes
// The return rules do not take back pieces refused at pickup (never expected: they always do).
inline constexpr QStringView kRefusalNotReturnable = u"local.refusal_not_returnable";
inline constexpr QStringView kNoContact = u"no_contact_channel"; // the API's code, decided offline
} // namespace OutboxError
