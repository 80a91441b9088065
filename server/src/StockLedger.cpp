#include "StockLedger.h"

#include "ChangeLog.h"
#include "CommandSupport.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

StockLedger::StockLedger(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status StockLedger::raise(const QString& sku, const QString& location, qint64 quantity,
                          const QDateTime& now) {
    if (quantity <= 0)
        return {};
    const Result<qint64> seq = ChangeLog(m_db).next();
    if (!seq)
        return seq.error();
    const QString at = CommandSupport::timestamp(now);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE stock SET quantity = quantity + ?, version = version + 1, updated_at = ?, seq = ? "
                  "WHERE sku = ? AND location = ?"_s);
    query.addBindValue(quantity);
    query.addBindValue(at);
    query.addBindValue(seq.value());
    query.addBindValue(sku);
    query.addBindValue(location);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"raise stock");
    if (query.numRowsAffected() > 0)
        return {};
    query.prepare(u"INSERT INTO stock (id, sku, location, quantity, version, updated_at, seq) "
                  "VALUES (?, ?, ?, ?, 1, ?, ?)"_s);
    query.addBindValue(sku + u'@' + location);
    query.addBindValue(sku);
    query.addBindValue(location);
    query.addBindValue(quantity);
    query.addBindValue(at);
    query.addBindValue(seq.value());
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"add stock row");
    return ChangeLog(m_db).removeTombstone(u"stock"_s, sku + u'@' + location);
}

Status StockLedger::take(const QString& sku, const QString& location, qint64 quantity, const QDateTime& now) {
    if (quantity <= 0)
        return {};
    const Result<qint64> seq = ChangeLog(m_db).next();
    if (!seq)
        return seq.error();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE stock SET quantity = quantity - ?, version = version + 1, updated_at = ?, seq = ? "
                  "WHERE sku = ? AND location = ? AND quantity >= ?"_s);
    query.addBindValue(quantity);
    query.addBindValue(CommandSupport::timestamp(now));
    query.addBindValue(seq.value());
    query.addBindValue(sku);
    query.addBindValue(location);
    query.addBindValue(quantity);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"lower stock");
    if (query.numRowsAffected() == 0)
        return makeError(u"insufficient_stock",
                         u"Fewer than %1 piece(s) of %2 in stock at %3."_s.arg(quantity).arg(sku, location),
                         422);
    return {};
}
