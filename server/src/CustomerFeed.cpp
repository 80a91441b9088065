#include "CustomerFeed.h"

#include "CustomerJson.h"
#include "CustomerService.h"
#include "CustomerTable.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString CustomerFeed::name() const
{
    return CustomerService::kFeed;
}

Result<std::vector<SyncFeed::Row>> CustomerFeed::rowsAfter(const QSqlDatabase& db, qint64 afterSeq,
                                                           int limit) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + CustomerTable::columns() + u" FROM customers WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read customers feed");
    std::vector<Row> rows;
    rows.reserve(size_t(limit));
    while (query.next())
        rows.push_back({query.value(CustomerTable::kColumnCount - 1).toLongLong(),
                        CustomerJson::toJson(CustomerTable::fromRow(query))});
    return rows;
}
