// theke-server's online look-ups: the customer search (number, card, e-mail, phone in any format, names
// with or without umlauts, at most 100 answers) and the order look-up by number, with their errors.
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString searchPath(const QString& q, const QString& extra = {}) {
    return u"/v1/customers?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q)) + extra;
}

QStringList idsOf(const QJsonObject& answer) {
    QStringList ids;
    for (const QJsonValue& item : answer.value(u"items").toArray())
        ids.append(item[u"id"].toString());
    return ids;
}

// "+4915112345678" → "0151 12345678": how an associate reads a number off a form.
QString nationalFormat(const QString& e164) {
    return u"0"_s + e164.mid(3, 3) + u' ' + e164.mid(6);
}

QString withoutUmlauts(QString name) {
    return name.replace(u"ü"_s, u"ue"_s).replace(u"ö"_s, u"oe"_s).replace(u"ä"_s, u"ae"_s);
}

} // namespace

class TestServerLookups : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QString m_token;
    TestApi::Feed m_customers;

    QJsonObject search(const QString& q, const QString& extra = {}) {
        const TestApi::Answer answer = m_api->get(searchPath(q, extra), m_token);
        return answer.status == 200 ? answer.object() : QJsonObject{{u"status"_s, answer.status}};
    }

    // The first customer with phone, e-mail and card whose last name has an umlaut, or any with all three.
    QJsonObject sampleCustomer(bool umlaut) const {
        for (const QJsonValue& c : m_customers.items) {
            const QString last = c[u"last_name"].toString();
            if (!c[u"email"].toString().isEmpty() && c[u"phone"].toString().startsWith(u"+49") &&
                !c[u"loyalty"][u"card"].toString().isEmpty() && (!umlaut || withoutUmlauts(last) != last))
                return c.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 2000;
        options.seed = 5;
        options.enrollCodes = {u"LOOK-1"_s};
        options.extraArgs = {u"--demo-now"_s, u"2025-06-01"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enroll(u"LOOK-1"_s);
        QVERIFY(!m_token.isEmpty());
        m_customers = m_api->readFeed(u"customers"_s, m_token, 2000);
        QCOMPARE(m_customers.items.size(), 2000);
    }

    void findsTheCustomerByWhatIsOnTheCard_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("customer no.") << u"customer_no"_s;
        QTest::newRow("customer no., lower case") << u"customer_no_lower"_s;
        QTest::newRow("loyalty card") << u"card"_s;
        QTest::newRow("e-mail, any case") << u"email"_s;
        QTest::newRow("phone, E.164") << u"phone"_s;
        QTest::newRow("phone, national with a space") << u"phone_national"_s;
    }
    void findsTheCustomerByWhatIsOnTheCard() {
        QFETCH(QString, field);
        const QJsonObject customer = sampleCustomer(false);
        QVERIFY(!customer.isEmpty());
        const QHash<QString, QString> queries{
            {u"customer_no"_s, customer[u"customer_no"].toString()},
            {u"customer_no_lower"_s, customer[u"customer_no"].toString().toLower()},
            {u"card"_s, customer[u"loyalty"][u"card"].toString()},
            {u"email"_s, customer[u"email"].toString().toUpper()},
            {u"phone"_s, customer[u"phone"].toString()},
            {u"phone_national"_s, nationalFormat(customer[u"phone"].toString())}};
        const QJsonObject answer = search(queries.value(field));
        QVERIFY(!answer.contains(u"status"));
        QVERIFY2(idsOf(answer).value(0) == customer[u"id"].toString(), qPrintable(queries.value(field)));
        QCOMPARE(answer.value(u"truncated").toBool(true), false);
    }

    void searchItemsAreTheCustomersAsTheFeedHasThem() {
        const QJsonObject customer = sampleCustomer(false);
        const TestApi::Answer answer = m_api->get(searchPath(customer[u"customer_no"].toString()), m_token);
        QCOMPARE(answer.status, 200);
        const qsizetype at = ids(m_customers).indexOf(customer[u"id"].toString());
        QVERIFY(answer.body.contains(m_customers.rawItems.value(at)));
    }

    void findsNamesWhateverTheCaseOrUmlautSpelling() {
        const QJsonObject customer = sampleCustomer(true);
        QVERIFY2(!customer.isEmpty(), "a demo customer with an umlaut in the name");
        const QString last = customer[u"last_name"].toString();
        for (const QString& typed : {last, last.toLower(), last.toUpper(), withoutUmlauts(last)}) {
            const QJsonObject answer = search(typed, u"&limit=100"_s);
            QVERIFY2(!answer.value(u"items").toArray().isEmpty(), qPrintable(typed));
            for (const QJsonValue& item : answer.value(u"items").toArray())
                QVERIFY2(item[u"last_name"].toString().startsWith(last.left(3), Qt::CaseInsensitive) ||
                             withoutUmlauts(item[u"last_name"].toString())
                                 .startsWith(withoutUmlauts(last).left(3)),
                         qPrintable(item[u"last_name"].toString()));
        }
        // Name and city: only that name in that city.
        const QString city = customer[u"address"][u"city"].toString();
        const QJsonObject narrowed = search(last + u' ' + city, u"&limit=100"_s);
        QVERIFY(idsOf(narrowed).contains(customer[u"id"].toString()));
        for (const QJsonValue& item : narrowed.value(u"items").toArray())
            QVERIFY(item[u"address"][u"city"].toString().startsWith(city.section(u' ', 0, 0)));
    }

    void answersAtMostTheLimitAndSaysWhenThereWereMore() {
        const QJsonObject capped = search(u"Sch"_s, u"&limit=100"_s);
        QCOMPARE(capped.value(u"items").toArray().size(), 100);
        QCOMPARE(capped.value(u"truncated").toBool(), true);
        const QJsonObject byDefault = search(u"Sch"_s);
        QCOMPARE(byDefault.value(u"items").toArray().size(), 20);
        QCOMPARE(byDefault.value(u"truncated").toBool(), true);
        const QJsonObject none = search(u"Zzyzx"_s);
        QVERIFY(none.value(u"items").toArray().isEmpty());
        QCOMPARE(none.value(u"truncated").toBool(true), false);
    }

    void refusesBadSearchParameters_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("q too short") << searchPath(u"M"_s) << 400 << u"invalid_parameter"_s;
        QTest::newRow("q missing") << u"/v1/customers"_s << 400 << u"invalid_parameter"_s;
        QTest::newRow("q too long") << searchPath(QString(201, u'a')) << 400 << u"invalid_parameter"_s;
        QTest::newRow("limit 0") << searchPath(u"Sch"_s, u"&limit=0"_s) << 400 << u"invalid_parameter"_s;
        QTest::newRow("limit 101") << searchPath(u"Sch"_s, u"&limit=101"_s) << 400 << u"invalid_parameter"_s;
        QTest::newRow("limit not a number")
            << searchPath(u"Sch"_s, u"&limit=zehn"_s) << 400 << u"invalid_parameter"_s;
    }
    void refusesBadSearchParameters() {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        const TestApi::Answer answer = m_api->get(path, m_token);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.object().value(u"code").toString(), code);
    }

    void lookUpsNeedADeviceToken() {
        QCOMPARE(m_api->get(searchPath(u"Müller"_s)).status, 401);
        QCOMPARE(m_api->get(u"/v1/orders/W-2025-0048001"_s).status, 401);
        QCOMPARE(m_api->get(searchPath(u"Müller"_s), u"tk_kein-token"_s).status, 401);
    }

    void findsAnyOrderByNumberAsTheFeedHasIt() {
        const TestApi::Feed orders = m_api->readFeed(u"orders"_s, m_token, 2000);
        QVERIFY(orders.items.size() > 100);
        for (const qsizetype i : {qsizetype(0), orders.items.size() / 2, orders.items.size() - 1}) {
            const QJsonObject order = orders.items[i].toObject();
            const TestApi::Answer answer =
                m_api->get(u"/v1/orders/"_s +
                               QString::fromLatin1(QUrl::toPercentEncoding(order[u"order_no"].toString())),
                           m_token);
            QCOMPARE(answer.status, 200);
            // The feed's row, then the order's returns from every store.
            QByteArray row = orders.rawItems[i];
            row.chop(1);
            QVERIFY2(answer.body.startsWith(row + R"(,"returns":[)"), answer.body.constData());
            QVERIFY(answer.object()[u"returns"_s].isArray());
            QCOMPARE(answer.etag, u"\"%1\""_s.arg(order[u"version"].toInteger()).toLatin1());
        }
    }

    void unknownOrderNumberIsOrderNotFound() {
        for (const QString& no : {u"W-0000-0000000"_s, QString(41, u'W')}) {
            const TestApi::Answer answer = m_api->get(u"/v1/orders/"_s + no, m_token);
            QCOMPARE(answer.status, 404);
            QCOMPARE(answer.object().value(u"code").toString(), u"order_not_found"_s);
        }
    }

private:
    static QStringList ids(const TestApi::Feed& feed) {
        QStringList out;
        for (const QJsonValue& item : feed.items)
            out.append(item[u"id"].toString());
        return out;
    }
};

QTEST_GUILESS_MAIN(TestServerLookups)
#include "tst_serverlookups.moc"
