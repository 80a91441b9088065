// Preparing a pickup: the pick list confirms pieces by EAN (right article, wrong article, one piece
// too many), by a tick without a scanner, and takes unavailable pieces with their reason; and the
// rules the desk and theke-server share for the unavailable pieces of the ready command.
#include "PickList.h"
#include "PickupJson.h"
#include "PickupRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kScarfEan = u"4006381333931"_s;
const QString kJacketEan = u"4012345678901"_s;
const QString kForeignEan = u"4003994155486"_s;

// A scarf (1) and two jackets (2), as the pickup desk's example order.
PickList exampleList() {
    return PickList(
        {PickListLine{u"1"_s, u"Schal „Föhr“ grau"_s, {kScarfEan}, 1},
         PickListLine{u"2"_s, u"Steppjacke „Elbe“ navy, M"_s, {kJacketEan, u"4012345678918"_s}, 2}});
}

QList<PickupLine> exampleLines() {
    return {PickupLine{u"1"_s, 1}, PickupLine{u"2"_s, 2}};
}

} // namespace

Q_DECLARE_METATYPE(PickList::ScanOutcome)

class TestPickList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scansConfirmOnlyPiecesOfTheOrder_data() {
        QTest::addColumn<QStringList>("scans");
        QTest::addColumn<PickList::ScanOutcome>("lastOutcome");
        QTest::addColumn<QString>("lastLine");
        QTest::addColumn<int>("confirmed"); // pieces confirmed after all scans
        QTest::addColumn<bool>("complete");

        QTest::newRow("right EAN") << QStringList{kScarfEan} << PickList::ScanOutcome::Confirmed << u"1"_s
                                   << 1 << false;
        QTest::newRow("second EAN of the same article")
            << QStringList{u"4012345678918"_s} << PickList::ScanOutcome::Confirmed << u"2"_s << 1 << false;
        QTest::newRow("every piece") << QStringList{kJacketEan, kScarfEan, kJacketEan}
                                     << PickList::ScanOutcome::Confirmed << u"2"_s << 3 << true;
        QTest::newRow("wrong EAN changes nothing")
            << QStringList{kScarfEan, kForeignEan} << PickList::ScanOutcome::NotOnOrder << QString() << 1
            << false;
        QTest::newRow("over-pick changes nothing")
            << QStringList{kScarfEan, kScarfEan} << PickList::ScanOutcome::AlreadyComplete << u"1"_s << 1
            << false;
        QTest::newRow("third jacket of two")
            << QStringList{kJacketEan, kJacketEan, kJacketEan} << PickList::ScanOutcome::AlreadyComplete
            << u"2"_s << 2 << false;
        QTest::newRow("blank scan") << QStringList{u"  "_s} << PickList::ScanOutcome::NotOnOrder << QString()
                                    << 0 << false;
        QTest::newRow("EAN with spaces around")
            << QStringList{u" 4006381333931 "_s} << PickList::ScanOutcome::Confirmed << u"1"_s << 1 << false;
    }
    void scansConfirmOnlyPiecesOfTheOrder() {
        QFETCH(QStringList, scans);
        QFETCH(PickList::ScanOutcome, lastOutcome);
        QFETCH(QString, lastLine);
        QFETCH(int, confirmed);
        QFETCH(bool, complete);
        PickList list = exampleList();
        PickList::ScanAnswer answer;
        for (const QString& scan : scans)
            answer = list.scan(scan);
        QCOMPARE(answer.outcome, lastOutcome);
        QCOMPARE(answer.lineId, lastLine);
        QCOMPARE(list.confirmedPieces(), confirmed);
        QCOMPARE(list.piecesToPick(), 3);
        QCOMPARE(list.isComplete(), complete);
    }

    void unavailablePiecesLeaveLessToPick_data() {
        QTest::addColumn<QString>("lineId");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("toPick");
        QTest::addColumn<int>("confirmedAfter"); // both jackets were scanned before

        QTest::newRow("one jacket damaged") << u"2"_s << 1 << u"damaged"_s << true << 2 << 1;
        QTest::newRow("scarf not found") << u"1"_s << 1 << u"not_found"_s << true << 2 << 2;
        QTest::newRow("both jackets, stock wrong") << u"2"_s << 2 << u"stock_incorrect"_s << true << 1 << 0;
        QTest::newRow("cleared again") << u"2"_s << 0 << QString() << true << 3 << 2;
        QTest::newRow("more than ordered") << u"2"_s << 3 << u"damaged"_s << false << 3 << 2;
        QTest::newRow("unknown reason") << u"2"_s << 1 << u"stolen"_s << false << 3 << 2;
        QTest::newRow("line not on the order") << u"9"_s << 1 << u"damaged"_s << false << 3 << 2;
    }
    void unavailablePiecesLeaveLessToPick() {
        QFETCH(QString, lineId);
        QFETCH(int, quantity);
        QFETCH(QString, reason);
        QFETCH(bool, accepted);
        QFETCH(int, toPick);
        QFETCH(int, confirmedAfter);
        PickList list = exampleList();
        list.scan(kJacketEan);
        list.scan(kJacketEan);
        const Status marked = list.markUnavailable(lineId, quantity, reason);
        QCOMPARE(marked.ok(), accepted);
        QCOMPARE(list.piecesToPick(), toPick);
        QCOMPARE(list.confirmedPieces(), confirmedAfter);
        if (accepted && quantity > 0)
            QCOMPARE(list.unavailable(), (QList<UnavailablePieces>{{lineId, quantity, reason}}));
        if (!accepted)
            QVERIFY(list.unavailable().isEmpty());
    }

    void aScanOfAnUnavailableLineIsAnOverPick() {
        PickList list = exampleList();
        QVERIFY(list.markUnavailable(u"1"_s, 1, u"not_found"_s).ok());
        QCOMPARE(list.scan(kScarfEan).outcome, PickList::ScanOutcome::AlreadyComplete);
        QCOMPARE(list.confirmedPieces(), 0);
    }

    void tickConfirmsEveryPieceWithoutAScanner() {
        PickList list = exampleList();
        list.setConfirmed(u"2"_s, true);
        QCOMPARE(list.confirmedPieces(), 2);
        QCOMPARE(list.unconfirmedLines(), QStringList{u"1"_s});
        list.setConfirmed(u"1"_s, true);
        QVERIFY(list.isComplete());
        list.setConfirmed(u"2"_s, false);
        QCOMPARE(list.confirmedPieces(), 1);
    }

    void everyPieceUnavailableLeavesNothingToCollect() {
        PickList list = exampleList();
        QVERIFY(list.markUnavailable(u"1"_s, 1, u"damaged"_s).ok());
        QVERIFY(!list.nothingAvailable());
        QVERIFY(list.markUnavailable(u"2"_s, 2, u"not_found"_s).ok());
        QVERIFY(list.nothingAvailable());
        QVERIFY(!list.isComplete());
    }

    void progressIsRestoredWithinWhatTheLinesAllow() {
        PickList list = exampleList();
        list.scan(kJacketEan);
        QVERIFY(list.markUnavailable(u"1"_s, 1, u"damaged"_s).ok());
        const QList<PickProgress> kept = list.progress();
        QCOMPARE(kept, (QList<PickProgress>{{u"1"_s, 0, 1, u"damaged"_s}, {u"2"_s, 1, 0, QString()}}));

        PickList restored = exampleList();
        restored.restore(kept);
        QCOMPARE(restored.lines(), list.lines());
        // Kept for another order state: more than the line has, an unknown line, an unknown reason.
        PickList clamped = exampleList();
        clamped.restore({{u"2"_s, 5, 0, QString()}, {u"7"_s, 1, 0, QString()}, {u"1"_s, 0, 1, u"lost"_s}});
        QCOMPARE(clamped.line(u"2"_s)->picked, 2);
        QCOMPARE(clamped.unavailablePieces(), 0);
    }

    void readyChecksTheUnavailablePieces_data() {
        QTest::addColumn<int>("state");
        QTest::addColumn<QList<UnavailablePieces>>("unavailable");
        QTest::addColumn<QString>("code"); // empty: allowed

        const int awaiting = int(PickupState::AwaitingStock);
        QTest::newRow("none") << awaiting << QList<UnavailablePieces>{} << QString();
        QTest::newRow("one jacket damaged")
            << awaiting << QList<UnavailablePieces>{{u"2"_s, 1, u"damaged"_s}} << QString();
        QTest::newRow("scarf and a jacket")
            << awaiting
            << QList<UnavailablePieces>{{u"1"_s, 1, u"not_found"_s}, {u"2"_s, 1, u"stock_incorrect"_s}}
            << QString();
        QTest::newRow("everything") << awaiting
                                    << QList<UnavailablePieces>{{u"1"_s, 1, u"damaged"_s},
                                                                {u"2"_s, 2, u"damaged"_s}}
                                    << u"nothing_available"_s;
        QTest::newRow("unknown line")
            << awaiting << QList<UnavailablePieces>{{u"9"_s, 1, u"damaged"_s}} << u"invalid_value"_s;
        QTest::newRow("more than ordered")
            << awaiting << QList<UnavailablePieces>{{u"2"_s, 3, u"damaged"_s}} << u"invalid_value"_s;
        QTest::newRow("zero pieces") << awaiting << QList<UnavailablePieces>{{u"2"_s, 0, u"damaged"_s}}
                                     << u"invalid_value"_s;
        QTest::newRow("line twice") << awaiting
                                    << QList<UnavailablePieces>{{u"2"_s, 1, u"damaged"_s},
                                                                {u"2"_s, 1, u"not_found"_s}}
                                    << u"invalid_value"_s;
        QTest::newRow("unknown reason")
            << awaiting << QList<UnavailablePieces>{{u"2"_s, 1, u"stolen"_s}} << u"invalid_value"_s;
        QTest::newRow("already ready")
            << int(PickupState::Ready) << QList<UnavailablePieces>{{u"2"_s, 1, u"damaged"_s}}
            << u"invalid_transition"_s;
        QTest::newRow("already ready, none")
            << int(PickupState::Ready) << QList<UnavailablePieces>{} << QString();
    }
    void readyChecksTheUnavailablePieces() {
        QFETCH(int, state);
        QFETCH(QList<UnavailablePieces>, unavailable);
        QFETCH(QString, code);
        const Status status = PickupRules::checkUnavailable(PickupState(state), exampleLines(), unavailable);
        QCOMPARE(status.ok() ? QString() : status.error().code, code);
    }

    void linesCarryTheirUnavailablePiecesInJson() {
        const QList<PickupLine> lines =
            PickupRules::withUnavailable(exampleLines(), {{u"2"_s, 1, u"damaged"_s}});
        const QJsonArray json = PickupJson::linesToJson(lines);
        QVERIFY(!json.at(0).toObject().contains(u"unavailable"_s)); // a complete line stays as it was
        QCOMPARE(json.at(1)[u"unavailable"][u"reason"].toString(), u"damaged"_s);
        QCOMPARE(json.at(1)[u"unavailable"][u"quantity"].toInt(), 1);
        const Result<QList<PickupLine>> back = PickupJson::linesFromJson(json);
        QVERIFY(back);
        QCOMPARE(back.value(), lines);
        QJsonArray wrong = json;
        wrong[1] =
            QJsonObject{{u"line_id"_s, u"2"_s},
                        {u"quantity"_s, 2},
                        {u"unavailable"_s, QJsonObject{{u"quantity"_s, 1}, {u"reason"_s, u"stolen"_s}}}};
        QVERIFY(!PickupJson::linesFromJson(wrong));
    }

    void unavailablePiecesAreNotOpenForHandover() {
        Pickup pickup;
        pickup.lines = PickupRules::withUnavailable(exampleLines(), {{u"2"_s, 1, u"damaged"_s}});
        QCOMPARE(pickup.lines.at(1).unavailableReason, u"damaged"_s);
        QCOMPARE(PickupRules::openQuantities(PickupRules::ordered(pickup), PickupRules::settled(pickup)),
                 (QList<PickupLineQuantity>{{u"1"_s, 1}, {u"2"_s, 1}}));
        PickupRules::HandoverRequest request;
        request.lines = {{u"1"_s, 1}, {u"2"_s, 2}};
        request.method = IdentityMethod::KnownCustomer;
        const Result<PickupState> tooMany = PickupRules::checkHandover(
            PickupState::Ready, PickupRules::ordered(pickup), PickupRules::settled(pickup), {}, request);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, u"handover_quantity_exceeded"_s);
        request.lines = {{u"1"_s, 1}, {u"2"_s, 1}};
        const Result<PickupState> all = PickupRules::checkHandover(
            PickupState::Ready, PickupRules::ordered(pickup), PickupRules::settled(pickup), {}, request);
        QVERIFY(all);
        QCOMPARE(all.value(), PickupState::HandedOver);
    }
};

QTEST_GUILESS_MAIN(TestPickList)
#include "tst_picklist.moc"
