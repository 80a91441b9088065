#include "PickupTexts.h"

#include "ErrorMessages.h"
#include "Formatting.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString PickupTexts::state(PickupState state) {
    switch (state) {
    case PickupState::AwaitingStock:
        return tr("Awaiting stock");
    case PickupState::Ready:
        return tr("Ready");
    case PickupState::HandedOver:
        return tr("Handed over");
    case PickupState::PartlyHandedOver:
        return tr("Partly handed over");
    case PickupState::ReturnedToStock:
        return tr("Returned to stock");
    case PickupState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QStringList PickupTexts::documentTypes() {
    return {u"id_card"_s, u"passport"_s, u"driving_licence"_s, u"residence_permit"_s};
}

QString PickupTexts::documentType(const QString& wireName) {
    if (wireName == u"id_card")
        return tr("Identity card");
    if (wireName == u"passport")
        return tr("Passport");
    if (wireName == u"driving_licence")
        return tr("Driving licence");
    if (wireName == u"residence_permit")
        return tr("Residence permit");
    return wireName;
}

QString PickupTexts::identityCheck(const QString& method, const QString& documentType) {
    if (method == u"pickup_code")
        return tr("pickup code");
    if (method == u"identity_document")
        return PickupTexts::documentType(documentType);
    return tr("known customer");
}

QString PickupTexts::describe(const Error& error) {
    const QString& c = error.code;
    if (c == u"local.pickup_unknown")
        return tr("This pickup is not on this device. Please synchronise.");
    if (c == u"local.pickup_code_blocked")
        return tr("Too many wrong codes: this pickup is blocked for a while. Check the customer's identity "
                  "document instead, or try again later.");
    if (c == u"pickup_code_invalid")
        return tr("The pickup code does not match this order.");
    if (c == u"identity_check_required")
        return tr("Check the pickup code or an identity document first.");
    if (c == u"recipient_not_authorised")
        return tr("This person is not named on the order as allowed to collect it.");
    if (c == u"handover_quantity_exceeded")
        return tr("More pieces than are still waiting cannot be handed over.");
    if (c == u"nothing_available")
        return tr("Every piece of this order is marked unavailable, so it cannot be ready for pickup. The "
                  "order stays to prepare until stock arrives.");
    if (c == u"deadline_not_reached")
        return tr("The pickup deadline has not passed yet.");
    if (c == u"invalid_transition")
        return tr("This is not possible in the pickup's current state.");
    if (c == u"no_contact_channel")
        return tr("The customer cannot be reached this way (no address on file).");
    if (c == u"invalid_value")
        return tr("Please check the input: %1").arg(error.detail);
    return ErrorMessages::describe(error);
}

QString PickupTexts::notifications(const QList<PickupNotification>& sent, int shown) {
    if (sent.isEmpty())
        return {};
    QList<PickupNotification> newestFirst = sent;
    std::stable_sort(
        newestFirst.begin(), newestFirst.end(),
        [](const PickupNotification& a, const PickupNotification& b) { return a.sentAt > b.sentAt; });
    QStringList entries;
    for (const PickupNotification& n : newestFirst.mid(0, shown)) {
        const QString channel = n.channel == u"email" ? tr("by e-mail")
                                : n.channel == u"sms" ? tr("by SMS")
                                                      : n.channel;
        const QString kind = n.templateName == u"ready"      ? tr("ready for pickup")
                             : n.templateName == u"reminder" ? tr("reminder")
                                                             : n.templateName;
        entries << tr("%1 %2 (%3)").arg(Formatting::dateTime(n.sentAt), channel, kind);
    }
    const int earlier = int(newestFirst.size()) - int(entries.size());
    if (earlier > 0)
        entries << tr("%n earlier", nullptr, earlier);
    return tr("Notified: %1").arg(entries.join(u" · "_s));
}
