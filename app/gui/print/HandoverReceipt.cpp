#include "HandoverReceipt.h"

#include "Formatting.h"

using namespace Qt::StringLiterals;

ReceiptDocument HandoverReceipt::build(const Input& input) {
    ReceiptDocument doc;
    doc.storeLines = input.storeLines;
    doc.title = input.stillOpen.isEmpty() ? tr("Handover receipt") : tr("Handover receipt (partial)");
    doc.pdfTitle = tr("Handover receipt %1").arg(input.orderNo);
    doc.facts << tr("Order no.: %1").arg(input.orderNo);
    if (!input.customerName.isEmpty())
        doc.facts << tr("Customer: %1").arg(input.customerName);
    doc.facts << (input.authorisedPerson
                      ? tr("Collected by: %1 (authorised by the customer)").arg(input.recipientName)
                      : tr("Collected by: %1").arg(input.recipientName));
    doc.facts << tr("Checked by: %1").arg(input.identityCheck);
    doc.facts << tr("Handed over: %1").arg(Formatting::dateTime(input.atUtc));
    if (!input.staffName.isEmpty())
        doc.facts << tr("Handed over by: %1").arg(input.staffName);

    for (const Line& line : input.handedOver)
        doc.rows.append({tr("%1 × %2").arg(line.quantity).arg(line.name), tr("handed over"), false});
    for (const Line& line : input.refused)
        doc.rows.append({tr("%1 × %2").arg(line.quantity).arg(line.name), tr("refused"), false});
    for (const Line& line : input.stillOpen)
        doc.rows.append({tr("%1 × %2").arg(line.quantity).arg(line.name), tr("still waiting"), false});

    if (!input.refused.isEmpty())
        doc.notes << tr("The refused articles were taken back as a return: refund of %1. The return "
                        "receipt shows the details.")
                         .arg(input.refusalRefund);
    if (!input.stillOpen.isEmpty())
        doc.notes << tr("The remaining articles stay reserved for you until the pickup deadline.");
    if (input.offline)
        doc.notes << tr("Recorded while offline: the handover reaches the central system with the next "
                        "synchronisation.");
    doc.qrPayload = input.orderNo;
    doc.qrCaption = input.orderNo;
    return doc;
}
