#include "ReturnColumns.h"

#include "CacheSql.h"
#include "JsonWriter.h"

QString ReturnColumns::linesText(const QList<ReturnLine>& lines) {
    JsonWriter w;
    w.beginArray();
    for (const ReturnLine& line : lines) {
        w.beginObject()
            .key(u"condition")
            .value(line.condition)
            .key(u"disposition")
            .value(line.disposition)
            .key(u"line_id")
            .value(line.lineId)
            .key(u"quantity")
            .value(line.quantity)
            .key(u"reason")
            .value(line.reason);
        // Only reason "other" has a text; the other lines stay as they always were on the wire.
        if (!line.reasonText.isEmpty())
            w.key(u"reason_text").value(line.reasonText);
        w.endObject();
    }
    w.endArray();
    return w.text();
}

QString ReturnColumns::approvalsText(const QList<ReturnApproval>& approvals) {
    JsonWriter w;
    w.beginArray();
    for (const ReturnApproval& a : approvals) {
        w.beginObject().key(u"approver_staff_id").value(a.approverStaffId).key(u"at");
        if (const QString at = CacheSql::timeText(a.at); at.isEmpty())
            w.nullValue();
        else
            w.value(at);
        w.key(u"requester_staff_id").value(a.requesterStaffId).key(u"rule").value(a.rule).endObject();
    }
    w.endArray();
    return w.text();
}
