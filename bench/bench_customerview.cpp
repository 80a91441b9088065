// bench_customerview: from picking a customer with a long history to the first paint of their
// History tab (timeline and figures), over a generated cache.
//
//   bench_customerview [events=5000] [rounds=7]
//
// The History tab paints the newest entries first and reads the rest right after; both times are
// printed. Generates one customer with orders in five channels (3 lines each), returns, service contacts
// and notes adding up to `events`, then opens the customer view offscreen `rounds` times.
// Prints one JSON object on stdout.

#include "CustomerDetailPane.h"
#include "CustomerFigures.h"
#include "CustomerHistoryPanel.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "NoteRepository.h"
#include "OrderRepository.h"
#include "ReturnRepository.h"
#include "ServiceContactRepository.h"
#include "TimelineBuilder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString kCustomer = u"c-bench"_s;

// Records when the watched widget paints for the first time after arm().
class FirstPaint : public QObject {
public:
    QElapsedTimer timer;
    qint64 paintedNs = -1;
    void arm() {
        paintedNs = -1;
        timer.start();
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && paintedNs < 0)
            paintedNs = timer.nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};

bool generate(Database& db, int events) {
    Customer c;
    c.id = kCustomer;
    c.customerNo = u"K9000001"_s;
    c.firstName = u"Bench"_s;
    c.lastName = u"Kundin"_s;
    c.consents = {Consent{u"email"_s, true, QDateTime::currentDateTimeUtc().addDays(-3), u"webshop"_s}};
    c.version = 1;
    const QStringList channels{u"webshop"_s, u"app"_s, u"store"_s, u"phone"_s, u"marketplace:zalando"_s};
    const int orders = events * 7 / 10;
    const int returns = events / 10;
    const int contacts = events / 10;
    const int notes = events - orders - returns - contacts - 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Order> os;
    for (int i = 0; i < orders; ++i) {
        Order o;
        o.id = u"o-%1"_s.arg(i);
        o.orderNo = u"B-%1"_s.arg(i, 6, 10, QChar(u'0'));
        o.channel = channels[i % channels.size()];
        o.customerId = kCustomer;
        o.placedAt = now.addSecs(-3600LL * 5 * i);
        o.totals.gross = Money::eur(0);
        for (int l = 0; l < 3; ++l) {
            OrderLine line{u"%1"_s.arg(l + 1),
                           u"SKU-%1"_s.arg(i * 3 + l),
                           u"Artikel %1"_s.arg(l),
                           1 + l % 2,
                           Money::eur(1995 + 100 * l),
                           Money::eur((1995 + 100 * l) * (1 + l % 2)),
                           0};
            o.lines.append(line);
            o.totals.gross += line.total;
        }
        o.payment.method = u"paypal"_s;
        o.fulfilment = u"delivery"_s;
        o.state = u"delivered"_s;
        o.version = 1;
        os.append(o);
    }
    QList<ReturnRecord> rs;
    for (int i = 0; i < returns; ++i) {
        const Order& o = os[i * 7 % orders];
        ReturnRecord r;
        r.id = u"r-%1"_s.arg(i);
        r.orderNo = o.orderNo;
        r.channel = u"store"_s;
        r.lines = {ReturnLine{u"1"_s, 1, u"does_not_fit"_s, u"as_new"_s, u"restock"_s}};
        r.refund = Refund{u"original"_s, o.lines[0].unitPrice};
        r.state = u"refunded"_s;
        r.createdAt = o.placedAt.addDays(5);
        r.version = 1;
        rs.append(r);
    }
    QList<ServiceContact> cs;
    for (int i = 0; i < contacts; ++i)
        cs.append(ServiceContact{u"sc-%1"_s.arg(i),
                                 kCustomer,
                                 u"email"_s,
                                 u"Frage zur Lieferung"_s,
                                 now.addSecs(-3600LL * 31 * i),
                                 1,
                                 {}});
    QList<Note> ns;
    for (int i = 0; i < notes; ++i)
        ns.append(Note{u"n-%1"_s.arg(i),
                       {},
                       kCustomer,
                       u"Notiz %1"_s.arg(i),
                       u"staff-1"_s,
                       now.addSecs(-3600LL * 37 * i),
                       1,
                       false});
    QSqlDatabase sql = db.sql();
    sql.transaction();
    const bool ok = CustomerRepository(sql).upsert({c}) && OrderRepository(sql).upsert(os) &&
                    ReturnRepository(sql).upsert(rs) && ServiceContactRepository(sql).upsert(cs) &&
                    NoteRepository(sql).upsertFromServer(ns);
    sql.commit();
    return ok;
}

double percentile(QList<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[qsizetype(std::min<double>(double(v.size() - 1), p * double(v.size())))];
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"theke.*.info=false\ntheke.*.debug=false"_s);
    const QStringList args = app.arguments();
    const int events = args.size() > 1 ? args[1].toInt() : 5000;
    const int rounds = args.size() > 2 ? args[2].toInt() : 7;

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"cache.sqlite"_s));
    if (!opened || !generate(*opened.value(), events)) {
        std::fprintf(stderr, "cannot generate the cache\n");
        return 1;
    }
    Database& db = *opened.value();
    const Customer customer = *CustomerRepository(db.sql()).find(kCustomer);

    QList<double> loadMs, buildMs, figuresMs, overviewMs, historyMs;
    QList<double> ordersMs, returnsMs, contactsMs, notesMs, completeMs;
    int eventCount = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        const auto orderFacts =
            OrderRepository(db.sql()).factsForCustomer(kCustomer, TimelineBuilder::kLimit);
        ordersMs << t.nsecsElapsed() / 1e6;
        QStringList orderNos;
        for (const OrderFacts& o : orderFacts.value())
            orderNos.append(o.orderNo);
        t.restart();
        (void)ReturnRepository(db.sql()).factsForOrderNos(orderNos, TimelineBuilder::kLimit);
        returnsMs << t.nsecsElapsed() / 1e6;
        t.restart();
        (void)ServiceContactRepository(db.sql()).forCustomer(kCustomer, TimelineBuilder::kLimit);
        contactsMs << t.nsecsElapsed() / 1e6;
        t.restart();
        (void)NoteRepository(db.sql()).forCustomer(kCustomer, TimelineBuilder::kLimit);
        notesMs << t.nsecsElapsed() / 1e6;
        t.restart();
        const Result<CustomerHistory> history = TimelineBuilder::load(db.sql(), kCustomer);
        loadMs << t.nsecsElapsed() / 1e6;
        t.restart();
        eventCount = int(TimelineBuilder::build(history.value()).size());
        buildMs << t.nsecsElapsed() / 1e6;
        t.restart();
        const CustomerFigures figures = CustomerFigures::compute(history->orders, history->returns);
        figuresMs << t.nsecsElapsed() / 1e6;

        CustomerDetailPane pane(db.sql());
        pane.resize(620, 700);
        pane.show();
        QCoreApplication::processEvents();
        FirstPaint overview;
        pane.installEventFilter(&overview);
        overview.arm();
        pane.showCustomer(customer);
        pane.repaint();
        overviewMs << (overview.paintedNs < 0 ? overview.timer.nsecsElapsed() : overview.paintedNs) / 1e6;

        FirstPaint timeline;
        pane.historyPanel()->view()->viewport()->installEventFilter(&timeline);
        timeline.arm();
        pane.showHistory();
        while (timeline.paintedNs < 0 && timeline.timer.elapsed() < 5000)
            QCoreApplication::processEvents();
        historyMs << timeline.paintedNs / 1e6;
        while (pane.historyPanel()->isLoadingRest() && timeline.timer.elapsed() < 5000)
            QCoreApplication::processEvents();
        completeMs << timeline.timer.nsecsElapsed() / 1e6;
    }
    const QJsonObject out{
        {u"bench"_s, u"customerview"_s},
        {u"events"_s, eventCount},
        {u"rounds"_s, rounds},
        {u"load_ms_p50"_s, percentile(loadMs, 0.5)},
        {u"load_orders_ms_p50"_s, percentile(ordersMs, 0.5)},
        {u"load_returns_ms_p50"_s, percentile(returnsMs, 0.5)},
        {u"load_contacts_ms_p50"_s, percentile(contactsMs, 0.5)},
        {u"load_notes_ms_p50"_s, percentile(notesMs, 0.5)},
        {u"build_ms_p50"_s, percentile(buildMs, 0.5)},
        {u"figures_ms_p50"_s, percentile(figuresMs, 0.5)},
        {u"overview_first_paint_ms_p50"_s, percentile(overviewMs, 0.5)},
        {u"history_first_paint_ms_p50"_s, percentile(historyMs, 0.5)},
        {u"history_first_paint_ms_max"_s, percentile(historyMs, 1.0)},
        // Everything read, timeline complete and figures shown (right after the first paint).
        {u"history_complete_ms_p50"_s, percentile(completeMs, 0.5)},
        {u"target_ms"_s, 50},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
