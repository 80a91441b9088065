#include "TimelineTexts.h"

#include "ConsentTexts.h"
#include "Formatting.h"

using namespace Qt::StringLiterals;

QString TimelineTexts::kind(TimelineKind kind) {
    switch (kind) {
    case TimelineKind::OnlineOrder:
        return tr("Online orders");
    case TimelineKind::StoreReceipt:
        return tr("Store receipts");
    case TimelineKind::Return:
        return tr("Returns");
    case TimelineKind::Pickup:
        return tr("Pickups");
    case TimelineKind::ServiceContact:
        return tr("Service contacts");
    case TimelineKind::Consent:
        return tr("Consent changes");
    case TimelineKind::Note:
        return tr("Notes");
    }
    return {};
}

QString TimelineTexts::title(const TimelineEvent& e) {
    switch (e.kind) {
    case TimelineKind::OnlineOrder:
        return tr("Order %1").arg(e.orderNo);
    case TimelineKind::StoreReceipt:
        return tr("Purchase %1").arg(e.orderNo);
    case TimelineKind::Return:
        return tr("Return from %1").arg(e.orderNo);
    case TimelineKind::Pickup:
        return tr("Pickup %1").arg(e.orderNo);
    case TimelineKind::ServiceContact:
        return tr("Contact: %1").arg(e.text);
    case TimelineKind::Consent:
        return (e.state == u"granted" ? tr("Consent granted: %1") : tr("Consent withdrawn: %1"))
            .arg(ConsentTexts::purposeName(e.text));
    case TimelineKind::Note: {
        const QString firstLine = e.text.section(u'\n', 0, 0);
        return tr("Note: %1").arg(firstLine.size() > 80 ? firstLine.left(79) + u'…' : firstLine);
    }
    }
    return {};
}

QString TimelineTexts::state(const TimelineEvent& e) {
    switch (e.kind) {
    case TimelineKind::OnlineOrder:
    case TimelineKind::StoreReceipt:
        return orderState(e.state);
    case TimelineKind::Return:
        return returnState(e.state);
    case TimelineKind::Pickup:
        if (e.state == u"awaiting_stock")
            return tr("awaiting stock");
        if (e.state == u"ready")
            return tr("ready for pickup");
        if (e.state == u"handed_over")
            return tr("handed over");
        if (e.state == u"partly_handed_over")
            return tr("partly handed over");
        if (e.state == u"returned_to_stock")
            return tr("returned to stock");
        if (e.state == u"cancelled")
            return tr("cancelled");
        return e.state;
    case TimelineKind::Note:
        return e.state == u"pending" ? tr("not yet sent") : QString();
    case TimelineKind::Consent:
        return e.pending ? tr("not yet sent") : QString();
    case TimelineKind::ServiceContact:
        return {};
    }
    return {};
}

QString TimelineTexts::orderState(const QString& state) {
    if (state == u"placed")
        return tr("placed");
    if (state == u"paid")
        return tr("paid");
    if (state == u"shipped")
        return tr("shipped");
    if (state == u"delivered")
        return tr("delivered");
    if (state == u"ready_for_pickup")
        return tr("ready for pickup");
    if (state == u"collected")
        return tr("collected");
    if (state == u"completed")
        return tr("completed");
    if (state == u"cancelled")
        return tr("cancelled");
    return state;
}

QString TimelineTexts::returnState(const QString& state) {
    if (state == u"recorded")
        return tr("recorded");
    if (state == u"refund_pending")
        return tr("refund pending");
    if (state == u"refunded")
        return tr("refunded");
    if (state == u"rejected")
        return tr("rejected");
    return state;
}

QString TimelineTexts::fulfilment(const QString& fulfilment) {
    if (fulfilment == u"delivery")
        return tr("delivery");
    if (fulfilment == u"pickup")
        return tr("pickup in store");
    return fulfilment;
}

QString TimelineTexts::channel(const QString& channel) {
    if (channel == u"email")
        return tr("e-mail");
    if (channel == u"chat")
        return tr("chat");
    if (channel == u"letter")
        return tr("letter");
    if (channel == u"social")
        return tr("social media");
    if (channel.isEmpty())
        return {};
    return Formatting::channel(channel);
}

QString TimelineTexts::channelShort(const QString& channel) {
    if (channel.startsWith(u"marketplace:")) {
        QString name = channel.mid(12);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return name;
    }
    return TimelineTexts::channel(channel);
}

QString TimelineTexts::details(const TimelineEvent& e) {
    switch (e.kind) {
    case TimelineKind::OnlineOrder:
    case TimelineKind::StoreReceipt:
    case TimelineKind::Pickup:
    case TimelineKind::Return:
        return tr("%1 · %n piece(s)", nullptr, e.pieces).arg(title(e));
    case TimelineKind::Note:
        return e.text;
    case TimelineKind::ServiceContact:
        return title(e);
    case TimelineKind::Consent:
        return e.place.isEmpty() ? title(e) : tr("%1 · %2").arg(title(e), e.place);
    }
    return {};
}
