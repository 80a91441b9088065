// Booking a return at the desk: the cache shows it at once (return, returned quantities, this
// store's stock), the outbox holds exactly one return.create, a discard undoes all of it, and the
// server's answer replaces the local return.
#include "Database.h"
#include "DomainExamples.h"
#include "LocalChanges.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "OutboxRepository.h"
#include "ReturnBooking.h"
#include "ReturnPolicy.h"
#include "ReturnRepository.h"
#include "StockRepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;

ReturnRequest jacketBack(ReturnDisposition disposition = ReturnDisposition::Restock) {
    ReturnRequest request;
    request.lines = {ReturnRequestLine{u"2"_s, 1, ReturnReason::DoesNotFit, ItemCondition::AsNew,
                                       std::nullopt, disposition}};
    return request;
}

ReturnDecision decide(const ReturnRequest& request) {
    ReturnOrderFacts facts;
    facts.channel = u"webshop"_s;
    facts.placedAtUtc = QDateTime::fromString(u"2025-03-02T19:12:44Z"_s, Qt::ISODate);
    facts.deliveredAtUtc = QDateTime::fromString(u"2025-03-05T10:31:00Z"_s, Qt::ISODate);
    facts.storeTimeZone = u"Europe/Berlin"_s;
    facts.totalPaid = Money::eur(8990);
    facts.shippingPaid = Money::eur(0);
    facts.refundedBefore = Money::eur(0);
    facts.lines = {ReturnOrderLine{u"1"_s, 1, 0, Money::eur(2995), true, NonReturnableReason::None},
                   ReturnOrderLine{u"2"_s, 1, 0, Money::eur(5995), true, NonReturnableReason::None}};
    return ReturnPolicy()
        .evaluate(facts, request, QDateTime::fromString(u"2025-03-10T10:00:00Z"_s, Qt::ISODate))
        .value();
}

} // namespace

class TestReturnBooking : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;

    int returned(const QString& lineId) const {
        const Order order = OrderRepository(m_db->sql()).findByOrderNo(u"W-2025-0048213"_s).value();
        for (const OrderLine& line : order.lines) {
            if (line.lineId == lineId)
                return line.returnedQuantity;
        }
        return -1;
    }
    int stockHere() const {
        return StockRepository(m_db->sql()).at(u"JKT-4711-M-NAVY"_s, kStore).value_or(StockLevel{}).quantity;
    }

private Q_SLOTS:
    void init() {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_run)));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(OrderRepository(m_db->sql()).upsert({OrderJson::fromJson(Ex::order()).value()}));
        QVERIFY(StockRepository(m_db->sql())
                    .upsert({StockLevel{
                        u"JKT-4711-M-NAVY@"_s + kStore, u"JKT-4711-M-NAVY"_s, kStore, 2, 57, {}}}));
    }

    void bookingShowsAtOnceAndQueuesOneCommand() {
        const ReturnRequest request = jacketBack();
        const auto booked =
            ReturnBooking(*m_db).book(u"W-2025-0048213"_s, request, decide(request), {}, u"st-1"_s, kStore);
        QVERIFY2(booked, qPrintable(booked.error().toString()));
        QCOMPARE(returned(u"2"_s), 1);
        QCOMPARE(returned(u"1"_s), 0);
        QCOMPARE(stockHere(), 3);
        const auto returns = ReturnRepository(m_db->sql()).forOrderNo(u"W-2025-0048213"_s).value();
        QCOMPARE(returns.size(), 1);
        QCOMPARE(returns.first().refund.amount, Money::eur(5995));
        QCOMPARE(returns.first().lines.first().disposition, u"restock"_s);

        const QList<OutboxEntry> outbox = OutboxRepository(m_db->sql()).list().value();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().command, u"return.create"_s);
        QCOMPARE(outbox.first().path, u"/v1/returns"_s);
        const QJsonObject body = QJsonDocument::fromJson(outbox.first().payload).object();
        QCOMPARE(body.value(u"id"_s).toString(), booked->record.id);
        QCOMPARE(body.value(u"order_no"_s).toString(), u"W-2025-0048213"_s);
        QCOMPARE(body.value(u"refund"_s).toObject().value(u"amount"_s).toObject().value(u"amount"_s).toInt(),
                 5995);
        QVERIFY(!body.contains(u"state"_s) && !body.contains(u"version"_s));
    }

    void writtenOffGoodsDoNotRaiseTheStock() {
        const ReturnRequest request = jacketBack(ReturnDisposition::WriteOff);
        QVERIFY(
            ReturnBooking(*m_db).book(u"W-2025-0048213"_s, request, decide(request), {}, u"st-1"_s, kStore));
        QCOMPARE(stockHere(), 2);
        QCOMPARE(returned(u"2"_s), 1);
    }

    void moreThanIsLeftIsRefusedAndNothingChanges() {
        const ReturnRequest request = jacketBack();
        QVERIFY(
            ReturnBooking(*m_db).book(u"W-2025-0048213"_s, request, decide(request), {}, u"st-1"_s, kStore));
        const auto again =
            ReturnBooking(*m_db).book(u"W-2025-0048213"_s, request, decide(request), {}, u"st-1"_s, kStore);
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"local.return_quantity_exceeded"_s);
        QCOMPARE(OutboxRepository(m_db->sql()).list().value().size(), 1);
        QCOMPARE(stockHere(), 3);
    }

    void unknownOrderIsRefused() {
        const ReturnRequest request = jacketBack();
        const auto booked =
            ReturnBooking(*m_db).book(u"W-0000-0000000"_s, request, decide(request), {}, {}, kStore);
        QVERIFY(!booked);
        QCOMPARE(booked.error().code, u"local.order_unknown"_s);
    }

    void discardUndoesReturnQuantitiesAndStock() {
        const ReturnRequest request = jacketBack();
        const auto booked =
            ReturnBooking(*m_db).book(u"W-2025-0048213"_s, request, decide(request), {}, u"st-1"_s, kStore);
        QVERIFY(booked);
        QVERIFY(LocalChanges(*m_db).discard(booked->entry.id, u"Kunde hat es sich anders überlegt"_s));
        QCOMPARE(returned(u"2"_s), 0);
        QCOMPARE(stockHere(), 2);
        QVERIFY(ReturnRepository(m_db->sql()).forOrderNo(u"W-2025-0048213"_s).value().isEmpty());
    }

    void serverAnswerReplacesTheLocalReturn() {
        const ReturnRequest request = jacketBack();
        const auto booked =
            ReturnBooking(*m_db).book(u"W-2025-0048213"_s, request, decide(request), {}, u"st-1"_s, kStore);
        QVERIFY(booked);
        QJsonObject answer = Ex::returnRecord();
        answer.insert(u"id"_s, booked->record.id);
        answer.insert(u"state"_s, u"refund_pending"_s);
        answer.insert(u"version"_s, 1);
        QVERIFY(ReturnBooking::applyAnswer(m_db->sql(), answer));
        const auto cached = ReturnRepository(m_db->sql()).find(booked->record.id);
        QVERIFY(cached);
        QCOMPARE(cached->state, u"refund_pending"_s);
        QCOMPARE(cached->version, 1);
        QCOMPARE(ReturnRepository(m_db->sql()).forOrderNo(u"W-2025-0048213"_s).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReturnBooking)
#include "tst_returnbooking.moc"
