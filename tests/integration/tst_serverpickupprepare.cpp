// theke-server's side of preparing a pickup: pieces the store cannot provide travel with the ready
// command (`unavailable`), are checked (line, quantity, reason, state), recorded on the pickup's lines
// in the pickups feed, and cannot be handed over afterwards; when every piece is unavailable the
// order cannot be ready and stays to prepare.
#include "PickupServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int piecesOf(const QJsonObject& pickup) {
    int pieces = 0;
    for (const QJsonValue& line : pickup[u"lines"].toArray())
        pieces += line[u"quantity"].toInt();
    return pieces;
}

QJsonObject piece(const QString& lineId, int quantity, const QString& reason) {
    return {{u"line_id"_s, lineId}, {u"quantity"_s, quantity}, {u"reason"_s, reason}};
}

} // namespace

class TestServerPickupPrepare : public QObject, public PickupServerSupport::PickupServerFixture {
    Q_OBJECT

private:
    // An awaiting_stock pickup of any store with at least `pieces` pieces that no test used yet.
    QJsonObject awaiting(int pieces = 1) {
        return pickup(u"awaiting_stock"_s, true,
                      [pieces](const QJsonObject& p) { return piecesOf(p) >= pieces; });
    }
    // The first line of p with `quantity` set, and the rest as they are: a handover of every piece.
    static QJsonArray everyPiece(const QJsonObject& p) {
        QJsonArray lines;
        for (const QJsonValue& line : p[u"lines"].toArray())
            lines.append(QJsonObject{{u"line_id"_s, line[u"line_id"]}, {u"quantity"_s, line[u"quantity"]}});
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { startServer(); }

    void unavailablePiecesAreRecordedAndNeverHandedOver() {
        const QJsonObject p = awaiting(2);
        QVERIFY2(!p.isEmpty(), "the demo data has a pickup to prepare with two pieces");
        const QString lineId = p[u"lines"][0][u"line_id"].toString();
        CommandClient commands = client(p);
        const CommandClient::Answer ready = commands.send(
            u"POST"_s, path(p, u"ready"_s),
            {{u"shelf"_s, u"A-03"_s}, {u"unavailable"_s, QJsonArray{piece(lineId, 1, u"damaged"_s)}}},
            ifMatch(p));
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.object()[u"state"].toString(), u"ready"_s);

        const QJsonObject fed = current(p);
        QCOMPARE(fed[u"state"].toString(), u"ready"_s);
        const QJsonObject line = fed[u"lines"][0].toObject();
        QCOMPARE(line[u"quantity"], p[u"lines"][0][u"quantity"]); // what was ordered stays
        QCOMPARE(line[u"unavailable"][u"quantity"].toInt(), 1);
        QCOMPARE(line[u"unavailable"][u"reason"].toString(), u"damaged"_s);
        for (qsizetype i = 1; i < fed[u"lines"].toArray().size(); ++i)
            QVERIFY(!fed[u"lines"][i].toObject().contains(u"unavailable"_s));

        // Every ordered piece is one too many now; what is there is everything.
        QJsonObject handover = handoverBody(everyPiece(fed), u"known_customer"_s);
        const CommandClient::Answer tooMany =
            commands.send(u"POST"_s, path(fed, u"handover"_s), handover, ifMatch(fed));
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.code(), u"handover_quantity_exceeded"_s);
        QJsonArray available = everyPiece(fed);
        QJsonObject first = available[0].toObject();
        first[u"quantity"_s] = first[u"quantity"].toInt() - 1;
        if (first[u"quantity"].toInt() == 0)
            available.removeAt(0);
        else
            available[0] = first;
        handover[u"lines"_s] = available;
        const CommandClient::Answer all =
            commands.send(u"POST"_s, path(fed, u"handover"_s), handover, ifMatch(fed));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.object()[u"state"].toString(), u"handed_over"_s);
    }

    void readyRefusesWrongUnavailablePieces_data() {
        QTest::addColumn<QString>("lineId"); // "first": the pickup's first line
        QTest::addColumn<int>("extra");      // added to the first line's ordered quantity
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("line not on the pickup") << u"99"_s << -1 << u"damaged"_s << 422 << u"invalid_value"_s;
        QTest::newRow("more than ordered") << u"first"_s << 1 << u"not_found"_s << 422 << u"invalid_value"_s;
        QTest::newRow("unknown reason") << u"first"_s << -1 << u"stolen"_s << 422 << u"invalid_value"_s;
    }
    void readyRefusesWrongUnavailablePieces() {
        QFETCH(QString, lineId);
        QFETCH(int, extra);
        QFETCH(QString, reason);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QJsonObject p = awaiting();
        QVERIFY(!p.isEmpty());
        const QJsonObject line = p[u"lines"][0].toObject();
        const QString id = lineId == u"first" ? line[u"line_id"].toString() : lineId;
        const int quantity = std::max(1, line[u"quantity"].toInt() + extra);
        const CommandClient::Answer answer = client(p).send(
            u"POST"_s, path(p, u"ready"_s),
            {{u"shelf"_s, u"A-04"_s}, {u"unavailable"_s, QJsonArray{piece(id, quantity, reason)}}},
            ifMatch(p));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.code(), code);
        QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
        QCOMPARE(current(p), p); // nothing changed
    }

    void everyPieceUnavailableKeepsTheOrderToPrepare() {
        const QJsonObject p = awaiting();
        QVERIFY(!p.isEmpty());
        QJsonArray all;
        for (const QJsonValue& line : p[u"lines"].toArray())
            all.append(piece(line[u"line_id"].toString(), line[u"quantity"].toInt(), u"stock_incorrect"_s));
        const CommandClient::Answer answer = client(p).send(
            u"POST"_s, path(p, u"ready"_s), {{u"shelf"_s, u"A-05"_s}, {u"unavailable"_s, all}}, ifMatch(p));
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.code(), u"nothing_available"_s);
        QCOMPARE(current(p)[u"state"].toString(), u"awaiting_stock"_s);
        QCOMPARE(current(p)[u"version"], p[u"version"]);
    }

    void unavailablePiecesOnlyWhilePreparing() {
        const QJsonObject p = awaiting();
        QVERIFY(!p.isEmpty());
        CommandClient commands = client(p);
        const CommandClient::Answer ready =
            commands.send(u"POST"_s, path(p, u"ready"_s), {{u"shelf"_s, u"A-06"_s}}, ifMatch(p));
        QCOMPARE(ready.status, 200);
        const QJsonObject fed = current(p);
        const CommandClient::Answer late = commands.send(
            u"POST"_s, path(fed, u"ready"_s),
            {{u"shelf"_s, u"A-07"_s},
             {u"unavailable"_s, QJsonArray{piece(fed[u"lines"][0][u"line_id"].toString(), 1, u"damaged"_s)}}},
            ifMatch(fed));
        QCOMPARE(late.status, 409);
        QCOMPARE(late.code(), u"invalid_transition"_s);
        // Moving shelf place without unavailable pieces stays possible.
        const CommandClient::Answer moved =
            commands.send(u"POST"_s, path(fed, u"ready"_s), {{u"shelf"_s, u"A-07"_s}}, ifMatch(fed));
        QCOMPARE(moved.status, 200);
        QCOMPARE(current(p)[u"shelf"].toString(), u"A-07"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerPickupPrepare)
#include "tst_serverpickupprepare.moc"
