// The customer figures at the counter agree with the server: a real theke-server with demo data,
// a device that enrolled and pulled every feed into its cache, and the figures computed from the
// cache compared with figures worked out here, independently, from the server's own orders and
// returns feeds for the same customer.
#include "ApiClient.h"
#include "CurlTransport.h"
#include "CustomerFigures.h"
#include "Database.h"
#include "Enrollment.h"
#include "SyncEngine.h"
#include "TestServer.h"
#include "TimelineBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace {

// The figures as this test reads the server's JSON (cents, counts, the ISO date of the last order).
struct Expected {
    qint64 revenue = 0;
    int orders = 0;
    int bought = 0;
    int returned = 0;
    QDateTime last;
};

qint64 cents(const QJsonValue& money) {
    return money.toObject().value(u"amount"_s).toInteger();
}

QString currency(const QJsonValue& money) {
    return money.toObject().value(u"currency"_s).toString();
}

int pieces(const QJsonArray& lines) {
    int n = 0;
    for (const QJsonValue& line : lines)
        n += line.toObject().value(u"quantity"_s).toInt();
    return n;
}

} // namespace

class TestCustomerFiguresServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_token;

    // Every item of a feed, straight from the server.
    QList<QJsonObject> feed(const QString& name) {
        QList<QJsonObject> items;
        CurlTransport transport;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            HttpRequest request;
            request.url =
                QUrl(m_server->url().toString() + u"/v1/sync/%1?limit=2000&cursor=%2"_s.arg(name, cursor));
            request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8()});
            auto response = transport.send(request);
            if (!response || response->status != 200) {
                qWarning() << "feed" << name << (response ? response->status : -1);
                return {};
            }
            const QJsonObject body = QJsonDocument::fromJson(response->body).object();
            for (const QJsonValue& item : body.value(u"items"_s).toArray())
                items.append(item.toObject());
            if (!body.value(u"has_more"_s).toBool())
                break;
            cursor = body.value(u"next_cursor"_s).toString();
        }
        return items;
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 300;
        options.seed = 11;
        options.enrollCodes << u"CODE-FIG"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        CurlTransport transport;
        const Profile profile(m_dir.path());
        auto device = Enrollment::enroll(profile, transport, m_server->url(), u"CODE-FIG"_s, u"Kasse"_s);
        QVERIFY2(device, qPrintable(device.error().toString()));
        m_token = profile.readToken().value();
        auto db = Database::open(profile.databasePath());
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        ApiClient api(transport, m_server->url(), m_token);
        SyncEngine engine(*m_db, api);
        auto pulled = engine.pullAll({});
        QVERIFY2(pulled, qPrintable(pulled.error().toString()));
    }

    void figuresFromTheCacheMatchTheServersOrdersAndReturns_data() {
        QTest::addColumn<bool>("last12Months");
        QTest::newRow("all time") << false;
        QTest::newRow("last 12 months") << true;
    }

    void figuresFromTheCacheMatchTheServersOrdersAndReturns() {
        QFETCH(bool, last12Months);
        const QList<QJsonObject> orders = feed(u"orders"_s);
        const QList<QJsonObject> returns = feed(u"returns"_s);
        QVERIFY(!orders.isEmpty());
        QVERIFY(!returns.isEmpty());

        // A customer who bought in at least two channels and returned something.
        std::map<QString, std::set<QString>> channelsOf;
        std::map<QString, QString> customerOfOrder;
        for (const QJsonObject& o : orders) {
            const QString customer = o.value(u"customer_id"_s).toString();
            if (customer.isEmpty())
                continue;
            channelsOf[customer].insert(o.value(u"channel"_s).toString());
            customerOfOrder[o.value(u"order_no"_s).toString()] = customer;
        }
        std::map<QString, int> returnsOf;
        for (const QJsonObject& r : returns)
            if (const auto it = customerOfOrder.find(r.value(u"order_no"_s).toString());
                it != customerOfOrder.end())
                ++returnsOf[it->second];
        QString customer;
        int bestReturns = 0;
        for (const auto& [id, channels] : channelsOf)
            if (channels.size() >= 2 && returnsOf[id] > bestReturns) {
                customer = id;
                bestReturns = returnsOf[id];
            }
        QVERIFY2(!customer.isEmpty(), "the demo data has no customer with two channels and a return");

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime since = last12Months ? now.addMonths(-12) : QDateTime();
        std::map<QString, Expected> expected; // "" is the total
        std::map<QString, QString> countedChannel;
        for (const QJsonObject& o : orders) {
            if (o.value(u"customer_id"_s).toString() != customer ||
                o.value(u"state"_s).toString() == u"cancelled")
                continue;
            const QDateTime placed =
                QDateTime::fromString(o.value(u"placed_at"_s).toString(), Qt::ISODateWithMs);
            const QJsonValue gross = o.value(u"totals"_s).toObject().value(u"gross"_s);
            if ((since.isValid() && placed < since) || currency(gross) != u"EUR")
                continue;
            const QString channel = o.value(u"channel"_s).toString();
            countedChannel[o.value(u"order_no"_s).toString()] = channel;
            for (const QString& key : {channel, QString()}) {
                Expected& e = expected[key];
                e.revenue += cents(gross);
                e.orders += 1;
                e.bought += pieces(o.value(u"lines"_s).toArray());
                e.last = std::max(e.last, placed);
            }
        }
        for (const QJsonObject& r : returns) {
            const auto it = countedChannel.find(r.value(u"order_no"_s).toString());
            if (it == countedChannel.end() || r.value(u"state"_s).toString() == u"rejected")
                continue;
            const QJsonValue refund = r.value(u"refund"_s).toObject().value(u"amount"_s);
            QCOMPARE(currency(refund), u"EUR"_s);
            for (const QString& key : {it->second, QString()}) {
                expected[key].revenue -= cents(refund);
                expected[key].returned += pieces(r.value(u"lines"_s).toArray());
            }
        }

        const Result<CustomerHistory> history = TimelineBuilder::load(m_db->sql(), customer);
        QVERIFY2(history, qPrintable(history.error().toString()));
        const CustomerFigures figures = CustomerFigures::compute(history->orders, history->returns, since);
        QCOMPARE(qsizetype(figures.channels().size()),
                 qsizetype(expected.size() - (expected.count(QString()) ? 1 : 0)));
        for (const auto& [channel, e] : expected) {
            const ChannelFigures* f = channel.isEmpty() ? &figures.total() : figures.channel(channel);
            QVERIFY2(f, qPrintable(channel));
            QCOMPARE(f->revenue.cents, e.revenue);
            QCOMPARE(f->orders, e.orders);
            QCOMPARE(f->averageOrderValue(),
                     Money::eur(e.orders ? e.revenue : 0).scaled(1, std::max(1, e.orders)));
            QCOMPARE(f->piecesBought, e.bought);
            QCOMPARE(f->piecesReturned, e.returned);
            QCOMPARE(f->lastPurchase, e.last);
        }
        if (!last12Months) {
            QVERIFY(figures.channels().size() >= 2);
            QVERIFY(figures.total().piecesReturned > 0);
        }
        qInfo("customer with %d returns, %d channels: total %lld cents over %d orders", bestReturns,
              int(figures.channels().size()), figures.total().revenue.cents, figures.total().orders);
    }
};

QTEST_GUILESS_MAIN(TestCustomerFiguresServer)
#include "tst_customerfigures_server.moc"
