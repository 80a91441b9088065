#include "StaffFeed.h"

#include "JsonText.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

enum Column { kId, kStoreId, kDisplayName, kRole, kBadgeCode, kPinHash, kActive, kVersion, kUpdatedAt, kSeq };

std::string staffJson(const QSqlQuery& q) {
    auto text = [&q](std::string& out, Column column) {
        JsonText::appendString(out, q.value(column).toString());
    };
    std::string j;
    j.reserve(400);
    j += R"({"active":)";
    j += q.value(kActive).toInt() != 0 ? "true" : "false";
    j += R"(,"badge_code":)";
    JsonText::appendStringOrNull(j, q.value(kBadgeCode));
    j += R"(,"display_name":)";
    text(j, kDisplayName);
    j += R"(,"id":)";
    text(j, kId);
    // Stored in its final form (canonical JSON of the PinHash descriptor).
    j += R"(,"pin_hash":)";
    j += q.value(kPinHash).toString().toStdString();
    j += R"(,"role":)";
    text(j, kRole);
    j += R"(,"store_id":)";
    text(j, kStoreId);
    j += R"(,"updated_at":)";
    text(j, kUpdatedAt);
    j += R"(,"version":)";
    JsonText::appendInteger(j, q.value(kVersion).toLongLong());
    j += '}';
    return j;
}

} // namespace

QString StaffFeed::name() const {
    return kFeed;
}

Result<std::vector<SyncFeed::Row>> StaffFeed::rowsAfter(const QSqlDatabase& db, const Scope& scope,
                                                        qint64 afterSeq, int limit) const {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, store_id, display_name, role, badge_code, pin_hash, active, version, "
                  "updated_at, seq FROM staff WHERE store_id = ? AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(scope.storeId);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read staff feed");
    std::vector<Row> rows;
    while (query.next())
        rows.push_back({query.value(kSeq).toLongLong(), staffJson(query)});
    return rows;
}
