#include "OutboxModel.h"

#include <QJsonArray>

#include "CustomerRepository.h"
#include "ErrorMessages.h"
#include "Formatting.h"
#include "LocalChanges.h"
#include "OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QJsonObject jsonObject(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

// The pickup's order no. is kept in the undo data (the pickup as it was); the id is the fallback.
QString pickupOrder(const OutboxEntry& entry) {
    const QString orderNo =
        jsonObject(entry.localRef.toUtf8()).value(u"previous").toObject().value(u"order_no").toString();
    return orderNo.isEmpty() ? entry.entityId : orderNo;
}

QString pickupChange(const OutboxEntry& entry) {
    const QJsonObject payload = jsonObject(entry.payload);
    const QString order = pickupOrder(entry);
    if (entry.command == OutboxCommandName::kPickupReady)
        return OutboxModel::tr("Pickup %1 ready at shelf place %2")
            .arg(order, payload.value(u"shelf").toString());
    if (entry.command == OutboxCommandName::kPickupNotify)
        return payload.value(u"channel").toString() == u"sms"
                   ? OutboxModel::tr("Pickup %1: SMS to the customer").arg(order)
                   : OutboxModel::tr("Pickup %1: e-mail to the customer").arg(order);
    if (entry.command == OutboxCommandName::kPickupHandover) {
        int pieces = 0;
        for (const QJsonValue& line : payload.value(u"lines").toArray())
            pieces += line.toObject().value(u"quantity").toInt();
        return OutboxModel::tr("Pickup %1: %n article(s) handed over", nullptr, pieces).arg(order);
    }
    return OutboxModel::tr("Pickup %1 returned to stock").arg(order);
}

} // namespace

OutboxModel::OutboxModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_states(openStates()) {}

QStringList OutboxModel::openStates() {
    return {OutboxState::kPending.toString(), OutboxState::kSending.toString(),
            OutboxState::kFailed.toString(), OutboxState::kConflict.toString(),
            OutboxState::kQuarantined.toString()};
}

void OutboxModel::setStates(const QStringList& states) {
    m_states = states;
    reload();
}

void OutboxModel::reload() {
    beginResetModel();
    const Result<QList<OutboxEntry>> rows = OutboxRepository(m_db).list(m_states);
    m_rows = rows ? rows.value() : QList<OutboxEntry>();
    m_customerNumbers.clear();
    CustomerRepository customers(m_db);
    for (const OutboxEntry& row : std::as_const(m_rows)) {
        if (row.entity != u"customer" || m_customerNumbers.contains(row.entityId))
            continue;
        const std::optional<Customer> customer = customers.find(row.entityId);
        m_customerNumbers.insert(row.entityId, customer ? customer->customerNo : QString());
    }
    endResetModel();
}

QString OutboxModel::customerLabel(const OutboxEntry& entry) const {
    QString number = m_customerNumbers.value(entry.entityId);
    if (number.isEmpty() && !m_customerNumbers.contains(entry.entityId)) {
        // Rows handed in from elsewhere (the day-close dialog) may not have been looked up yet.
        if (const std::optional<Customer> customer = CustomerRepository(m_db).find(entry.entityId))
            number = customer->customerNo;
    }
    return number.isEmpty() ? tr("a customer no longer on this device") : tr("customer %1").arg(number);
}

QString OutboxModel::purposeName(const QString& purpose) {
    if (purpose == u"email")
        return tr("E-mail consent");
    if (purpose == u"sms")
        return tr("SMS consent");
    if (purpose == u"phone")
        return tr("Phone consent");
    if (purpose == u"personalised_offers")
        return tr("Consent to personalised offers");
    return tr("Consent (%1)").arg(purpose);
}

QString OutboxModel::noteText(const OutboxEntry& entry) {
    return jsonObject(entry.payload).value(u"text").toString();
}

QString OutboxModel::describeChange(const OutboxEntry& entry) const {
    if (entry.command == OutboxCommandName::kCartPut) {
        const QJsonObject payload = jsonObject(entry.payload);
        int pieces = 0;
        for (const QJsonValue& line : payload.value(u"lines").toArray())
            pieces += line.toObject().value(u"quantity").toInt();
        OutboxEntry owner = entry; // the cart's row names the cart; the label wants its customer
        owner.entityId = payload.value(u"customer_id").toString();
        return tr("Cart of %1 with %n article(s)", nullptr, pieces).arg(customerLabel(owner));
    }
    if (entry.command == OutboxCommandName::kNoteAdd)
        return tr("Note on %1").arg(customerLabel(entry));
    if (entry.command == OutboxCommandName::kConsentSet) {
        const QString purpose = jsonObject(entry.localRef.toUtf8()).value(u"purpose").toString();
        const bool granted = jsonObject(entry.payload).value(u"granted").toBool();
        return granted ? tr("%1: granted for %2").arg(purposeName(purpose), customerLabel(entry))
                       : tr("%1: withdrawn for %2").arg(purposeName(purpose), customerLabel(entry));
    }
    if (entry.command == OutboxCommandName::kReturnCreate) {
        const QJsonObject payload = jsonObject(entry.payload);
        int pieces = 0;
        for (const QJsonValue& line : payload.value(u"lines").toArray())
            pieces += line.toObject().value(u"quantity").toInt();
        // A return of refused pieces waits in its pickup's line: the order no. is in the payload.
        return tr("Return of %n article(s) from order %1", nullptr, pieces)
            .arg(payload.value(u"order_no").toString(entry.entityId));
    }
    if (entry.command.startsWith(u"pickup."))
        return pickupChange(entry);
    return tr("Change to %1").arg(customerLabel(entry));
}

QString OutboxModel::describeUndo(const OutboxEntry& entry) const {
    if (entry.command == OutboxCommandName::kCartPut)
        return tr("The cart goes back to what it was before this change on this device (unless a later "
                  "change of it is still waiting).");
    if (entry.command == OutboxCommandName::kNoteAdd)
        return tr("The note on %1 is removed from this device and never reaches the server:\n“%2”")
            .arg(customerLabel(entry), noteText(entry));
    if (entry.command == OutboxCommandName::kConsentSet) {
        const QJsonObject ref = jsonObject(entry.localRef.toUtf8());
        const QString purpose = purposeName(ref.value(u"purpose").toString());
        const QJsonValue previous = ref.value(u"previous");
        if (!previous.isObject())
            return tr("%1 of %2 goes back to “not recorded” on this device (unless a later change of "
                      "it is still waiting).")
                .arg(purpose, customerLabel(entry));
        return previous.toObject().value(u"granted").toBool()
                   ? tr("%1 of %2 goes back to “granted” on this device (unless a later change of it is "
                        "still waiting).")
                         .arg(purpose, customerLabel(entry))
                   : tr("%1 of %2 goes back to “withdrawn” on this device (unless a later change of it "
                        "is still waiting).")
                         .arg(purpose, customerLabel(entry));
    }
    if (entry.command == OutboxCommandName::kReturnCreate)
        return tr("The return of order %1 is removed from this device: the order's returnable quantities "
                  "and this store's stock go back to what they were. Nothing is refunded.")
            .arg(jsonObject(entry.payload).value(u"order_no").toString(entry.entityId));
    if (entry.command.startsWith(u"pickup.")) {
        QString undo = tr("%1 is removed from this device: the pickup goes back to what it was before, "
                          "unless a later change of it is still waiting. The customer is not told.")
                           .arg(pickupChange(entry));
        // Without its handover the server would refuse the return of the refused pieces.
        const Result<std::optional<OutboxEntry>> linked = LocalChanges::linkedReturn(m_db, entry);
        if (linked && linked.value())
            undo += u' ' + tr("The linked return is discarded as well; nothing is refunded.");
        return undo;
    }
    return tr("The change is dropped and never reaches the server.");
}

QString OutboxModel::describeReason(const OutboxEntry& entry) {
    // A pickup change for an order cancelled online meanwhile: say what happened and what to do now.
    if (entry.lastErrorCode == u"pickup_cancelled" && entry.command.startsWith(u"pickup.")) {
        if (entry.command == OutboxCommandName::kPickupHandover)
            return tr("Order %1 was cancelled online in the meantime, so the server did not book this "
                      "handover. Do not hand the goods over; if the customer already has them, ask for them "
                      "back. Put the articles back into stock, then choose “Take the server's” to drop "
                      "this handover.")
                .arg(pickupOrder(entry));
        return tr("Order %1 was cancelled online in the meantime, so the server did not take this change. "
                  "Take the articles off the pickup shelf and put them back into stock, then choose “Take "
                  "the server's” to drop this change.")
            .arg(pickupOrder(entry));
    }
    // A refusal Theke knows gets its own words (in the user's language); otherwise the server's
    // problem detail is the most specific reason there is; network errors have none.
    if (const QString known = ErrorMessages::problem(entry.lastErrorCode); !known.isEmpty())
        return known;
    const QString detail = jsonObject(entry.serverBody).value(u"detail").toString();
    if (!detail.isEmpty())
        return detail;
    if (entry.lastErrorCode.isEmpty())
        return {};
    return ErrorMessages::describe(Error{entry.lastErrorCode, entry.lastErrorDetail, entry.serverStatus});
}

QString OutboxModel::describeState(const OutboxEntry& entry) {
    if (entry.state == OutboxState::kPending)
        return tr("waiting");
    if (entry.state == OutboxState::kSending)
        return tr("being sent");
    if (entry.state == OutboxState::kFailed) {
        if (!entry.nextAttemptUtc.isValid())
            return tr("Error – next attempt soon");
        return tr("Error – next attempt at %1")
            .arg(QLocale().toString(entry.nextAttemptUtc.toLocalTime().time(), u"HH:mm"_s));
    }
    if (entry.state == OutboxState::kConflict) {
        const QString reason = describeReason(entry);
        return reason.isEmpty() ? tr("Conflict") : tr("Conflict: %1").arg(reason);
    }
    if (entry.state == OutboxState::kQuarantined) {
        const QString reason = describeReason(entry);
        return reason.isEmpty() ? tr("on hold") : tr("on hold: %1").arg(reason);
    }
    if (entry.state == OutboxState::kDone)
        return tr("on the server");
    if (entry.state == OutboxState::kDiscarded)
        return tr("discarded");
    return entry.state;
}

int OutboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutboxEntry& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == WhatColumn && row.command == OutboxCommandName::kNoteAdd)
            return noteText(row);
        if (index.column() == StateColumn)
            return describeReason(row);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhatColumn:
        return describeChange(row);
    case StateColumn:
        return describeState(row);
    case CreatedColumn:
        return Formatting::dateTime(row.createdUtc);
    case AttemptsColumn:
        return row.attempts;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Made");
    case AttemptsColumn:
        return tr("Attempts");
    default:
        return {};
    }
}
