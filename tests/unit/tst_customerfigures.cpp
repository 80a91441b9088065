#include "CustomerFigures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

// "W1:webshop:2026-10-01:2x1000" — order no, channel, day placed, lines as qty x unit cents.
Order order(const QString& spec) {
    const QStringList parts = spec.split(u':');
    Order o;
    o.orderNo = parts[0];
    o.id = u"id-"_s + parts[0];
    o.channel = parts[1];
    o.placedAt = QDateTime(QDate::fromString(parts[2], Qt::ISODate), QTime(10, 0), Qt::UTC);
    o.state = u"completed"_s;
    o.totals.gross = Money::eur(0);
    int lineNo = 0;
    for (const QString& line : parts[3].split(u',')) {
        const QStringList qp = line.split(u'x');
        OrderLine l;
        l.lineId = QString::number(++lineNo);
        l.quantity = qp[0].toInt();
        l.unitPrice = Money::eur(qp[1].toLongLong());
        l.total = l.unitPrice * l.quantity;
        o.lines.append(l);
        o.totals.gross += l.total;
    }
    return o;
}

// "W1:store:1:2:500" — order no, channel that took it back, line id, pieces, refund cents.
ReturnRecord returned(const QString& spec) {
    const QStringList parts = spec.split(u':');
    ReturnRecord r;
    r.id = u"r-"_s + spec;
    r.orderNo = parts[0];
    r.channel = parts[1];
    r.lines.append(ReturnLine{parts[2], parts[3].toInt(), u"does_not_fit"_s, u"as_new"_s, u"restock"_s});
    r.refund = Refund{u"original"_s, Money::eur(parts[4].toLongLong())};
    r.state = u"refunded"_s;
    r.createdAt = kNow.addDays(-1);
    return r;
}

} // namespace

class TestCustomerFigures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void figuresPerChannelAndTotal_data();
    void figuresPerChannelAndTotal();
    void twelveMonthWindowStartsTwelveCalendarMonthsBack();
    void averageOrderValueRoundsHalfAwayFromZero_data();
    void averageOrderValueRoundsHalfAwayFromZero();
    void returnRateRoundsToBasisPoints_data();
    void returnRateRoundsToBasisPoints();
};

void TestCustomerFigures::figuresPerChannelAndTotal_data() {
    QTest::addColumn<QStringList>("orders");
    QTest::addColumn<QStringList>("returns");
    QTest::addColumn<bool>("last12Months");
    QTest::addColumn<QString>("channel"); // empty: the total
    QTest::addColumn<qint64>("revenue");
    QTest::addColumn<int>("orderCount");
    QTest::addColumn<qint64>("average");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<QDate>("lastPurchase");

    const QStringList twoChannels{u"W1:webshop:2026-10-01:2x1000"_s, u"S1:store:2026-11-01:1x3000"_s,
                                  u"A1:app:2025-01-05:1x999"_s};
    QTest::newRow("webshop alone") << twoChannels << QStringList() << false << u"webshop"_s << qint64(2000)
                                   << 1 << qint64(2000) << 0 << QDate(2026, 10, 1);
    QTest::newRow("total of all channels") << twoChannels << QStringList() << false << QString()
                                           << qint64(5999) << 3 << qint64(2000) << 0 << QDate(2026, 11, 1);
    QTest::newRow("return in a store lowers the webshop's revenue, not the store's")
        << twoChannels << QStringList{u"W1:store:1:1:1000"_s} << false << u"webshop"_s << qint64(1000) << 1
        << qint64(1000) << 5000 << QDate(2026, 10, 1);
    QTest::newRow("store keeps its revenue when it takes back a webshop parcel")
        << twoChannels << QStringList{u"W1:store:1:1:1000"_s} << false << u"store"_s << qint64(3000) << 1
        << qint64(3000) << 0 << QDate(2026, 11, 1);
    QTest::newRow("partial returns of one order add up")
        << QStringList{u"W1:webshop:2026-10-01:3x1000,1x500"_s}
        << QStringList{u"W1:store:1:1:1000"_s, u"W1:webshop:1:1:1000"_s} << false << QString() << qint64(1500)
        << 1 << qint64(1500) << 5000 << QDate(2026, 10, 1);
    QTest::newRow("older orders drop out of the last 12 months")
        << twoChannels << QStringList() << true << QString() << qint64(5000) << 2 << qint64(2500) << 0
        << QDate(2026, 11, 1);
    QTest::newRow("a return of an order outside the window does not count inside it")
        << twoChannels << QStringList{u"A1:store:1:1:999"_s} << true << QString() << qint64(5000) << 2
        << qint64(2500) << 0 << QDate(2026, 11, 1);
    QTest::newRow("an order two hours before the window start drops out")
        << QStringList{u"W1:webshop:2025-11-29:1x100"_s} << QStringList() << true << QString() << qint64(0)
        << 0 << qint64(0) << 0 << QDate();
    QTest::newRow("a refund of the whole order leaves zero revenue but the order counts")
        << QStringList{u"W1:webshop:2026-10-01:1x4999"_s} << QStringList{u"W1:webshop:1:1:4999"_s} << false
        << QString() << qint64(0) << 1 << qint64(0) << 10000 << QDate(2026, 10, 1);
}

void TestCustomerFigures::figuresPerChannelAndTotal() {
    QFETCH(QStringList, orders);
    QFETCH(QStringList, returns);
    QFETCH(bool, last12Months);
    QFETCH(QString, channel);
    QFETCH(qint64, revenue);
    QFETCH(int, orderCount);
    QFETCH(qint64, average);
    QFETCH(int, rateBp);
    QFETCH(QDate, lastPurchase);

    QList<Order> os;
    for (const QString& s : orders)
        os.append(order(s));
    QList<ReturnRecord> rs;
    for (const QString& s : returns)
        rs.append(returned(s));
    const CustomerFigures figures = CustomerFigures::compute(
        os, rs, last12Months ? CustomerFigures::twelveMonthsBefore(kNow) : QDateTime());
    const ChannelFigures* f = channel.isEmpty() ? &figures.total() : figures.channel(channel);
    if (orderCount == 0 && !channel.isEmpty()) {
        QVERIFY(!f);
        return;
    }
    QVERIFY(f);
    QCOMPARE(f->revenue, Money::eur(revenue));
    QCOMPARE(f->orders, orderCount);
    QCOMPARE(f->averageOrderValue(), Money::eur(average));
    QCOMPARE(f->returnRateBasisPoints(), rateBp);
    QCOMPARE(f->lastPurchase.date(), lastPurchase);
}

void TestCustomerFigures::twelveMonthWindowStartsTwelveCalendarMonthsBack() {
    const QDateTime since = CustomerFigures::twelveMonthsBefore(kNow);
    QCOMPARE(since, QDateTime(QDate(2025, 11, 29), QTime(12, 0), Qt::UTC));
    Order atBoundary = order(u"W1:webshop:2025-11-29:1x100"_s);
    atBoundary.placedAt = since;
    Order justBefore = order(u"W2:webshop:2025-11-29:1x200"_s);
    justBefore.placedAt = since.addSecs(-1);
    const CustomerFigures figures = CustomerFigures::compute({atBoundary, justBefore}, {}, since);
    QCOMPARE(figures.total().orders, 1);
    QCOMPARE(figures.total().revenue, Money::eur(100));
}

void TestCustomerFigures::averageOrderValueRoundsHalfAwayFromZero_data() {
    QTest::addColumn<QStringList>("orders");
    QTest::addColumn<qint64>("average");
    QTest::newRow("10.00 / 3 = 3.333… → 3.33")
        << QStringList{u"A:webshop:2026-01-01:1x333"_s, u"B:webshop:2026-01-02:1x333"_s,
                       u"C:webshop:2026-01-03:1x334"_s}
        << qint64(333);
    QTest::newRow("0.05 / 2 = 0.025 → 0.03")
        << QStringList{u"A:webshop:2026-01-01:1x2"_s, u"B:webshop:2026-01-02:1x3"_s} << qint64(3);
    QTest::newRow("20.00 / 3 = 6.666… → 6.67")
        << QStringList{u"A:webshop:2026-01-01:1x1000"_s, u"B:webshop:2026-01-02:1x1000"_s,
                       u"C:webshop:2026-01-03:1x0"_s}
        << qint64(667);
}

void TestCustomerFigures::averageOrderValueRoundsHalfAwayFromZero() {
    QFETCH(QStringList, orders);
    QFETCH(qint64, average);
    QList<Order> os;
    for (const QString& s : orders)
        os.append(order(s));
    QCOMPARE(CustomerFigures::compute(os, {}).total().averageOrderValue(), Money::eur(average));
}

void TestCustomerFigures::returnRateRoundsToBasisPoints_data() {
    QTest::addColumn<int>("returned");
    QTest::addColumn<int>("bought");
    QTest::addColumn<int>("rateBp");
    QTest::newRow("1 of 3") << 1 << 3 << 3333;
    QTest::newRow("2 of 3") << 2 << 3 << 6667;
    QTest::newRow("none bought") << 0 << 0 << 0;
    QTest::newRow("all") << 7 << 7 << 10000;
}

void TestCustomerFigures::returnRateRoundsToBasisPoints() {
    QFETCH(int, returned);
    QFETCH(int, bought);
    QFETCH(int, rateBp);
    ChannelFigures f;
    f.piecesReturned = returned;
    f.piecesBought = bought;
    QCOMPARE(f.returnRateBasisPoints(), rateBp);
}

QTEST_APPLESS_MAIN(TestCustomerFigures)
#include "tst_customerfigures.moc"
