// A customer refuses pieces at the pickup desk: the handover (with the refused pieces) and the
// return that takes them back (refused at pickup, as new, restocked, refunded in full to the
// original payment) reach the cache and the outbox in one transaction, offline — both or neither;
// the return waits behind the handover in the pickup's outbox line. The handover rules count
// refused pieces as settled.
#include "CachedReturnableOrders.h"
#include "Database.h"
#include "DomainExamples.h"
#include "LocalChanges.h"
#include "MockClock.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "OutboxRepository.h"
#include "PickupExamples.h"
#include "PickupJson.h"
#include "PickupRefusal.h"
#include "PickupRepository.h"
#include "ReturnRepository.h"
#include "StockRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

using PickupExamples::kCode;
const QString kStaff = u"st-hh-0007"_s;
const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kOrderNo = u"W-2025-0051177"_s;

// The pickup's order: line 1 a scarf (1 × 29.95 €), line 2 two jackets (2 × 59.95 €), paid by PayPal.
Order pickupOrder() {
    QJsonObject json = Ex::withValue(Ex::order(), u"order_no"_s, kOrderNo);
    json = Ex::withValue(json, u"lines/1/quantity"_s, 2);
    json = Ex::withValue(json, u"lines/1/total/amount"_s, 11990);
    json = Ex::withValue(json, u"totals/gross/amount"_s, 14985);
    json = Ex::withValue(json, u"fulfilment"_s, u"pickup"_s);
    json = Ex::withValue(json, u"delivered_at"_s, QJsonValue::Null);
    json = Ex::withValue(json, u"state"_s, u"ready_for_pickup"_s);
    json = Ex::withValue(json, u"store_id"_s, kStore);
    return OrderJson::fromJson(json).value();
}

} // namespace

class TestPickupRefusal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MockClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    QString m_id;
    int m_run = 0;

    Pickup cached() const { return PickupRepository(m_db->sql()).find(m_id).value(); }
    Order order() const { return OrderRepository(m_db->sql()).findByOrderNo(kOrderNo).value(); }
    QList<OutboxEntry> rows() const { return OutboxRepository(m_db->sql()).list().value(); }
    int stock() const {
        return StockRepository(m_db->sql()).at(u"JKT-4711-M-NAVY"_s, kStore).value_or(StockLevel{}).quantity;
    }
    PickupRefusal refusal() { return PickupRefusal(*m_db, kStore, m_clock); }

private Q_SLOTS:
    void init() {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_run)));
        QVERIFY(db);
        m_db = std::move(db).value();
        const Pickup pickup = PickupExamples::withKnownCode();
        m_id = pickup.id;
        QVERIFY(PickupRepository(m_db->sql()).upsert({pickup}));
        QVERIFY(OrderRepository(m_db->sql()).upsert({pickupOrder()}));
    }

    void handoverRules_data() {
        QTest::addColumn<QList<PickupLineQuantity>>("earlier"); // settled before: handed over or refused
        QTest::addColumn<QList<PickupLineQuantity>>("given");
        QTest::addColumn<QList<PickupLineQuantity>>("refused");
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::addColumn<int>("state");
        using L = QList<PickupLineQuantity>;
        const int partly = int(PickupState::PartlyHandedOver);
        const int done = int(PickupState::HandedOver);
        QTest::newRow("one jacket refused, the rest taken")
            << L{} << L{{u"1"_s, 1}, {u"2"_s, 1}} << L{{u"2"_s, 1}} << QString() << done;
        QTest::newRow("everything refused") << L{} << L{} << L{{u"1"_s, 1}, {u"2"_s, 2}} << QString() << done;
        QTest::newRow("refused, the scarf stays")
            << L{} << L{{u"2"_s, 1}} << L{{u"2"_s, 1}} << QString() << partly;
        QTest::newRow("taken and refused above what is open")
            << L{} << L{{u"2"_s, 2}} << L{{u"2"_s, 1}} << u"handover_quantity_exceeded"_s << 0;
        QTest::newRow("refused earlier counts as settled")
            << L{{u"2"_s, 1}} << L{{u"1"_s, 1}, {u"2"_s, 1}} << L{} << QString() << done;
        QTest::newRow("nothing at all") << L{} << L{} << L{} << u"invalid_value"_s << 0;
        QTest::newRow("refused zero pieces")
            << L{} << L{{u"1"_s, 1}} << L{{u"2"_s, 0}} << u"invalid_value"_s << 0;
    }

    void handoverRules() {
        QFETCH(QList<PickupLineQuantity>, earlier);
        QFETCH(QList<PickupLineQuantity>, given);
        QFETCH(QList<PickupLineQuantity>, refused);
        QFETCH(QString, code);
        QFETCH(int, state);
        PickupRules::HandoverRequest request;
        request.lines = given;
        request.refused = refused;
        request.pickupCodeMatches = true;
        const Result<PickupState> next =
            PickupRules::checkHandover(PickupState::Ready, {{u"1"_s, 1}, {u"2"_s, 2}}, earlier, {}, request);
        QCOMPARE(next.error().code, code);
        if (code.isEmpty())
            QCOMPARE(int(next.value()), state);
    }

    void refusedPiecesAreHandedOverAndReturnedInOneGo() {
        const int stockBefore = stock();
        const Result<ReturnDecision> preview = refusal().preview(kOrderNo, {{u"2"_s, 1}});
        QVERIFY2(preview, qPrintable(preview.error().toString()));
        QCOMPARE(preview->total, Money::eur(5995));

        const Result<PickupRefusal::Outcome> outcome = refusal().handOver(
            m_id, PickupExamples::handover({{u"1"_s, 1}, {u"2"_s, 1}}, {{u"2"_s, 1}}), kStaff);
        QVERIFY2(outcome, qPrintable(outcome.error().toString()));
        QVERIFY(outcome->refund);
        QCOMPARE(outcome->decision.total, preview->total);

        // The pickup: everything settled, the refusal recorded on the handover.
        const Pickup pickup = cached();
        QCOMPARE(pickup.state, PickupState::HandedOver);
        QCOMPARE(pickup.handovers.constLast().refusedLines, (QList<PickupLine>{{u"2"_s, 1}}));
        // The return: refused at pickup, as new, restocked, refunded in full to PayPal.
        const ReturnRecord record = ReturnRepository(m_db->sql()).forOrderNo(kOrderNo).value().constFirst();
        QCOMPARE(record.lines,
                 (QList<ReturnLine>{{u"2"_s, 1, u"refused_at_pickup"_s, u"as_new"_s, u"restock"_s}}));
        QCOMPARE(record.refund, (Refund{u"original"_s, Money::eur(5995)}));
        QCOMPARE(order().lines.at(1).returnedQuantity, 1);
        QCOMPARE(stock(), stockBefore + 1);
        // Nothing left to refuse: the same piece cannot be refunded twice.
        QCOMPARE(
            CachedReturnableOrders(m_db->sql(), kStore).find(kOrderNo)->facts.lines.at(1).refusedAtPickup, 0);

        // The outbox: the handover, then the return in the same (pickup) line.
        const QList<OutboxEntry> queued = rows();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).command, u"pickup.handover"_s);
        QCOMPARE(queued.at(1).command, u"return.create"_s);
        QCOMPARE(queued.at(1).entity, u"pickup"_s);
        QCOMPARE(queued.at(1).entityId, m_id);
        const QJsonObject handover = QJsonDocument::fromJson(queued.at(0).payload).object();
        QCOMPARE(handover.value(u"refused_lines").toArray().size(), 1);
        const QJsonObject returned = QJsonDocument::fromJson(queued.at(1).payload).object();
        QCOMPARE(returned.value(u"order_no").toString(), kOrderNo);
        QCOMPARE(returned.value(u"lines").toArray().at(0).toObject().value(u"reason").toString(),
                 u"refused_at_pickup"_s);
        // Only the handover row is ready: the return waits until the server has it.
        const QList<OutboxEntry> ready = OutboxRepository(m_db->sql()).ready(10).value();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.constFirst().command, u"pickup.handover"_s);
    }

    void everythingRefusedHandsNothingOver() {
        const Result<PickupRefusal::Outcome> outcome =
            refusal().handOver(m_id, PickupExamples::handover({}, {{u"1"_s, 1}, {u"2"_s, 2}}), kStaff);
        QVERIFY2(outcome, qPrintable(outcome.error().toString()));
        QCOMPARE(cached().state, PickupState::HandedOver);
        QCOMPARE(outcome->decision.total, Money::eur(14985));
        QCOMPARE(order().lines.at(0).returnedQuantity, 1);
        QCOMPARE(order().lines.at(1).returnedQuantity, 2);
    }

    void aFailingPartChangesNothing() {
        const Pickup before = cached();
        // One jacket taken and two refused: more than the two that are open.
        const Result<PickupRefusal::Outcome> tooMany =
            refusal().handOver(m_id, PickupExamples::handover({{u"2"_s, 1}}, {{u"2"_s, 2}}), kStaff);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, u"handover_quantity_exceeded"_s);
        // The order's line was returned elsewhere meanwhile: the handover passes, the return cannot.
        Order changed = pickupOrder();
        changed.lines[1].returnedQuantity = 2;
        changed.version += 1;
        QVERIFY(OrderRepository(m_db->sql()).upsert({changed}));
        const Result<PickupRefusal::Outcome> returnedElsewhere = refusal().handOver(
            m_id, PickupExamples::handover({{u"1"_s, 1}, {u"2"_s, 1}}, {{u"2"_s, 1}}), kStaff);
        QVERIFY(!returnedElsewhere);
        QCOMPARE(cached(), before);
        QVERIFY(rows().isEmpty());
        QVERIFY(ReturnRepository(m_db->sql()).forOrderNo(kOrderNo).value().isEmpty());
    }

    void wrongCodeCountsAndBooksNothing() {
        const Result<PickupRefusal::Outcome> outcome = refusal().handOver(
            m_id, PickupExamples::handover({{u"1"_s, 1}}, {{u"2"_s, 2}}, u"AAAAAA"_s), kStaff);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, u"pickup_code_invalid"_s);
        QCOMPARE(PickupActions(*m_db, m_clock).attemptsLeft(m_id), 4);
        QVERIFY(rows().isEmpty());
    }

    void discardingTheHandoverTakesItsReturnAlong() {
        const Pickup before = cached();
        const int stockBefore = stock();
        QVERIFY(refusal().handOver(m_id, PickupExamples::handover({{u"1"_s, 1}, {u"2"_s, 1}}, {{u"2"_s, 1}}),
                                   kStaff));
        QCOMPARE(stock(), stockBefore + 1);
        QList<OutboxEntry> queued = rows();
        // The server refused the handover; the return waits behind it and would be refused too.
        OutboxRepository outbox(m_db->sql(), m_clock);
        QVERIFY(outbox.markSending(queued.at(0).id));
        QVERIFY(outbox.markConflict(queued.at(0).id, makeError(u"pickup_cancelled"_s, {}, 409), "{}"));
        queued = rows();
        const Result<std::optional<OutboxEntry>> linked =
            LocalChanges::linkedReturn(m_db->sql(), queued.at(0));
        QVERIFY(linked && linked.value());
        QCOMPARE(linked.value()->id, queued.at(1).id);

        const Result<QList<qint64>> dropped =
            LocalChanges(*m_db, m_clock).discard(queued.at(0).id, u"Bestellung online storniert"_s);
        QVERIFY2(dropped, qPrintable(dropped.error().toString()));
        QCOMPARE(dropped.value(), (QList<qint64>{queued.at(0).id, queued.at(1).id}));
        for (const OutboxEntry& row : rows())
            QCOMPARE(row.state, OutboxState::kDiscarded.toString());
        // The cache is back to before the handover: pickup, order, stock and no local return.
        QCOMPARE(cached(), before);
        QCOMPARE(order().lines.at(1).returnedQuantity, 0);
        QCOMPARE(stock(), stockBefore);
        QVERIFY(ReturnRepository(m_db->sql()).forOrderNo(kOrderNo).value().isEmpty());
    }

    void onlyTheReturnOfThatHandoverGoesAlong() {
        // A first handover without refusal, then one with: the first one's discard leaves the second's
        // return where it is.
        QVERIFY(refusal().handOver(m_id, PickupExamples::handover({{u"1"_s, 1}}, {}), kStaff));
        QVERIFY(refusal().handOver(m_id, PickupExamples::handover({{u"2"_s, 1}}, {{u"2"_s, 1}}), kStaff));
        const QList<OutboxEntry> queued = rows();
        QCOMPARE(queued.size(), 3);
        QVERIFY(!LocalChanges::linkedReturn(m_db->sql(), queued.at(0)).value());
        QVERIFY(LocalChanges::linkedReturn(m_db->sql(), queued.at(1)).value());
        QVERIFY(!LocalChanges::linkedReturn(m_db->sql(), queued.at(2)).value()); // a return takes nothing
        const Result<QList<qint64>> dropped =
            LocalChanges(*m_db, m_clock).discard(queued.at(0).id, u"falsche Abholung"_s);
        QVERIFY(dropped);
        QCOMPARE(dropped->size(), 1);
        QCOMPARE(rows().at(2).state, OutboxState::kPending.toString());
    }

    void discardingTheReturnFirstThenTheHandover() {
        QVERIFY(refusal().handOver(m_id, PickupExamples::handover({{u"1"_s, 1}, {u"2"_s, 1}}, {{u"2"_s, 1}}),
                                   kStaff));
        const QList<OutboxEntry> queued = rows();
        // The return row is undone on its own: the stock and the returned quantity go back.
        QVERIFY(
            LocalChanges(*m_db, m_clock).discard(queued.at(1).id, u"Kundin hat es sich anders überlegt"_s));
        QCOMPARE(order().lines.at(1).returnedQuantity, 0);
        // The handover row's undo is not blocked by the return waiting in its line.
        QVERIFY(LocalChanges(*m_db, m_clock).discard(queued.at(0).id, u"falsche Abholung"_s));
        QCOMPARE(cached().state, PickupState::Ready);
        QVERIFY(cached().handovers.isEmpty());
    }
};

QTEST_MAIN(TestPickupRefusal)
#include "tst_pickuprefusal.moc"
