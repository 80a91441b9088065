#pragma once

#include "ReturnRecord.h"

#include <QList>
#include <QString>

// The JSON text of a return's lines and approvals as the returns table stores them, written
// straight with JsonWriter: building QJsonObjects and serialising them (ReturnJson::linesToJson +
// CacheSql::json) was the larger part of writing a return. Same keys in the same (sorted) order as
// QJsonDocument writes them, so the text parses to what ReturnJson gives and reads back the same.
namespace ReturnColumns {

QString linesText(const QList<ReturnLine>& lines);
QString approvalsText(const QList<ReturnApproval>& approvals);

} // namespace ReturnColumns
