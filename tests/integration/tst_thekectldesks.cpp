// theke-ctl at the desks, as a script uses it: the real binary on a synced profile against the real
// theke-server. export, return create/list, cart show/add and pickup list; changes go out with push
// and show up in the server's feeds.
#include "CtlRunner.h"
#include "Money.h"
#include "Profile.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;

// A refusal or failure: one line on stderr, nothing on stdout.
void verifyOneLineFailure(const CtlRun& run, int exitCode) {
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("theke-ctl: "));
    QVERIFY(run.out.isEmpty());
}

QJsonObject firstLine(const QJsonObject& order) {
    return order[u"lines"].toArray().at(0).toObject();
}

} // namespace

class TestThekeCtlDesks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QTemporaryDir m_dir;
    QString m_token;                        // a second device of the same store, to read the server's feeds
    QHash<QString, QJsonObject> m_products; // sku → product
    QSet<QString> m_usedOrders;

    QString profile() const { return m_dir.path(); }
    CtlRun ctl(const QStringList& args) const { return runCtl(profile(), args); }
    QJsonDocument ctlJson(const QStringList& args) const {
        const CtlRun run = ctl(args);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out);
    }
    QJsonArray feed(const QString& name) { return m_api->readFeed(name, m_token, 2000).items; }

    // A webshop order of this store's cache delivered minDays to maxDays ago, nothing returned yet and
    // every article returnable; marked used.
    QJsonObject order(int minDays, int maxDays) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonValue& value : feed(u"orders"_s)) {
            const QJsonObject o = value.toObject();
            const QDateTime delivered =
                QDateTime::fromString(o[u"delivered_at"].toString(), Qt::ISODateWithMs);
            if (o[u"channel"] != u"webshop"_s || !delivered.isValid() ||
                m_usedOrders.contains(o[u"order_no"].toString()))
                continue;
            const qint64 days = delivered.daysTo(now);
            bool fits = days >= minDays && days <= maxDays;
            for (const QJsonValue& line : o[u"lines"].toArray())
                fits = fits && line[u"returned_quantity"].toInt() == 0 &&
                       m_products.value(line[u"sku"].toString())[u"returnable"].toBool();
            if (fits) {
                m_usedOrders.insert(o[u"order_no"].toString());
                return o;
            }
        }
        return {};
    }
    QString staff(const QString& role) {
        for (const QJsonValue& s : feed(u"staff"_s)) {
            if (s[u"role"] == role)
                return s[u"id"].toString();
        }
        return {};
    }
    QJsonObject product(int vatHundredths) {
        for (const QJsonObject& p : std::as_const(m_products)) {
            // At its regular price: promotions are tst_thekectlhandon's.
            if (qRound(p[u"vat_rate"].toDouble() * 100) == vatHundredths && !p[u"eans"].toArray().isEmpty() &&
                p[u"promotion"].isNull())
                return p;
        }
        return {};
    }
    // Customers that have orders of at least two channels, and customers without any cart.
    QStringList customers(bool withChannels) {
        QHash<QString, QSet<QString>> channels;
        for (const QJsonValue& o : feed(u"orders"_s))
            channels[o[u"customer_id"].toString()].insert(o[u"channel"].toString());
        QSet<QString> withCart;
        for (const QJsonValue& c : feed(u"carts"_s))
            withCart.insert(c[u"customer_id"].toString());
        QStringList ids;
        for (const QJsonValue& c : feed(u"customers"_s)) {
            const QString id = c[u"id"].toString();
            if (withChannels ? channels.value(id).size() >= 2 : !withCart.contains(id))
                ids.append(id);
        }
        return ids;
    }
    QJsonArray outbox() { return ctlJson({u"outbox"_s, u"list"_s, u"--json"_s}).array(); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        TestServer::Options options;
        options.demoCustomers = 500;
        options.seed = 17;
        options.enrollCodes = {u"DESK-1"_s};
        options.extraArgs = {u"--test-mode"_s, u"--enroll-store"_s, kStore};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enrollAt(kStore);
        QVERIFY(!m_token.isEmpty());
        const CtlRun enroll =
            ctl({u"enroll"_s, u"--server"_s, m_server->url().toString(), u"--code"_s, u"DESK-1"_s});
        QVERIFY2(enroll.exitCode == 0, enroll.err.constData());
        const CtlRun sync = ctl({u"sync"_s});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        for (const QJsonValue& p : feed(u"products"_s))
            m_products.insert(p[u"sku"].toString(), p.toObject());
    }

    void exportHasEveryChannelAndNoOtherCustomer() {
        const QStringList candidates = customers(true);
        QVERIFY(!candidates.isEmpty());
        const QString id = candidates.first();
        const CtlRun run = runCtl(profile(), {u"-v"_s, u"export"_s, id});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QJsonObject customer = json[u"profile"].toObject();
        QCOMPARE(customer[u"id"].toString(), id);
        QVERIFY(customer[u"consents"].isArray());

        QSet<QString> expected, channels, exported;
        for (const QJsonValue& o : feed(u"orders"_s)) {
            if (o[u"customer_id"] == id)
                expected.insert(o[u"order_no"].toString());
        }
        for (const QJsonValue& value : json[u"orders"].toArray()) {
            const QJsonObject o = value.toObject();
            QCOMPARE(o[u"customer_id"].toString(), id);
            QVERIFY(!o[u"channel"].toString().isEmpty());
            QVERIFY(!o[u"lines"].toArray().isEmpty());
            QVERIFY(o[u"totals"].toObject().contains(u"gross"_s));
            channels.insert(o[u"channel"].toString());
            exported.insert(o[u"order_no"].toString());
        }
        QCOMPARE(exported, expected);
        QVERIFY(channels.size() >= 2);
        for (const char* part : {"notes", "returns", "pickups", "contacts", "carts"})
            QVERIFY2(json[QLatin1String(part)].isArray(), part);
        for (const QJsonValue& r : json[u"returns"].toArray())
            QVERIFY(exported.contains(r[u"order_no"].toString()));
        for (const QJsonValue& p : json[u"pickups"].toArray())
            QVERIFY(!p.toObject().contains(u"pickup_code_hash"_s));

        // Nobody else's data: no other customer's id or customer number appears anywhere.
        for (const QJsonValue& c : feed(u"customers"_s)) {
            if (c[u"id"] == id)
                continue;
            QVERIFY(!run.out.contains(c[u"id"].toString().toUtf8()));
            QVERIFY(!run.out.contains(QByteArray("\"") + c[u"customer_no"].toString().toUtf8() + '"'));
        }
        // The content is not logged, even verbosely.
        QVERIFY(!run.err.contains(customer[u"last_name"].toString().toUtf8()));
        QVERIFY(!run.err.contains(customer[u"email"].toString().toUtf8()));

        // Audited.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
            db.setDatabaseName(Profile(profile()).databasePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT subject_id FROM audit_log WHERE action = 'customer_export'"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), id);
        }
        QSqlDatabase::removeDatabase(u"audit"_s);

        verifyOneLineFailure(ctl({u"export"_s, u"no-such-customer"_s}), 1);
    }

    void returnWithinTheWindowIsPushedAndServed() {
        const QJsonObject o = order(1, 10);
        QVERIFY2(!o.isEmpty(), "no recent webshop order in the cache");
        const QString orderNo = o[u"order_no"].toString();
        const QString line = firstLine(o)[u"line_id"].toString();
        const CtlRun created = ctl({u"return"_s, u"create"_s, u"--order"_s, orderNo, u"--line"_s,
                                    line + u":1:does_not_fit:as_new"_s, u"--staff"_s, staff(u"associate"_s)});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(created.out.contains("refund"));

        QJsonArray rows = outbox();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[u"command"].toString(), u"return.create"_s);
        QCOMPARE(rows.at(0)[u"state"].toString(), u"pending"_s);
        QJsonArray local = ctlJson({u"return"_s, u"list"_s, u"--json"_s, u"--order"_s, orderNo}).array();
        QCOMPARE(local.size(), 1);
        const QString returnId = local.at(0)[u"id"].toString();

        const CtlRun push = ctl({u"push"_s, u"--json"_s});
        QVERIFY2(push.exitCode == 0, push.err.constData());
        QCOMPARE(QJsonDocument::fromJson(push.out)[u"done"].toInt(), 1);
        bool served = false;
        for (const QJsonValue& r : feed(u"returns"_s)) {
            if (r[u"id"] == returnId) {
                served = true;
                QCOMPARE(r[u"order_no"].toString(), orderNo);
                QCOMPARE(r[u"lines"].toArray().at(0)[u"quantity"].toInt(), 1);
            }
        }
        QVERIFY(served);
        // The server's answer replaced the local return.
        local = ctlJson({u"return"_s, u"list"_s, u"--json"_s}).array();
        QVERIFY(!local.isEmpty());
        QCOMPARE(local.at(0)[u"id"].toString(), returnId);
        QCOMPARE(local.at(0)[u"state"].toString(), u"refund_pending"_s);
    }

    void returnRefusedWithTheRulesExplanation_data() {
        QTest::addColumn<int>("extra");      // pieces asked beyond what was bought
        QTest::addColumn<QString>("lineId"); // empty: the order's first line
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("more than bought") << 1 << QString() << 3 << QByteArray("left");
        QTest::newRow("unknown line") << 0 << u"no-such-line"_s << 3 << QByteArray("no-such-line");
        QTest::newRow("bad spec") << -1 << QString() << 2 << QByteArray("LINE_ID:QTY:REASON:CONDITION");
    }
    void returnRefusedWithTheRulesExplanation() {
        QFETCH(int, extra);
        QFETCH(QString, lineId);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const QJsonObject o = order(1, 10);
        QVERIFY(!o.isEmpty());
        const int quantity = firstLine(o)[u"quantity"].toInt() + extra;
        const QString id = lineId.isEmpty() ? firstLine(o)[u"line_id"].toString() : lineId;
        const QString spec = extra < 0 ? id : u"%1:%2:defective:used"_s.arg(id).arg(qMax(quantity, 1));
        const qsizetype rowsBefore = outbox().size();
        const CtlRun run =
            ctl({u"return"_s, u"create"_s, u"--order"_s, o[u"order_no"].toString(), u"--line"_s, spec});
        verifyOneLineFailure(run, exitCode);
        QVERIFY2(run.err.contains(says), run.err.constData());
        QCOMPARE(outbox().size(), rowsBefore);
        QCOMPARE(ctlJson({u"return"_s, u"list"_s, u"--json"_s, u"--order"_s, o[u"order_no"].toString()})
                     .array()
                     .size(),
                 0);
    }

    void lateReturnNeedsAManagerWhosePinIsChecked() {
        const QJsonObject o = order(45, 200);
        QVERIFY2(!o.isEmpty(), "no webshop order outside the window");
        const QString orderNo = o[u"order_no"].toString();
        const QStringList args{
            u"return"_s, u"create"_s, u"--order"_s,
            orderNo,     u"--line"_s, firstLine(o)[u"line_id"].toString() + u":1:changed_mind:as_new"_s};
        const CtlRun refused = ctl(args);
        verifyOneLineFailure(refused, 3);
        QVERIFY2(refused.err.contains("manager's approval"), refused.err.constData());

        const QStringList approved =
            args + QStringList{u"--staff"_s, staff(u"associate"_s), u"--approved-by"_s, staff(u"manager"_s)};
        verifyOneLineFailure(runCtl(profile(), approved, "1234\n1111\n"), 1); // wrong manager PIN
        QCOMPARE(ctlJson({u"return"_s, u"list"_s, u"--json"_s, u"--order"_s, orderNo}).array().size(), 0);

        const CtlRun booked = runCtl(profile(), approved, "1234\n9999\n");
        QVERIFY2(booked.exitCode == 0, booked.err.constData());
        const CtlRun push = ctl({u"push"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(push.out)[u"done"].toInt(), 1);
        const QJsonArray local =
            ctlJson({u"return"_s, u"list"_s, u"--json"_s, u"--order"_s, orderNo}).array();
        QCOMPARE(local.size(), 1);
        QCOMPARE(local.at(0)[u"approvals"].toArray().at(0)[u"approver_staff_id"].toString(),
                 staff(u"manager"_s));
    }

    void cartAddIsPushedAndShownWithVat() {
        const QString customer = customers(false).value(0);
        QVERIFY(!customer.isEmpty());
        const QJsonObject standard = product(1900);
        const QJsonObject reduced = product(700);
        QVERIFY(!standard.isEmpty() && !reduced.isEmpty());
        const QString ean = standard[u"eans"].toArray().at(0).toString();
        QCOMPARE(ctl({u"cart"_s, u"add"_s, customer, ean, u"--qty"_s, u"2"_s}).exitCode, 0);
        QCOMPARE(ctl({u"cart"_s, u"add"_s, customer, reduced[u"eans"].toArray().at(0).toString()}).exitCode,
                 0);
        const QJsonArray rows = outbox();
        QCOMPARE(rows.last()[u"command"].toString(), u"cart.put"_s);

        const CtlRun push = ctl({u"push"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(push.out)[u"done"].toInt(), 2);
        QJsonObject served;
        for (const QJsonValue& c : feed(u"carts"_s)) {
            if (c[u"customer_id"] == customer)
                served = c.toObject();
        }
        QCOMPARE(served[u"origin"].toString(), u"store"_s);
        QCOMPARE(served[u"version"].toInt(), 2);
        QCOMPARE(served[u"lines"].toArray().size(), 2);
        QCOMPARE(served[u"lines"].toArray().at(0)[u"quantity"].toInt(), 2);

        // Once more: replaces the server's version (If-Match) and adds up.
        QCOMPARE(ctl({u"cart"_s, u"add"_s, customer, ean}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ctl({u"push"_s, u"--json"_s}).out)[u"done"].toInt(), 1);

        const QJsonArray carts = ctlJson({u"cart"_s, u"show"_s, customer, u"--json"_s}).array();
        QVERIFY2(carts.size() == 1, QJsonDocument(carts).toJson().constData());
        const QJsonObject cart = carts.at(0).toObject();
        QCOMPARE(cart[u"id"], served[u"id"]);
        QCOMPARE(cart[u"version"].toInt(), 3);
        QCOMPARE(cart[u"lines"].toArray().at(0)[u"quantity"].toInt(), 3);
        const Money high = *Money::fromJson(standard[u"price"]) * 3;
        const Money low = *Money::fromJson(reduced[u"price"]);
        const QJsonObject totals = cart[u"totals"].toObject();
        QCOMPARE(*Money::fromJson(totals[u"gross"]), high + low);
        const Money vat = high.vatShareOfGross(1900) + low.vatShareOfGross(700);
        QCOMPARE(*Money::fromJson(totals[u"vat"]), vat);
        QCOMPARE(*Money::fromJson(totals[u"net"]), high + low - vat);
        QCOMPARE(totals[u"by_vat_rate"].toArray().size(), 2);
        QVERIFY(totals[u"vat_complete"].toBool());
    }

    void discardedCartAddIsUndone() {
        const QString customer = customers(false).value(1);
        const QString ean = product(1900)[u"eans"].toArray().at(0).toString();
        QCOMPARE(ctl({u"cart"_s, u"add"_s, customer, ean}).exitCode, 0);
        QCOMPARE(ctlJson({u"cart"_s, u"show"_s, customer, u"--json"_s}).array().size(), 1);
        const qint64 row = outbox().last()[u"id"].toInteger();
        QCOMPARE(ctl({u"outbox"_s, u"discard"_s, QString::number(row), u"--reason"_s, u"test"_s}).exitCode,
                 0);
        QCOMPARE(ctlJson({u"cart"_s, u"show"_s, customer, u"--json"_s}).array().size(), 0);

        const CtlRun unknown = ctl({u"cart"_s, u"add"_s, customer, u"4000000000000"_s});
        verifyOneLineFailure(unknown, 1);
        QVERIFY(unknown.err.contains("EAN"));
    }

    void pickupListShowsThisStoresQueue() {
        QHash<QString, QString> served; // order no → state
        for (const QJsonValue& p : feed(u"pickups"_s))
            served.insert(p[u"order_no"].toString(), p[u"state"].toString());
        const QJsonArray all = ctlJson({u"pickup"_s, u"list"_s, u"--json"_s}).array();
        QCOMPARE(all.size(), served.size());
        QVERIFY(!all.isEmpty());
        for (const QJsonValue& value : all) {
            const QJsonObject p = value.toObject();
            for (const char* key : {"order_no", "state", "deadline", "shelf"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            QCOMPARE(p[u"state"].toString(), served.value(p[u"order_no"].toString()));
        }
        const QJsonArray ready =
            ctlJson({u"pickup"_s, u"list"_s, u"--json"_s, u"--state"_s, u"ready"_s}).array();
        QCOMPARE(ready.size(), qsizetype(std::count(served.cbegin(), served.cend(), u"ready"_s)));
        QVERIFY(!ready.isEmpty());
        for (const QJsonValue& p : ready) {
            QCOMPARE(p[u"state"].toString(), u"ready"_s);
            QVERIFY(p[u"deadline"].isString());
            QVERIFY(p[u"shelf"].isString());
        }
        verifyOneLineFailure(ctl({u"pickup"_s, u"list"_s, u"--state"_s, u"lost"_s}), 2);
    }

    void helpNamesTheDeskCommands() {
        const CtlRun help = ctl({u"--help"_s});
        for (const char* command :
             {"export CUSTOMER_ID", "return create", "return list", "cart show", "cart add", "pickup list"})
            QVERIFY2(help.out.contains(command), command);
    }
};

QTEST_GUILESS_MAIN(TestThekeCtlDesks)
#include "tst_thekectldesks.moc"
