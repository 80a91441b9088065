// The customer timeline: every kind of cached record becomes an entry, newest first, grouped by
// month, filtered by channel and kind, handed to the view in batches.
#include "Database.h"
#include "OrderRepository.h"
#include "ReturnRepository.h"
#include "TimelineBuilder.h"
#include "TimelineModel.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDateTime at(int year, int month, int day, int hour = 12) {
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

Order order(const QString& no, const QString& channel, const QDateTime& placedAt, int pieces = 1) {
    Order o;
    o.id = u"o-"_s + no;
    o.orderNo = no;
    o.channel = channel;
    o.placedAt = placedAt;
    o.state = u"completed"_s;
    OrderLine line;
    line.lineId = u"1"_s;
    line.quantity = pieces;
    line.unitPrice = Money::eur(1000);
    line.total = Money::eur(1000 * pieces);
    o.lines = {line};
    o.totals.gross = line.total;
    return o;
}

// Orders in three channels, a return, a pickup, a contact, a note and a consent change, Sep–Nov 2026.
CustomerHistory sample() {
    CustomerHistory h;
    h.orders = {OrderFacts::of(order(u"W-1"_s, u"webshop"_s, at(2026, 11, 20), 2)),
                OrderFacts::of(order(u"S-1"_s, u"store"_s, at(2026, 10, 15))),
                OrderFacts::of(order(u"M-1"_s, u"marketplace:zalando"_s, at(2026, 9, 10)))};
    ReturnRecord r;
    r.id = u"r-1"_s;
    r.orderNo = u"W-1"_s;
    r.channel = u"store"_s;
    r.createdAt = at(2026, 11, 25);
    r.lines = {ReturnLine{u"1"_s, 1, {}, {}, {}}};
    r.refund = Refund{u"original"_s, Money::eur(1000)};
    r.state = u"refunded"_s;
    h.returns = {ReturnFacts::of(r)};
    Pickup p;
    p.id = u"p-1"_s;
    p.orderNo = u"W-1"_s;
    p.storeId = u"store-1"_s;
    p.state = PickupState::HandedOver;
    p.lines = {PickupLine{u"1"_s, 2}};
    Handover handover;
    handover.at = at(2026, 11, 22);
    p.handovers = {handover};
    h.pickups = {p};
    h.contacts = {
        ServiceContact{u"c-1"_s, u"cust"_s, u"phone"_s, u"Where is my parcel?"_s, at(2026, 11, 21), 1, {}}};
    Note n;
    n.id = u"n-1"_s;
    n.text = u"Prefers slim fit"_s;
    n.createdAt = at(2026, 10, 1);
    h.notes = {n};
    h.consents = {Consent{u"email"_s, true, at(2026, 9, 1), u"webshop"_s},
                  Consent{u"sms"_s, false, QDateTime(), QString()}};
    return h;
}

QList<TimelineKind> kindsOf(const QList<TimelineEvent>& events) {
    QList<TimelineKind> kinds;
    for (const TimelineEvent& e : events)
        kinds.append(e.kind);
    return kinds;
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyKindOfRecordBecomesAnEntryNewestFirst();
    void monthsGetAHeadingRowAboveTheirEntries();
    void filtersByChannelAndKind_data();
    void filtersByChannelAndKind();
    void fiveThousandEventsAreHandedOutInBatches();
    void theCacheGivesOrdersAndReturnsWithPiecesAndExactTimes();
    void theNewestPageReadFirstIsTheSameAsFromTheWholeHistory();
};

void TestTimeline::everyKindOfRecordBecomesAnEntryNewestFirst() {
    const QList<TimelineEvent> events = TimelineBuilder::build(sample());
    // The consent without a change date has nothing to show.
    QCOMPARE(kindsOf(events),
             (QList<TimelineKind>{TimelineKind::Return, TimelineKind::Pickup, TimelineKind::ServiceContact,
                                  TimelineKind::OnlineOrder, TimelineKind::StoreReceipt, TimelineKind::Note,
                                  TimelineKind::OnlineOrder, TimelineKind::Consent}));
    for (int i = 1; i < events.size(); ++i)
        QVERIFY(events[i - 1].at >= events[i].at);
    QCOMPARE(events[0].amount, Money::eur(1000));
    QCOMPARE(events[0].pieces, 1);
    QCOMPARE(events[0].channel, u"store"_s);
    QCOMPARE(events[1].at, at(2026, 11, 22)); // a pickup shows when it was handed over
    QCOMPARE(events[3].pieces, 2);
    QCOMPARE(events[6].channel, u"marketplace:zalando"_s);
    QCOMPARE(events[7].state, u"granted"_s);
}

void TestTimeline::monthsGetAHeadingRowAboveTheirEntries() {
    TimelineModel model;
    model.setEvents(TimelineBuilder::build(sample()));
    // Nov: return, pickup, contact, order; Oct: receipt, note; Sep: order, consent.
    QCOMPARE(model.rowCount(), 3 + 8);
    const QList<int> monthRows{0, 5, 8};
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.isMonthRow(row), monthRows.contains(row));
    QCOMPARE(model.index(0, 0).data(TimelineModel::MonthRole).toDate(), QDate(2026, 11, 1));
    QCOMPARE(model.index(5, 0).data(TimelineModel::MonthRole).toDate(), QDate(2026, 10, 1));
    QVERIFY(model.index(8, 0).data().toString().contains(u"2026"_s));
    QCOMPARE(model.index(1, 0).data(TimelineModel::OrderNoRole).toString(), u"W-1"_s);
}

void TestTimeline::filtersByChannelAndKind_data() {
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("months");
    QTest::newRow("everything") << QString() << -1 << 8 << 3;
    QTest::newRow("store: receipt, return taken back there and pickup") << u"store"_s << -1 << 3 << 2;
    QTest::newRow("marketplaces by any name") << u"marketplace"_s << -1 << 1 << 1;
    QTest::newRow("returns only") << QString() << int(TimelineKind::Return) << 1 << 1;
    QTest::newRow("online orders in the web shop")
        << u"webshop"_s << int(TimelineKind::OnlineOrder) << 1 << 1;
    QTest::newRow("no notes in the app") << u"app"_s << int(TimelineKind::Note) << 0 << 0;
}

void TestTimeline::filtersByChannelAndKind() {
    QFETCH(QString, channel);
    QFETCH(int, kind);
    QFETCH(int, events);
    QFETCH(int, months);
    TimelineModel model;
    model.setEvents(TimelineBuilder::build(sample()));
    model.setChannelFilter(channel);
    model.setKindFilter(kind < 0 ? std::nullopt : std::optional<TimelineKind>(TimelineKind(kind)));
    QCOMPARE(model.matchingEvents(), events);
    QCOMPARE(model.rowCount(), events + months);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.isMonthRow(row))
            continue;
        const TimelineEvent* e = model.eventAt(row);
        QVERIFY(e);
        if (kind >= 0)
            QCOMPARE(int(e->kind), kind);
        if (!channel.isEmpty())
            QVERIFY(e->channel.startsWith(channel));
    }
    model.setChannelFilter(QString());
    model.setKindFilter(std::nullopt);
    QCOMPARE(model.matchingEvents(), 8);
}

void TestTimeline::fiveThousandEventsAreHandedOutInBatches() {
    CustomerHistory h;
    const QStringList channels{u"webshop"_s, u"app"_s, u"store"_s, u"phone"_s, u"marketplace:otto"_s};
    const QDateTime start = at(2026, 11, 28);
    for (int i = 0; i < 4000; ++i)
        h.orders.append(OrderFacts::of(order(u"O-%1"_s.arg(i), channels[i % channels.size()],
                                             start.addSecs(-3600LL * 7 * i), 1 + i % 3)));
    for (int i = 0; i < 1000; ++i)
        h.contacts.append(ServiceContact{
            u"c-%1"_s.arg(i), u"cust"_s, u"email"_s, u"Question"_s, start.addSecs(-3600LL * 29 * i), 1, {}});
    QElapsedTimer timer;
    timer.start();
    QList<TimelineEvent> events = TimelineBuilder::build(h);
    const qint64 buildNs = timer.nsecsElapsed();
    timer.restart();
    TimelineModel model;
    model.setEvents(std::move(events));
    const qint64 modelNs = timer.nsecsElapsed();
    qInfo("5000 events: build %.2f ms, model (sort into months, filter) %.2f ms", buildNs / 1e6,
          modelNs / 1e6);

    QCOMPARE(model.totalEvents(), 5000);
    QCOMPARE(model.rowCount(), TimelineModel::kBatch);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * TimelineModel::kBatch);
    while (model.canFetchMore({}))
        model.fetchMore({});
    int eventRows = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        eventRows += model.isMonthRow(row) ? 0 : 1;
    QCOMPARE(eventRows, 5000);
    timer.restart();
    model.setKindFilter(TimelineKind::ServiceContact);
    qInfo("filter 5000 events to one kind: %.2f ms", timer.nsecsElapsed() / 1e6);
    QCOMPARE(model.matchingEvents(), 1000);
}

void TestTimeline::theCacheGivesOrdersAndReturnsWithPiecesAndExactTimes() {
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"cache.sqlite"_s));
    QVERIFY2(opened, qPrintable(opened.error().toString()));
    QSqlDatabase db = opened.value()->sql();
    Order o = order(u"W-7"_s, u"webshop"_s, at(2026, 3, 1).addMSecs(123), 2);
    o.customerId = u"cust"_s;
    o.lines.append(o.lines.first());
    o.lines.last().lineId = u"2"_s;
    o.lines.last().quantity = 3;
    o.version = 1;
    Order other = order(u"W-8"_s, u"app"_s, at(2026, 3, 2));
    other.customerId = u"someone-else"_s;
    QVERIFY(OrderRepository(db).upsert({o, other}));
    ReturnRecord r;
    r.id = u"r-7"_s;
    r.orderNo = u"W-7"_s;
    r.channel = u"store"_s;
    r.createdAt = at(2026, 3, 9).addMSecs(7);
    r.lines = {ReturnLine{u"1"_s, 1, {}, {}, {}}, ReturnLine{u"2"_s, 2, {}, {}, {}}};
    r.refund = Refund{u"original"_s, Money::eur(3000)};
    r.state = u"refunded"_s;
    r.version = 1;
    QVERIFY(ReturnRepository(db).upsert({r}));

    // Rows written before the pieces were kept (NULL) are counted from their lines.
    for (const bool storedPieces : {true, false}) {
        if (!storedPieces) {
            QVERIFY(QSqlQuery(db).exec(u"UPDATE orders SET pieces = NULL"_s));
            QVERIFY(QSqlQuery(db).exec(u"UPDATE returns SET pieces = NULL"_s));
        }
        const Result<CustomerHistory> history = TimelineBuilder::load(db, u"cust"_s);
        QVERIFY2(history, qPrintable(history.error().toString()));
        QCOMPARE(history->orders, QList<OrderFacts>{OrderFacts::of(o)});
        QCOMPARE(history->orders.first().pieces, 5);
        QCOMPARE(history->orders.first().placedAt, o.placedAt);
        QCOMPARE(history->returns, QList<ReturnFacts>{ReturnFacts::of(r)});
        QCOMPARE(history->returns.first().pieces, 3);
    }
}

void TestTimeline::theNewestPageReadFirstIsTheSameAsFromTheWholeHistory() {
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"cache.sqlite"_s));
    QVERIFY2(opened, qPrintable(opened.error().toString()));
    QSqlDatabase db = opened.value()->sql();
    // Orders every 5 hours, contacts every 3 days, and returns made lately of old orders too.
    QList<Order> orders;
    for (int i = 0; i < 600; ++i) {
        Order o =
            order(u"O-%1"_s.arg(i), i % 2 ? u"app"_s : u"store"_s, at(2026, 11, 28).addSecs(-3600LL * 5 * i));
        o.customerId = u"cust"_s;
        o.version = 1;
        orders.append(o);
    }
    QVERIFY(OrderRepository(db).upsert(orders));
    QList<ReturnRecord> returns;
    for (int i = 0; i < 100; ++i) {
        ReturnRecord r;
        r.id = u"r-%1"_s.arg(i);
        r.orderNo = orders[i * 6].orderNo;
        r.channel = u"store"_s;
        r.createdAt = at(2026, 11, 28).addSecs(-3600LL * 7 * i);
        r.lines = {ReturnLine{u"1"_s, 1, {}, {}, {}}};
        r.refund = Refund{u"original"_s, Money::eur(1000)};
        r.state = u"refunded"_s;
        r.version = 1;
        returns.append(r);
    }
    QVERIFY(ReturnRepository(db).upsert(returns));

    const Result<CustomerHistory> newest = TimelineBuilder::loadNewest(db, u"cust"_s, TimelineModel::kBatch);
    const Result<CustomerHistory> all = TimelineBuilder::load(db, u"cust"_s);
    QVERIFY(newest && all);
    QCOMPARE(all->orders.size(), 600);
    QCOMPARE(all->returns.size(), 100);
    const QList<TimelineEvent> first = TimelineBuilder::build(newest.value()).mid(0, TimelineModel::kBatch);
    const QList<TimelineEvent> whole = TimelineBuilder::build(all.value()).mid(0, TimelineModel::kBatch);
    QCOMPARE(first.size(), TimelineModel::kBatch);
    QCOMPARE(first, whole);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
