#include "ReturnBooking.h"

#include "OrderRepository.h"
#include "OutboxRepository.h"
#include "ReturnJson.h"
#include "ReturnReasonText.h"
#include "ReturnRepository.h"
#include "StockRepository.h"
#include "SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const auto kEntityOrder = u"order"_s;

// Moves the returned quantities of the order's lines and, for restocked goods, this store's stock
// by sign × quantity. localRef records what was moved, so undo can move it back.
Status moveQuantities(QSqlDatabase db, const QJsonObject& ref, int sign) {
    OrderRepository orders(db);
    const QString orderNo = ref.value(u"order_no").toString();
    const QJsonArray lines = ref.value(u"lines").toArray();
    if (std::optional<Order> order = orders.findByOrderNo(orderNo)) {
        // Undo only on top of the version this device changed: a newer order from the server does
        // not carry this device's unsent return.
        if (sign > 0 || order->version == ref.value(u"order_version").toInteger()) {
            for (const QJsonValue& value : lines) {
                const QJsonObject line = value.toObject();
                for (OrderLine& orderLine : order->lines) {
                    if (orderLine.lineId == line.value(u"line_id").toString())
                        orderLine.returnedQuantity =
                            std::max(0, orderLine.returnedQuantity + sign * line.value(u"quantity").toInt());
                }
            }
            if (Status s = orders.upsert({*order}); !s)
                return s;
        }
    }
    StockRepository stock(db);
    const QString storeId = ref.value(u"store_id").toString();
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        if (!line.value(u"restock").toBool() || storeId.isEmpty())
            continue;
        const QString sku = line.value(u"sku").toString();
        StockLevel level =
            stock.at(sku, storeId).value_or(StockLevel{sku + u'@' + storeId, sku, storeId, 0, 0, {}});
        if (sign < 0 && level.version != line.value(u"stock_version").toInteger())
            continue; // the stock feed has brought the server's figure meanwhile
        level.quantity = std::max(0, level.quantity + sign * line.value(u"quantity").toInt());
        if (Status s = stock.upsert({level}); !s)
            return s;
    }
    return {};
}

} // namespace

ReturnBooking::ReturnBooking(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<ReturnBooking::Booked> ReturnBooking::book(const QString& orderNo, const ReturnRequest& request,
                                                  const ReturnDecision& decision,
                                                  const QList<Approval>& approvals, const QString& staffId,
                                                  const QString& storeId, const QString& afterPickupId) {
    if (request.lines.isEmpty())
        return makeError(OutboxError::kReturnEmpty, u"a return needs at least one line"_s);
    for (const ReturnRequestLine& asked : request.lines) {
        if (const Status text = ReturnReasonText::check(asked.lineId, asked.reason, asked.reasonText); !text)
            return text.error();
    }
    std::optional<Booked> booked;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.sql();
        const std::optional<Order> order = OrderRepository(db).findByOrderNo(orderNo);
        if (!order)
            return makeError(OutboxError::kOrderUnknown, u"order %1 is not in the cache"_s.arg(orderNo));

        ReturnRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.orderNo = orderNo;
        record.storeId = storeId;
        record.channel = u"store"_s;
        record.requesterStaffId = staffId;
        record.refund = Refund{refundMethodWireName(decision.refundMethod), decision.total};
        record.state = u"recorded"_s;
        record.createdAt = m_clock.nowUtc();
        record.updatedAt = record.createdAt;
        for (const Approval& approval : approvals)
            record.approvals.append(
                {approval.approverId, approval.requesterId, approval.rule, approval.atUtc});

        QJsonArray moved;
        StockRepository stock(db);
        for (const ReturnRequestLine& asked : request.lines) {
            const auto line = std::find_if(order->lines.cbegin(), order->lines.cend(),
                                           [&asked](const OrderLine& l) { return l.lineId == asked.lineId; });
            if (line == order->lines.cend() || asked.quantity < 1 || asked.quantity > line->quantityLeft())
                return makeError(OutboxError::kReturnQuantity,
                                 u"order %1 line %2: %3 asked, %4 left"_s.arg(orderNo, asked.lineId)
                                     .arg(asked.quantity)
                                     .arg(line == order->lines.cend() ? 0 : line->quantityLeft()));
            record.lines.append({asked.lineId, asked.quantity, returnReasonWireName(asked.reason),
                                 itemConditionWireName(asked.condition),
                                 returnDispositionWireName(asked.disposition),
                                 ReturnReasonText::normalise(asked.reasonText)});
            const bool restock = asked.disposition == ReturnDisposition::Restock;
            const qint64 stockVersion =
                restock ? stock.at(line->sku, storeId).value_or(StockLevel{}).version : 0;
            moved.append(QJsonObject{{u"line_id"_s, asked.lineId},
                                     {u"sku"_s, line->sku},
                                     {u"quantity"_s, asked.quantity},
                                     {u"restock"_s, restock},
                                     {u"stock_version"_s, stockVersion}});
        }

        QJsonObject body = ReturnJson::toJson(record);
        // The request schema: the client's id, the order, lines, refund and approvals.
        for (const QString& key : {u"store_id"_s, u"channel"_s, u"requester_staff_id"_s, u"state"_s,
                                   u"created_at"_s, u"version"_s, u"updated_at"_s})
            body.remove(key);
        OutboxCommand command;
        // Refused pieces go out after the handover that refused them: the server counts them there.
        command.entity = afterPickupId.isEmpty() ? kEntityOrder : u"pickup"_s;
        command.entityId = afterPickupId.isEmpty() ? orderNo : afterPickupId;
        command.command = OutboxCommandName::kReturnCreate.toString();
        command.method = QByteArrayLiteral("POST");
        command.path = u"/v1/returns"_s;
        command.payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        command.staffId = staffId;
        const QJsonObject ref{{u"return_id"_s, record.id},
                              {u"order_no"_s, orderNo},
                              {u"order_version"_s, order->version},
                              {u"store_id"_s, storeId},
                              {u"lines"_s, moved}};
        command.localRef = QString::fromUtf8(QJsonDocument(ref).toJson(QJsonDocument::Compact));
        Result<OutboxEntry> entry = OutboxRepository(db, m_clock).enqueue(command);
        if (!entry)
            return entry.error();
        if (Status s = ReturnRepository(db).upsert({record}); !s)
            return s;
        if (Status s = moveQuantities(db, ref, +1); !s)
            return s;
        booked = Booked{std::move(entry).value(), record};
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << "return queued, outbox row" << booked->entry.id;
    return *booked;
}

Status ReturnBooking::applyAnswer(QSqlDatabase db, const QJsonObject& answer) {
    const Result<ReturnRecord> record = ReturnJson::fromJson(answer);
    if (!record)
        return record.error();
    return ReturnRepository(db).upsert({record.value()});
}

Status ReturnBooking::undo(QSqlDatabase db, const OutboxEntry& entry) {
    const QJsonObject ref = QJsonDocument::fromJson(entry.localRef.toUtf8()).object();
    if (Status s = ReturnRepository(db).remove({ref.value(u"return_id").toString()}); !s)
        return s;
    return moveQuantities(db, ref, -1);
}
