#include "ReturnReceipt.h"

#include "Formatting.h"
#include "ReturnTexts.h"

using namespace Qt::StringLiterals;

QString ReturnReceipt::tillCode(const QString& returnId) {
    QString code;
    for (QChar c : returnId) {
        if (c.isLetterOrNumber())
            code.append(c.toUpper());
        if (code.size() == 8)
            break;
    }
    return u"R-"_s + code;
}

ReceiptDocument ReturnReceipt::build(const Input& input) {
    const ReturnableOrder& order = input.order;
    const ReturnDecision& decision = input.decision;
    ReceiptDocument doc;
    doc.storeLines = input.storeLines;
    doc.title = tr("Return receipt");
    doc.pdfTitle = tr("Return receipt %1").arg(order.orderNo);
    doc.facts << tr("Order no.: %1").arg(order.orderNo);
    if (!order.customerName.isEmpty())
        doc.facts << tr("Customer: %1").arg(order.customerName);
    doc.facts << tr("Ordered: %1 (%2)")
                     .arg(Formatting::date(order.facts.placedAtUtc.toLocalTime().date()),
                          Formatting::channel(order.facts.channel));
    doc.facts << tr("Returned: %1").arg(Formatting::dateTime(input.atUtc));
    if (!input.staffName.isEmpty())
        doc.facts << tr("Taken back by: %1").arg(input.staffName);
    if (!input.approverName.isEmpty())
        doc.facts << tr("Approved by: %1").arg(input.approverName);

    for (const ReturnRequestLine& line : input.request.lines) {
        const ReturnLineDecision* decided = decision.line(line.lineId);
        const QString name = order.lineNames.value(line.lineId, line.lineId);
        const QString text = tr("%1 × %2\nReason: %3 · Condition: %4")
                                 .arg(line.quantity)
                                 .arg(name, ReturnTexts::reason(line.reason, line.reasonText),
                                      ReturnTexts::condition(line.condition));
        doc.rows.append({text, decided ? Formatting::money(decided->refund) : QString(), false});
    }
    if (!decision.shippingRefund.isZero())
        doc.rows.append({tr("Shipping costs"), Formatting::money(decision.shippingRefund), false});
    doc.rows.append({tr("Refund total"), Formatting::money(decision.total), true});
    doc.rows.append({tr("Refund to"),
                     decision.refundMethod == RefundMethod::Voucher
                         ? ReturnTexts::refundMethod(RefundMethod::Voucher)
                         : ReturnTexts::paymentMethod(order.paymentMethod),
                     false});

    if (input.offline)
        doc.notes << tr(
            "The refund will be made after the synchronisation: this device is offline, the refund "
            "follows as soon as the return has reached the central system.");
    doc.notes << decision.texts();
    if (order.paymentMethod == u"cash" && decision.refundMethod == RefundMethod::Original) {
        doc.qrPayload = u"THEKE-RETURN:"_s + input.returnId;
        doc.qrCaption = tr("Cash refund at the till: code %1").arg(tillCode(input.returnId));
    }
    return doc;
}
